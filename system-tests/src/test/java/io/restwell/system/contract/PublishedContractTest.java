package io.restwell.system.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The validator the system tests put behind every answer judges the way a strict client would: read against the
 * document the gateway's build stored (the one {@code /q/openapi} serves).
 */
class PublishedContractTest {

    private static PublishedContract contract;

    @BeforeAll
    static void read() throws Exception {
        Path root = Path.of(System.getProperty("restwell.root", "..")).toAbsolutePath().normalize();
        contract = PublishedContract.read(Files.readString(root.resolve("api-gateway/target/openapi/openapi.json")));
    }

    @AfterAll
    static void close() {
        contract.close();
    }

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final Map<String, List<String>> PROBLEM = Map.of("Content-Type", List.of("application/problem+json"));
    private static final String DEEP_TISSUE = """
            {"code":"DEEP_TISSUE","name":"Deep tissue","description":"Slow, firm pressure.",
             "durations":[%s],"defaultMinutes":60,"active":true}""";

    @Test
    void readsEveryOperationOfThePublishedDocument() {
        assertTrue(contract.operationIds().size() >= 50, contract.operationIds().toString());
        assertTrue(contract.operationIds().contains("listSessionTypes"), contract.operationIds().toString());
    }

    @Test
    void anAnswerAsDocumentedPasses() {
        List<String> durations = contract.violations("GET", "/api/v1/session-types", 200, JSON, "[]");
        assertEquals(List.of(), durations);
        assertEquals(List.of(), contract.violations("GET", "/api/v1/session-types", 406, PROBLEM,
                "{\"type\":\"https://restwell.dev/problems/not-acceptable\",\"title\":\"Not Acceptable\",\"status\":406,\"detail\":null}"));
    }

    @Test
    void aSharedResponseOfTheGatewayIsReadThroughItsReference() {
        String unavailable = "{\"type\":\"https://restwell.dev/problems/upstream-unavailable\",\"title\":\"Booking is unavailable\","
                + "\"status\":503,\"detail\":\"The booking service did not answer.\",\"instance\":\"/api/v1/session-types\"}";
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/problem+json"), "Retry-After", List.of("5"));
        assertEquals(List.of(), contract.violations("GET", "/api/v1/session-types", 503, headers, unavailable));
        assertEquals(1, contract.violations("GET", "/api/v1/session-types", 503,
                Map.of("Content-Type", List.of("text/html")), "<h1>503</h1>").size());
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        String withoutCode = DEEP_TISSUE.formatted("").replace("\"code\":\"DEEP_TISSUE\",", "");
        List<String> found = contract.violations("GET", "/api/v1/session-types", 200, JSON, "[" + withoutCode + "]");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("listSessionTypes") && found.get(0).contains("code"), found.toString());
    }

    @Test
    void aNullWhereTheDocumentPromisesAValueIsAViolation() {
        String nullName = DEEP_TISSUE.formatted("").replace("\"Deep tissue\"", "null");
        List<String> found = contract.violations("GET", "/api/v1/session-types", 200, JSON, "[" + nullName + "]");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("/0/name"), found.toString());
    }

    @Test
    void aNullableNumberMayBeNullButNotAString() {
        String entry = """
                {"id":"3e822b39-c3c4-4113-9a0e-d06a61555998","night":"2026-12-04","bedtime":"2026-12-04T23:00:00+01:00",
                 "wakeTime":"2026-12-05T07:00:00+01:00","sleepLatencyMinutes":70,"awakenings":4,"wakeAfterSleepOnsetMinutes":60,
                 "quality":1,"notes":null,"timeInBedMinutes":480,"totalSleepMinutes":350,"sleepEfficiency":72.9,"poorSleep":true,
                 "poorSleepReasons":["LOW_EFFICIENCY"],"kind":"NIGHT","version":0,"clientRecordId":null,"clientRecordVersion":%s}""";
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"), "ETag", List.of("\"0\""),
                "Location", List.of("/api/v1/journal/sleep-entries/3e822b39-c3c4-4113-9a0e-d06a61555998"));
        assertEquals(List.of(), contract.violations("POST", "/api/v1/journal/sleep-entries", 201, headers, entry.formatted("null")));
        assertEquals(List.of(), contract.violations("POST", "/api/v1/journal/sleep-entries", 201, headers, entry.formatted("3")));
        List<String> text = contract.violations("POST", "/api/v1/journal/sleep-entries", 201, headers, entry.formatted("\"3\""));
        assertTrue(text.size() == 1 && text.get(0).contains("clientRecordVersion"), text.toString());
    }

    @Test
    void anUndocumentedStatusOrMediaTypeIsAViolation() {
        List<String> teapot = contract.violations("GET", "/api/v1/session-types", 418, PROBLEM, "{}");
        assertTrue(teapot.size() == 1 && teapot.get(0).contains("status 418 is not documented"), teapot.toString());
        List<String> html = contract.violations("GET", "/api/v1/session-types", 200,
                Map.of("Content-Type", List.of("text/html")), "<html></html>");
        assertEquals(1, html.size(), html.toString());
    }

    @Test
    void aWebhookDeliveryIsJudgedByTheWebhooksSection() {
        String ping = """
                {"specversion":"1.0","id":"4d3c2b1a-0f9e-4d8c-b7a6-958473625140","source":"/booking-service",
                 "type":"restwell.webhook.ping.v1","time":"2026-12-05T09:12:44.512Z","subject":"9a7c1f0e-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
                 "datacontenttype":"application/json","data":{"endpointId":"9a7c1f0e-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
                 "clinicId":"5b1d3c7e-0000-4000-8000-00000000c0de","message":"A test delivery you asked for."}}""";
        Map<String, List<String>> headers = Map.of("Restwell-Signature", List.of("t=1,v1=00"), "Restwell-Event-Id", List.of("x"),
                "Restwell-Event-Type", List.of("restwell.webhook.ping.v1"), "Restwell-Delivery-Id", List.of("y"),
                "Restwell-Delivery-Attempt", List.of("1"));
        assertEquals(List.of(), contract.webhookViolations("ping", headers, ping));
        List<String> wrongType = contract.webhookViolations("ping", headers, ping.replace("webhook.ping", "booking.created"));
        assertTrue(wrongType.size() == 1 && wrongType.get(0).contains("type"), wrongType.toString());
        List<String> unsigned = contract.webhookViolations("ping", Map.of(), ping);
        assertEquals(5, unsigned.size(), unsigned.toString());
    }

    @Test
    void pathsTheDocumentDoesNotListAreNotJudgedHere() {
        assertEquals(List.of(), contract.violations("GET", "/nowhere", 404, PROBLEM, "{}"));
    }
}
