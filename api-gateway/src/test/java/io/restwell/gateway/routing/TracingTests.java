package io.restwell.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

/** With tracing on, as in production (and in every test): the service's span continues the gateway's, in the caller's trace. */
@QuarkusTest
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class TracingTests {

    @Test
    void theServiceGetsOneTraceparentInTheCallersTraceNamingTheGatewaysSpan() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = "00f067aa0ba902b7";
        String received = given().auth().oauth2(DevTokens.issue("trace-" + UUID.randomUUID(), List.of("user")))
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .get("/api/v1/journal/summary").then().statusCode(200).extract().path("traceparents");
        assertTrue(received.matches("\\[00-" + traceId + "-[0-9a-f]{16}-01\\]"), "one traceparent in the caller's trace: " + received);
        assertTrue(!received.contains(callerSpan), "the gateway's own span is the service's parent: " + received);
    }

    /** A feed's secret is its credential: the gateway's spans of the request (server, and client to booking) keep only the prefix. */
    @Test
    void aCalendarFeedSecretReachesNoSpan() throws InterruptedException {
        String secret = "rw_cal_Tr4ce0nE" + UUID.randomUUID().toString().replace("-", "");
        given().get("/api/v1/calendar-feeds/" + secret + ".ics").then().statusCode(200);
        List<io.opentelemetry.sdk.trace.data.SpanData> feedSpans = List.of();
        for (int tries = 0; tries < 50 && feedSpans.stream().noneMatch(span -> span.getKind() == io.opentelemetry.api.trace.SpanKind.SERVER); tries++) {
            Thread.sleep(100); // spans are exported as they end, just after the answer
            feedSpans = io.restwell.local.testing.tracing.CollectedSpans.INSTANCE.all().stream()
                    .filter(span -> span.getAttributes().toString().contains("rw_cal_Tr4ce0nE")).toList();
        }
        assertTrue(feedSpans.stream().anyMatch(span -> span.getKind() == io.opentelemetry.api.trace.SpanKind.SERVER),
                "the gateway's server span of the request: " + feedSpans);
        for (var span : feedSpans) {
            assertTrue(!span.getName().contains(secret) && !span.getAttributes().toString().contains(secret), span.toString());
            assertTrue(span.getAttributes().toString().contains("/calendar-feeds/rw_cal_Tr4ce0nE***"), span.toString());
        }
    }
}
