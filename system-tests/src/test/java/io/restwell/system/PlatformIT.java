package io.restwell.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restwell.local.DevTokens;
import io.restwell.local.stack.LocalStack;
import io.restwell.local.stack.StackPorts;
import io.restwell.system.contract.ContractCheck;

/**
 * The packaged platform, started exactly as {@code deploy/local/run} starts it (on free ports), seen
 * only through the gateway.
 */
class PlatformIT {

    private static Path state;
    private static LocalStack stack;
    private static StackPorts ports;

    @BeforeAll
    static void startThePlatform() throws Exception {
        state = Files.createTempDirectory("restwell-system-");
        ports = StackPorts.free();
        Path root = Path.of(System.getProperty("restwell.root", "..")).toAbsolutePath().normalize();
        stack = LocalStack.start(new LocalStack.Options(root, state, ports, System.out));
        RestAssured.baseURI = stack.gateway().toString();
        ContractCheck.watch(stack.gateway());
    }

    @AfterAll
    static void stopThePlatformAndLeaveNothingBehind() throws IOException {
        java.net.URI gateway = stack.gateway();
        try {
            stopAndCheckNothingIsLeft();
        } finally {
            ContractCheck.release(gateway); // after the stop: a contract verdict must never leave the platform running
        }
    }

    private static void stopAndCheckNothingIsLeft() throws IOException {
        List<ProcessHandle> processes = stack.processes().stream()
                .map(process -> ProcessHandle.of(process.pid())).flatMap(java.util.Optional::stream).toList();
        stack.close();
        for (ProcessHandle process : processes) {
            assertFalse(process.isAlive(), "still running after stop: pid " + process.pid());
        }
        for (int port : List.of(ports.gateway(), ports.booking(), ports.journal(), ports.recommendation(),
                ports.gatewayManagement(), ports.bookingManagement(), ports.journalManagement(),
                ports.recommendationManagement(), ports.kafka(), ports.postgres())) {
            assertFalse(listening(port), "port " + port + " still open after stop");
        }
        try (Stream<Path> files = Files.walk(state)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * The public document cannot drift from the services: every operation each running service
     * documents at its own {@code /q/openapi} is in the gateway's.
     */
    @Test
    void theGatewaysOpenApiDocumentHasEveryOperationEachServiceDocuments() {
        Set<String> published = operations(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        stack.services().forEach((name, uri) -> {
            if (name.equals("api-gateway")) {
                return;
            }
            Set<String> own = operations(given().baseUri(uri.toString()).accept("application/json")
                    .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
            assertTrue(own.size() >= 5, name + " documents its operations: " + own);
            Set<String> missing = new TreeSet<>(own);
            missing.removeAll(published);
            assertTrue(missing.isEmpty(), name + " operations missing from the gateway's document: " + missing);
        });
    }

    /** The gateway's access log names each request by its correlation id. */
    @Test
    void theAccessLogCarriesTheCorrelationId() throws Exception {
        String requestId = "system-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).get("/api/v1/session-types").then().statusCode(200)
                .header("X-Request-Id", requestId);
        Path log = state.resolve("logs").resolve("api-gateway.log");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!Files.readString(log).contains("rid=" + requestId) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String line = Files.readAllLines(log).stream().filter(l -> l.contains("rid=" + requestId)).findFirst().orElse("");
        assertTrue(line.contains("\"GET /api/v1/session-types HTTP/1.1\" 200"), "access log line: " + line);
    }

    private static Set<String> operations(String document) {
        Set<String> operations = new TreeSet<>();
        Map<String, Map<String, Object>> paths = JsonPath.from(document)
                .getMap("paths");
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(method -> List.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }

    /**
     * A partner clinic's integration, through the gateway: only an admin creates a key for the clinic
     * (a person's token gets 403); the key reads that clinic only; after revocation it is refused.
     */
    @Test
    void aPartnerKeyWorksThroughTheGatewayForItsClinicOnlyUntilRevoked() {
        String admin = DevTokens.issue("ops-" + UUID.randomUUID(), List.of("admin"));
        List<String> clinics = given().get("/api/v1/clinics").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(clinics.size() >= 2, "the local demo data has several clinics");
        given().auth().oauth2(DevTokens.issue("not-ops-" + UUID.randomUUID(), List.of("user"))).contentType("application/json")
                .body("{\"label\":\"x\"}").post("/api/v1/admin/clinics/" + clinics.get(0) + "/api-keys")
                .then().statusCode(403).contentType("application/problem+json");
        JsonPath created = given().auth().oauth2(admin).contentType("application/json").body("{\"label\":\"system test\"}")
                .post("/api/v1/admin/clinics/" + clinics.get(0) + "/api-keys").then().statusCode(201).extract().jsonPath();
        String key = created.getString("key");

        given().header("X-Api-Key", key).get("/api/v1/partner/clinic").then().statusCode(200)
                .header("RateLimit-Policy", org.hamcrest.Matchers.startsWith("\"partner\""))
                .body("id", equalTo(clinics.get(0)));
        given().header("X-Api-Key", key).get("/api/v1/partner/bookings").then().statusCode(200);
        given().header("X-Api-Key", key).get("/api/v1/journal/sleep-entries").then().statusCode(401);

        given().auth().oauth2(admin).delete("/api/v1/admin/clinics/" + clinics.get(0) + "/api-keys/" + created.getString("id"))
                .then().statusCode(200);
        given().header("X-Api-Key", key).get("/api/v1/partner/clinic").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void theGatewayHealthShowsEveryServiceUp() {
        given().baseUri(stack.management().get("api-gateway").toString()).when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.booking", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.journal", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.recommendation", equalTo("UP"));
    }

    @Test
    void bookingAnswersThroughTheGateway() {
        given().when().get("/api/v1/session-types")
                .then().statusCode(200)
                .body("code", containsInAnyOrder("DEEP_TISSUE", "SWEDISH", "TRIGGER_POINT"));
    }

    @Test
    void journalAnswersThroughTheGatewayForADevToken() {
        given().auth().oauth2(DevTokens.issue("system-" + UUID.randomUUID(), List.of("user")))
                .when().get("/api/v1/journal/sleep-entries")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void recommendationAnswersThroughTheGatewayForADevToken() {
        given().auth().oauth2(DevTokens.issue("system-" + UUID.randomUUID(), List.of("user")))
                .when().get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    /** The product's promise, through the gateway only: a poor night → an event → a suggestion with real slots. */
    @Test
    void aPoorNightBecomesASuggestedSessionWithRealOpenSlots() throws InterruptedException {
        String token = DevTokens.issue("system-" + UUID.randomUUID(), List.of("user"));
        java.time.LocalDate night = java.time.LocalDate.now().minusDays(1);
        given().auth().oauth2(token).contentType("application/json").body("""
                {"recordedAt":"%sT20:00:00+01:00","intensity":7,"location":"LOWER_BACK","character":"ACHING",
                 "chronic":true,"stressRelated":false,"disturbedSleep":true}""".formatted(night))
                .post("/api/v1/journal/pain-entries").then().statusCode(201);
        String entry = given().auth().oauth2(token).contentType("application/json").body("""
                {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":50,
                 "awakenings":3,"wakeAfterSleepOnsetMinutes":45,"quality":2}""".formatted(night, night, night.plusDays(1)))
                .post("/api/v1/journal/sleep-entries").then().statusCode(201).body("poorSleep", equalTo(true))
                .extract().path("id");

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        String slotsStatus = null;
        while (System.nanoTime() < deadline && !"FILLED".equals(slotsStatus)) {
            Thread.sleep(250);
            slotsStatus = given().auth().oauth2(token).get("/api/v1/recommendations").then().statusCode(200)
                    .extract().path("items[0].slotsStatus");
        }
        given().auth().oauth2(token).get("/api/v1/recommendations").then().statusCode(200)
                .body("items[0].triggeringEntryId", equalTo(entry))
                .body("items[0].sessionType", equalTo("DEEP_TISSUE"))
                .body("items[0].slotsStatus", equalTo("FILLED"))
                .body("items[0].slots.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("items[0].slots[0].sessionType", equalTo("DEEP_TISSUE"));

        // The person takes the first slot: a real booking in booking-service, made once however often it is retried.
        Map<String, Object> suggestion = given().auth().oauth2(token).get("/api/v1/recommendations")
                .then().extract().path("items[0]");
        @SuppressWarnings("unchecked")
        Map<String, Object> slot = ((List<Map<String, Object>>) suggestion.get("slots")).get(0);
        String choice = "{\"therapistId\":\"" + slot.get("therapistId") + "\",\"start\":\"" + slot.get("start") + "\"}";
        String bookingId = given().auth().oauth2(token).contentType("application/json").body(choice)
                .post("/api/v1/recommendations/" + suggestion.get("id") + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().path("bookingId");
        given().auth().oauth2(token).contentType("application/json").body(choice)
                .post("/api/v1/recommendations/" + suggestion.get("id") + "/accept")
                .then().statusCode(200).body("bookingId", equalTo(bookingId));
        given().auth().oauth2(token).get("/api/v1/bookings/" + bookingId)
                .then().statusCode(200)
                .body("sessionType", equalTo("DEEP_TISSUE"))
                .body("therapistId", equalTo(slot.get("therapistId")));
        given().auth().oauth2(token).get("/api/v1/bookings").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void userScopedAreasRefuseAMissingToken() {
        given().when().get("/api/v1/journal/sleep-entries").then().statusCode(401);
        given().when().get("/api/v1/recommendations").then().statusCode(401);
    }

    @Test
    void theProductionProfileRefusesToStartWithTheDevKey() throws Exception {
        Path devKey = state.resolve("dev-public.pem");
        Path log = state.resolve("logs/journal-prod-refusal.log");
        ProcessBuilder journalInProduction = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dquarkus.http.port=0",
                "-jar", Path.of(System.getProperty("restwell.root", "..")).resolve(
                        "journal-service/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        journalInProduction.environment().put("RESTWELL_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/journal");
        journalInProduction.environment().put("RESTWELL_DB_USER", "journal");
        journalInProduction.environment().put("RESTWELL_DB_PASSWORD", "journal");
        journalInProduction.environment().put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka());
        journalInProduction.environment().put("RESTWELL_JWT_PUBLIC_KEY_LOCATION", devKey.toString());
        journalInProduction.environment().put("RESTWELL_JWT_ISSUER", "https://id.example.org");
        Process process = journalInProduction.start();
        assertTrue(process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "the prod journal did not exit");
        assertTrue(process.exitValue() != 0, "the prod journal started with the dev key");
        assertTrue(Files.readString(log).contains("refuses the DEV-ONLY JWT key"), Files.readString(log));
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
