// The core journeys as a web app writes them, with the shipped SDK (@restwell/api-client, built by sdk/typescript
// from the published document). tsc --strict checks them against its types; Node runs them against the
// platform. Any failed step exits non-zero with the step's name.
import { createRestwellClient, idempotencyKey, isProblem, type components } from "@restwell/api-client";

type Recommendation = components["schemas"]["Recommendation"];

const gateway = required("GATEWAY");
const person = createRestwellClient({ baseUrl: gateway, token: required("PERSON_TOKEN") });
const admin = createRestwellClient({ baseUrl: gateway, token: () => required("ADMIN_TOKEN") });

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function check(condition: boolean, step: string, detail?: unknown): asserts condition {
  if (!condition) throw new Error(`${step} failed: ${JSON.stringify(detail)}`);
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  // A poor night: 70 minutes to fall asleep, an hour awake, quality 1.
  const night = day(-1);
  const logged = await person.POST("/api/v1/journal/sleep-entries", {
    body: {
      night, bedtime: `${night}T23:00:00+01:00`, wakeTime: `${day(0)}T07:00:00+01:00`,
      sleepLatencyMinutes: 70, awakenings: 4, wakeAfterSleepOnsetMinutes: 60, quality: 1, notes: "typescript journey",
    },
  });
  check(logged.response.status === 201 && logged.data !== undefined, "log a poor night", logged.error);
  check(logged.data.poorSleep && logged.data.poorSleepReasons.length > 0, "the night is poor", logged.data);

  // The suggestion appears with open slots.
  let suggestion: Recommendation | undefined;
  for (let attempt = 0; attempt < 120 && suggestion === undefined; attempt++) {
    const page = await person.GET("/api/v1/recommendations", { params: { query: { size: 10 } } });
    check(page.response.status === 200 && page.data !== undefined, "list suggestions", page.error);
    suggestion = page.data.items.find((item) => item.triggeringEntryId === logged.data.id && item.slotsStatus === "FILLED");
    if (suggestion === undefined) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  check(suggestion !== undefined, "a suggestion with slots");
  const [first, second] = suggestion.slots;
  check(first !== undefined && second !== undefined, "two slots offered", suggestion.slots);

  // Accept one: a booking.
  const accepted = await person.POST("/api/v1/recommendations/{id}/accept", {
    params: { path: { id: suggestion.id } }, body: { therapistId: first.therapistId, start: first.start },
  });
  check(accepted.response.status === 200 && accepted.data !== undefined, "accept a slot", accepted.error);
  const bookingId = accepted.data.bookingId;
  check(typeof bookingId === "string", "the accepted suggestion names its booking", accepted.data);

  // Book another slot directly, then cancel it.
  const booked = await person.POST("/api/v1/bookings", {
    params: { header: { "Idempotency-Key": idempotencyKey() } },
    body: { therapistId: second.therapistId, sessionType: second.sessionType, start: second.start },
  });
  check(booked.response.status === 201 && booked.data !== undefined, "book a slot", booked.error);
  const listed = await person.GET("/api/v1/bookings", {});
  check(listed.response.status === 200 && listed.data !== undefined, "list bookings", listed.error);
  const ids = listed.data.items.map((booking) => booking.id);
  check(ids.includes(bookingId) && ids.includes(booked.data.id), "both bookings listed", ids);
  const cancelled = await person.POST("/api/v1/bookings/{id}/cancel", {
    params: { path: { id: booked.data.id } }, body: { reason: "Plans changed" },
  });
  check(cancelled.response.status === 200 && (cancelled.data?.status === "CANCELLED" || cancelled.data?.status === "LATE_CANCELLED"),
    "cancel a booking (free or late, depending on how soon it is)", cancelled.error ?? cancelled.data);

  // A problem is typed too: another person's booking is not there.
  const missing = await person.GET("/api/v1/bookings/{id}", { params: { path: { id: crypto.randomUUID() } } });
  check(missing.response.status === 404 && isProblem(missing.error) && missing.error.status === 404, "a 404 problem", missing.error);

  // The summary and the export.
  const summary = await person.GET("/api/v1/journal/summary", { params: { query: { from: day(-7), to: day(0) } } });
  check(summary.response.status === 200 && summary.data !== undefined, "read the summary", summary.error);
  const exported = await person.GET("/api/v1/journal/export", { params: { query: { format: "fhir" } }, parseAs: "json" });
  check(exported.response.status === 200 && exported.data !== undefined, "export the journal", exported.error);

  // The clinic, with its own key, sees the booking and marks the person arrived.
  const clinicId = accepted.data.slots.find((slot) => slot.therapistId === first.therapistId)?.clinicId ?? first.clinicId;
  const key = await admin.POST("/api/v1/admin/clinics/{clinicId}/api-keys", {
    params: { path: { clinicId } }, body: { label: `typescript journey ${crypto.randomUUID()}` },
  });
  check(key.response.status === 201 && key.data !== undefined, "issue a partner key", key.error);
  const clinic = createRestwellClient({ baseUrl: gateway, apiKey: key.data.key });
  const theirs = await clinic.GET("/api/v1/partner/bookings", { params: { query: { size: 100 } } });
  check(theirs.response.status === 200 && theirs.data !== undefined, "the clinic lists its bookings", theirs.error);
  check(theirs.data.items.some((booking) => booking.id === bookingId), "the clinic sees the booking");
  const mine = await clinic.GET("/api/v1/partner/bookings/{bookingId}", { params: { path: { bookingId } } });
  check(mine.response.status === 200 && mine.data !== undefined && mine.data.status === "BOOKED", "the clinic reads the booking", mine.error);
  // Arrival can be marked only shortly before the session: now it is the documented, typed 409 problem.
  const early = await clinic.POST("/api/v1/partner/bookings/{bookingId}/status", {
    params: { path: { bookingId } }, body: { status: "ARRIVED" },
  });
  check(early.response.status === 409 && early.error !== undefined && early.error.detail !== undefined && early.error.detail !== null
    && early.error.detail.includes("ARRIVED"), "marking arrival before the session is a 409 problem", early.error);

  console.log(JSON.stringify({ journey: "passed", bookingId, cancelled: booked.data.id }));
}

main().catch((failure: unknown) => {
  console.error(failure instanceof Error ? failure.message : failure);
  process.exit(1);
});
