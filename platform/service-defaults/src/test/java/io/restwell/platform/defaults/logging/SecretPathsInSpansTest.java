package io.restwell.platform.defaults.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.restwell.local.testing.tracing.CollectedSpans;

/** With the real OpenTelemetry SDK: what an exporter receives for a feed request carries no secret. */
class SecretPathsInSpansTest {

    private static final String SECRET = "rw_cal_AbCd1234" + "Zq9".repeat(11);

    private final CollectedSpans collected = new CollectedSpans();
    private final Tracer tracer = SdkTracerProvider.builder()
            .addSpanProcessor(new SecretPathsInSpans())
            .addSpanProcessor(SimpleSpanProcessor.create(collected))
            .build().get("test");

    @Test
    void aFeedSecretInTheServerAndClientSpansUrlsIsMaskedBeforeExport() {
        tracer.spanBuilder("GET").setSpanKind(SpanKind.SERVER)
                .setAttribute("url.path", "/api/v1/calendar-feeds/" + SECRET + ".ics")
                .setAttribute("http.request.method", "GET").startSpan().end();
        tracer.spanBuilder("GET /api/v1/calendar-feeds/" + SECRET + ".ics").setSpanKind(SpanKind.CLIENT)
                .setAttribute("url.full", "http://booking:8081/api/v1/calendar-feeds/" + SECRET + ".ics?x=1").startSpan().end();

        List<SpanData> exported = collected.all();
        assertEquals(2, exported.size());
        assertEquals("/api/v1/calendar-feeds/rw_cal_AbCd1234***", exported.get(0).getAttributes().get(AttributeKey.stringKey("url.path")));
        assertEquals("http://booking:8081/api/v1/calendar-feeds/rw_cal_AbCd1234***?x=1",
                exported.get(1).getAttributes().get(AttributeKey.stringKey("url.full")));
        for (SpanData span : exported) {
            assertFalse(span.getName().contains(SECRET) || span.getAttributes().toString().contains(SECRET), span.toString());
        }
    }

    @Test
    void otherPathsAreLeftAsTheyAre() {
        tracer.spanBuilder("GET /api/v1/bookings/{id}").setAttribute("url.path", "/api/v1/bookings/42").startSpan().end();
        List<SpanData> exported = collected.all();
        assertEquals("/api/v1/bookings/42", exported.get(0).getAttributes().get(AttributeKey.stringKey("url.path")));
        assertEquals("GET /api/v1/bookings/{id}", exported.get(0).getName());
    }
}
