package io.restwell.system.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import io.restassured.specification.RequestSpecification;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * One calendar across channels, through the gateway with partner keys: a front-desk booking, a FHIR Appointment
 * create and an app booking racing for one slot give exactly one booking; busy time a clinic imports from its own system leaves
 * availability and new suggestions at once; a 500-interval import fits through the gateway's body limit for
 * that path; a therapist's calendar feed, read without a key like a calendar app does and parsed by ical4j,
 * shows a reschedule as the same event updated and a cancellation as cancelled, and its secret stays out of
 * every log.
 */
@ExtendWith(SharedPlatform.class)
class ClinicCalendarIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SYNC = "/api/v1/partner/busy-times/sync";
    private static final String ADMIN = DevTokens.issue("calendar-ops-" + UUID.randomUUID(), List.of("admin"));

    @Test
    @SuppressWarnings("unchecked")
    void importedBusyTimeLeavesAvailabilityAndNewSuggestions() throws Exception {
        String first = "calendar-a-" + UUID.randomUUID();
        LocalDate night = LocalDate.now().minusDays(1);
        assertEquals(201, SharedPlatform.postPoorNight(SharedPlatform.stack().gateway(), first, night).statusCode());
        Map<String, Object> suggestion = SharedPlatform.awaitSuggestions(Set.of(first), Set.of("FILLED"), PATIENCE).get(first).get(0);
        List<Map<String, Object>> offered = (List<Map<String, Object>>) suggestion.get("slots");
        assertFalse(offered.isEmpty(), "the demo data offers evening slots");

        // the clinics' own systems say the therapists are busy exactly then
        Map<String, String> keys = new HashMap<>();
        Map<String, List<Map<String, Object>>> imported = new HashMap<>();
        for (Map<String, Object> slot : offered) {
            String clinic = (String) slot.get("clinicId");
            imported.computeIfAbsent(clinic, id -> new ArrayList<>()).add(Map.of("externalId", "pms-" + UUID.randomUUID(),
                    "therapistId", slot.get("therapistId"), "start", slot.get("start"), "end", slot.get("end")));
        }
        try {
            for (var clinic : imported.entrySet()) {
                keys.put(clinic.getKey(), key(clinic.getKey()));
                partner(keys.get(clinic.getKey())).body(Map.of("intervals", clinic.getValue())).post(SYNC)
                        .then().statusCode(200).body("results.outcome", equalTo(clinic.getValue().stream().map(item -> "CREATED").toList()));
            }
            for (Map<String, Object> slot : offered) {
                List<String> starts = given().baseUri(gateway()).queryParam("sessionType", slot.get("sessionType"))
                        .queryParam("therapistId", slot.get("therapistId")).queryParam("from", slot.get("start"))
                        .queryParam("to", slot.get("end")).queryParam("size", 100)
                        .get("/api/v1/availability").then().statusCode(200).extract().path("items.start");
                assertTrue(starts.stream().noneMatch(start -> OffsetDateTime.parse(start).isEqual(OffsetDateTime.parse((String) slot.get("start")))),
                        "busy slot " + slot + " still offered: " + starts);
            }

            String second = "calendar-b-" + UUID.randomUUID();
            assertEquals(201, SharedPlatform.postPoorNight(SharedPlatform.stack().gateway(), second, night).statusCode());
            Map<String, Object> later = SharedPlatform.awaitSuggestions(Set.of(second), Set.of("FILLED", "NONE"), PATIENCE).get(second).get(0);
            for (Map<String, Object> slot : (List<Map<String, Object>>) later.get("slots")) {
                for (Map<String, Object> busy : offered) {
                    boolean sameTherapist = slot.get("therapistId").equals(busy.get("therapistId"));
                    boolean overlaps = OffsetDateTime.parse((String) slot.get("start")).isBefore(OffsetDateTime.parse((String) busy.get("end")))
                            && OffsetDateTime.parse((String) busy.get("start")).isBefore(OffsetDateTime.parse((String) slot.get("end")));
                    assertFalse(sameTherapist && overlaps, "a new suggestion offers imported busy time: " + slot);
                }
            }
        } finally {
            // give the shared demo therapists their time back for the other suites
            for (var clinic : imported.entrySet()) {
                if (keys.containsKey(clinic.getKey())) {
                    partner(keys.get(clinic.getKey())).body(Map.of("intervals", clinic.getValue().stream()
                            .map(item -> Map.of("externalId", item.get("externalId"), "deleted", true)).toList())).post(SYNC)
                            .then().statusCode(200);
                }
            }
        }
    }

    @Test
    void aFiveHundredIntervalImportPassesTheGatewayAndIsIdempotent() {
        String clinic = given().baseUri(gateway()).auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("name", "Calendar clinic " + UUID.randomUUID(), "timeZone", "Europe/Berlin",
                        "address", Map.of("street", "Teststraße 1", "postalCode", "10115", "city", "Berlin", "country", "DE"),
                        "contact", Map.of("email", "front-desk@example.com")))
                .post("/api/v1/clinics").then().statusCode(201).extract().path("id");
        String therapist = given().baseUri(gateway()).auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("name", "Calendar therapist", "qualifications", List.of("DEEP_TISSUE")))
                .post("/api/v1/clinics/" + clinic + "/therapists").then().statusCode(201).extract().path("id");
        String key = key(clinic);
        List<Map<String, Object>> items = new ArrayList<>();
        OffsetDateTime base = LocalDate.now().plusDays(3).atTime(8, 0).atOffset(java.time.ZoneOffset.ofHours(1));
        for (int i = 0; i < 500; i++) {
            OffsetDateTime start = base.plusDays(i / 10).plusHours(i % 10);
            items.add(Map.of("externalId", "practice-system-appointment-" + UUID.randomUUID(), "therapistId", therapist,
                    "start", start.toString(), "end", start.plusMinutes(50).toString()));
        }
        String body = groovy.json.JsonOutput.toJson(Map.of("intervals", items));
        assertTrue(body.length() > 64 * 1024, "over the usual booking body limit: " + body.length());
        long began = System.nanoTime();
        partner(key).body(body).post(SYNC).then().statusCode(200).body("results.size()", equalTo(500)).body("conflicts", equalTo(0));
        SharedPlatform.log("500-interval import through the gateway: " + (System.nanoTime() - began) / 1_000_000 + " ms");
        partner(key).body(body).post(SYNC).then().statusCode(200)
                .body("results.outcome", equalTo(items.stream().map(item -> "UNCHANGED").toList()));
    }

    @Test
    void aFrontDeskBookingAFhirAppointmentAndAnAppBookingRacingForOneSlotGiveExactlyOneBooking() throws Exception {
        String clinic = newClinic();
        String therapist = newTherapist(clinic);
        given().baseUri(gateway()).auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("bufferMinutes", 0, "weeklyHours", java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(day -> Map.of("day", day.name(), "start", "08:00", "end", "20:00")).toList()))
                .put("/api/v1/clinics/" + clinic + "/therapists/" + therapist + "/schedule").then().statusCode(200);
        String key = key(clinic);
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        for (int round = 0; round < 5; round++) {
            OffsetDateTime begins = LocalDate.now(berlin).plusDays(4).atTime(9 + round, 0).atZone(berlin).toOffsetDateTime();
            String start = begins.toString();
            Map<String, Object> slot = Map.of("therapistId", therapist, "sessionType", "DEEP_TISSUE", "start", start, "durationMinutes", 60);
            Map<String, Object> desk = new HashMap<>(slot);
            desk.put("client", Map.of("name", "Walk-in " + round));
            String appointment = fhirAppointment(therapist, begins, "Caller " + round);
            String person = SharedPlatform.token("calendar-race-" + UUID.randomUUID());
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            var app = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return given().baseUri(gateway()).auth().oauth2(person).contentType("application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString()).body(slot).post("/api/v1/bookings").statusCode();
            });
            var frontDesk = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return partner(key).header("Idempotency-Key", UUID.randomUUID().toString()).body(desk)
                        .post("/api/v1/partner/bookings").statusCode();
            });
            var fhir = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return partner(key).contentType("application/fhir+json").accept("application/fhir+json")
                        .header("Idempotency-Key", UUID.randomUUID().toString()).body(appointment)
                        .post("/api/v1/partner/fhir/Appointment").statusCode();
            });
            go.countDown();
            List<Integer> statuses = List.of(app.get(), frontDesk.get(), fhir.get());
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), "exactly one winner (app, desk, FHIR): " + statuses);
            assertEquals(2, statuses.stream().filter(status -> status == 409).count(), "the losers get 409: " + statuses);
            partner(key).queryParam("from", start).queryParam("to", begins.plusHours(1).toString())
                    .get("/api/v1/partner/bookings").then().statusCode(200).body("total", equalTo(1));
        }
        // uncontested, the FHIR create books through the gateway and reads back as the same booking
        OffsetDateTime free = LocalDate.now(berlin).plusDays(4).atTime(16, 0).atZone(berlin).toOffsetDateTime();
        String id = partner(key).contentType("application/fhir+json").accept("application/fhir+json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(fhirAppointment(therapist, free, "Jana Novak"))
                .post("/api/v1/partner/fhir/Appointment").then().statusCode(201).contentType(org.hamcrest.Matchers.startsWith("application/fhir+json"))
                .body("resourceType", equalTo("Appointment")).body("status", equalTo("booked")).body("meta.versionId", equalTo("0"))
                .extract().path("id");
        partner(key).get("/api/v1/partner/bookings/" + id).then().statusCode(200)
                .body("channel", equalTo("FRONT_DESK")).body("client.name", equalTo("Jana Novak"));
    }

    /** An ITI-118 style Appointment from a clinic's FHIR system: a contained Patient, the therapist by our identifier. */
    private static String fhirAppointment(String therapist, OffsetDateTime start, String client) {
        java.time.format.DateTimeFormatter instant = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return groovy.json.JsonOutput.toJson(Map.of("resourceType", "Appointment", "status", "booked",
                "contained", List.of(Map.of("resourceType", "Patient", "id", "client", "name", List.of(Map.of("text", client)))),
                "serviceType", List.of(Map.of("coding", List.of(Map.of("system", "https://restwell.dev/fhir/CodeSystem/session-type",
                        "code", "DEEP_TISSUE")))),
                "start", instant.format(start), "end", instant.format(start.plusHours(1)),
                "participant", List.of(Map.of("actor", Map.of("reference", "#client"), "status", "accepted"),
                        Map.of("actor", Map.of("type", "Practitioner", "identifier", Map.of("system", "https://restwell.dev/fhir/therapist-id",
                                "value", therapist)), "status", "accepted"))));
    }

    @Test
    void aTherapistsFeedUpdatesTheSameEventOnARescheduleAndACancellationAndItsSecretIsTheOnlyWayIn() throws Exception {
        String clinic = newClinic();
        String therapist = newTherapist(clinic);
        given().baseUri(gateway()).auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("bufferMinutes", 0, "weeklyHours", java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(day -> Map.of("day", day.name(), "start", "08:00", "end", "20:00")).toList()))
                .put("/api/v1/clinics/" + clinic + "/therapists/" + therapist + "/schedule").then().statusCode(200);
        String key = key(clinic);
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        OffsetDateTime start = LocalDate.now(berlin).plusDays(5).atTime(10, 0).atZone(berlin).toOffsetDateTime();
        OffsetDateTime moved = start.plusHours(3);
        String person = SharedPlatform.token("calendar-feed-" + UUID.randomUUID());
        String booking = given().baseUri(gateway()).auth().oauth2(person).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("therapistId", therapist, "sessionType", "DEEP_TISSUE", "start", start.toString(), "durationMinutes", 60,
                        "notes", "shoulder pain after a fall"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");

        String url = partner(key).body(Map.of("therapistId", therapist)).post("/api/v1/partner/calendar-feeds")
                .then().statusCode(201).extract().path("url");
        assertTrue(url.startsWith(gateway().replaceAll("/$", "") + "/api/v1/calendar-feeds/rw_cal_"), "a URL of the gateway: " + url);
        String path = java.net.URI.create(url).getPath();
        String secret = path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
        String uid = booking + "@bookings.restwell.dev";

        VEvent booked = feedEvent(path, uid);
        assertEquals(utc(start), value(booked, Property.DTSTART));
        assertEquals("CONFIRMED", value(booked, Property.STATUS));

        given().baseUri(gateway()).auth().oauth2(person).contentType("application/json").body(Map.of("start", moved.toString()))
                .post("/api/v1/bookings/" + booking + "/reschedule").then().statusCode(200);
        VEvent rescheduled = feedEvent(path, uid);
        assertEquals(utc(moved), value(rescheduled, Property.DTSTART), "the same event, moved");
        assertTrue(Integer.parseInt(value(rescheduled, Property.SEQUENCE)) > Integer.parseInt(value(booked, Property.SEQUENCE)));

        given().baseUri(gateway()).auth().oauth2(person).contentType("application/json").body(Map.of())
                .post("/api/v1/bookings/" + booking + "/cancel").then().statusCode(200);
        VEvent cancelled = feedEvent(path, uid);
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        assertTrue(Integer.parseInt(value(cancelled, Property.SEQUENCE)) > Integer.parseInt(value(rescheduled, Property.SEQUENCE)));

        // no secret, a wrong one, a rotated one: 404 problems; the new URL works
        String wrong = path.replace(secret, secret.substring(0, secret.length() - 1) + (secret.endsWith("a") ? "b" : "a"));
        for (String probe : List.of("/api/v1/calendar-feeds/.ics", "/api/v1/calendar-feeds/x", wrong)) {
            given().baseUri(gateway()).get(probe).then().statusCode(404).contentType("application/problem+json");
        }
        String feedId = partner(key).get("/api/v1/partner/calendar-feeds").then().statusCode(200).extract().path("items[0].id");
        String rotated = partner(key).post("/api/v1/partner/calendar-feeds/" + feedId + "/secret").then().statusCode(200)
                .extract().path("url");
        given().baseUri(gateway()).get(path).then().statusCode(404).contentType("application/problem+json");
        assertEquals("CANCELLED", value(feedEvent(java.net.URI.create(rotated).getPath(), uid), Property.STATUS));

        // the secrets never reach a log; the gateway's access log names the feed by its lookup prefix only
        String rotatedSecret = rotated.substring(rotated.lastIndexOf('/') + 1, rotated.length() - ".ics".length());
        // the gateway writes its access log asynchronously: wait (up to 15 s) for the masked line of the 404 in the log
        // of one of its instances (a fault test may have started a second one, which this request may not have reached)
        String masked = "GET /api/v1/calendar-feeds/" + secret.substring(0, 15) + "*** HTTP/1.1\" 404";
        boolean written = false;
        for (long deadline = System.nanoTime() + 15_000_000_000L; !written && System.nanoTime() < deadline;) {
            written = logs().stream().anyMatch(log -> log.getFileName().toString().startsWith("api-gateway")
                    && read(log).contains(masked));
            if (!written) {
                Thread.sleep(200);
            }
        }
        assertTrue(written, "the access log masks the secret");
        for (java.nio.file.Path log : logs()) {
            String text = read(log);
            assertFalse(text.contains(secret) || text.contains(rotatedSecret), "a feed secret in " + log);
        }
    }

    private static List<java.nio.file.Path> logs() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(SharedPlatform.logs())) {
            return files.filter(file -> file.toString().endsWith(".log")).toList();
        }
    }

    private static String read(java.nio.file.Path log) {
        try {
            return java.nio.file.Files.readString(log);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The event with this UID in the feed, read without a key like a calendar app and parsed by ical4j. */
    private static VEvent feedEvent(String path, String uid) throws Exception {
        String text = given().baseUri(gateway()).get(path).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/calendar")).extract().asString();
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(text));
        assertFalse(calendar.validate().hasErrors(), "a valid RFC 5545 calendar: " + text);
        assertFalse(text.contains("shoulder"), "no notes in a feed");
        List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        return events.stream().filter(event -> uid.equals(value(event, Property.UID))).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid + " in " + text));
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String utc(OffsetDateTime time) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC).format(time);
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String newClinic() {
        return given().baseUri(gateway()).auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("name", "Calendar clinic " + UUID.randomUUID(), "timeZone", "Europe/Berlin",
                        "address", Map.of("street", "Teststraße 1", "postalCode", "10115", "city", "Berlin", "country", "DE"),
                        "contact", Map.of("email", "front-desk@example.com")))
                .post("/api/v1/clinics").then().statusCode(201).extract().path("id");
    }

    private static String newTherapist(String clinic) {
        return given().baseUri(gateway()).auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("name", "Calendar therapist", "qualifications", List.of("DEEP_TISSUE")))
                .post("/api/v1/clinics/" + clinic + "/therapists").then().statusCode(201).extract().path("id");
    }

    private static String gateway() {
        return SharedPlatform.stack().gateway().toString();
    }

    private static String key(String clinic) {
        return given().baseUri(gateway()).auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("label", "calendar " + UUID.randomUUID()))
                .post("/api/v1/admin/clinics/" + clinic + "/api-keys").then().statusCode(201).extract().path("key");
    }

    private static RequestSpecification partner(String key) {
        return given().baseUri(gateway()).header("X-Api-Key", key).contentType("application/json");
    }
}
