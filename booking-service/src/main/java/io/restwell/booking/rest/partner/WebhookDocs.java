package io.restwell.booking.rest.partner;

/** The webhook contract as the OpenAPI document explains it (docs/partners.md says the same at length). */
public final class WebhookDocs {

    public static final String DELIVERIES = """
            Restwell POSTs each booking event of your clinic to every enabled endpoint that subscribed to its type: \
            `restwell.booking.created.v1`, `.cancelled.v1`, `.rescheduled.v1`, `.completed.v1`, `.no-show.v1`. \
            The body is a CloudEvent 1.0 in JSON (`id`, `type`, `time`, `subject` = booking id, `data` = the booking \
            after the change, with `reason` on a cancellation and `previousStart` on a reschedule).

            Headers:
            * `Restwell-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC of `<t>.<raw body>` keyed with the \
            endpoint's secret (its UTF-8 bytes, `whsec_` included). Recompute it over the raw bytes before parsing, \
            compare in constant time, and refuse a `t` more than 5 minutes off.
            * `Restwell-Event-Id`: the event's id, the same on every retry and for every endpoint: deduplicate by it.
            * `Restwell-Event-Type`, `Restwell-Delivery-Id` (one event for one endpoint), `Restwell-Delivery-Attempt`.

            Answer any 2xx within 10 seconds (queue the work; do not process first). Anything else, a redirect or a \
            timeout is retried after 30 s, 1 min, 2 min, … then hourly, for 24 hours. After 20 failed attempts in a \
            row spanning 24 hours the endpoint is disabled; enable it again with a PUT and its pending deliveries \
            resume. Order is not guaranteed: use the booking's `version` (in `data`, via the partner API) or `time`.

            Verify in Python:
            ```python
            import hashlib, hmac, time

            def verify(secret: str, header: str, body: bytes, tolerance: int = 300) -> bool:
                fields = [part.split("=", 1) for part in header.split(",")]
                t = next(v for k, v in fields if k == "t")
                expected = hmac.new(secret.encode(), t.encode() + b"." + body, hashlib.sha256).hexdigest()
                fresh = abs(time.time() - int(t)) <= tolerance
                return fresh and any(k == "v1" and hmac.compare_digest(v, expected) for k, v in fields)
            ```
            """;

    public static final String SIGNATURE = "`t=<unix seconds>,v1=<hex HMAC-SHA256>` of `<t>.<raw body>` keyed with the endpoint's "
            + "secret; during a secret rotation a second `v1` (the previous secret's) follows: accept if any matches.";

    public static final String EVENT_ID = "The event's id (= the CloudEvent `id`): the same on every retry and for every endpoint; "
            + "deduplicate by it.";

    public static final String EVENT_EXAMPLE = """
            {"specversion": "1.0", "id": "4d3c2b1a-0f9e-4d8c-b7a6-958473625140", "source": "/booking-service",
             "type": "restwell.booking.cancelled.v1", "time": "2026-11-20T09:12:44.512Z",
             "subject": "0b6f3f5e-8a41-4a55-9a3c-5f6d1c0e2b7a", "datacontenttype": "application/json",
             "data": {"bookingId": "0b6f3f5e-8a41-4a55-9a3c-5f6d1c0e2b7a", "customerId": "cus_4e1f0a9c2b7d5e3f6a8c1d0b",
                      "clinicId": "5b1d3c7e-0000-4000-8000-00000000c0de", "therapistId": "7d1e7c8a-3b1a-4c39-8a0e-5d3f2b1c9e11",
                      "sessionType": "DEEP_TISSUE", "durationMinutes": 60, "start": "2026-11-23T10:00:00+01:00",
                      "end": "2026-11-23T11:00:00+01:00", "timeZone": "Europe/Berlin", "status": "CANCELLED",
                      "reason": "Your therapist is ill; we are sorry.", "previousStart": null, "previousEnd": null,
                      "previousTherapistId": null, "occurredAt": "2026-11-20T09:12:44.512Z"}}""";

    public static final String CREATE_EXAMPLE = """
            {"url": "https://clinic.example/restwell/webhooks", "description": "Front-desk sync",
             "eventTypes": ["restwell.booking.created.v1", "restwell.booking.cancelled.v1", "restwell.booking.rescheduled.v1"]}""";

    public static final String CREATED_EXAMPLE = """
            {"id": "9a7c1f0e-2b3d-4e5f-8a9b-0c1d2e3f4a5b", "clinicId": "5b1d3c7e-0000-4000-8000-00000000c0de",
             "url": "https://clinic.example/restwell/webhooks", "description": "Front-desk sync",
             "eventTypes": ["restwell.booking.created.v1", "restwell.booking.cancelled.v1", "restwell.booking.rescheduled.v1"],
             "enabled": true, "secret": "whsec_Q2xWm9Tb4RkP0sVd7YhN3cLf8JgA1eZu", "createdAt": "2026-11-01T08:20:00Z"}""";

    private WebhookDocs() {
    }
}
