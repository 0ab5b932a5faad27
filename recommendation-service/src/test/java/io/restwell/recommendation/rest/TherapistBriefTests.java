package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restwell.events.EventTypes;
import io.restwell.events.journal.PainEntryEvent;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.BriefBookingStub;
import io.restwell.recommendation.JournalEventsFixture;

/**
 * The consented therapist brief against the real PostgreSQL and Kafka, with a real HTTP stand-in for what booking-service
 * says about bookings and keys (BriefBookingStub): the person shares, the clinic reads (JSON and FHIR, validated by
 * HAPI), every read is logged first and listed to the person, revoking ends it, and every brief a clinic may not read
 * answers the same 404.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
@WithTestResource(BriefBookingStub.class)
class TherapistBriefTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    private JournalEventsFixture journal;

    @BeforeEach
    void connect() {
        journal = new JournalEventsFixture(bootstrapServers, json, entityManager);
    }

    @AfterEach
    void disconnect() {
        stub("/stub/up");
        journal.close();
    }

    @Test
    void thePersonSharesTheClinicReadsJsonAndFhirAndThePersonSeesEachRead() throws Exception {
        String user = "brief-" + UUID.randomUUID();
        String clinic = UUID.randomUUID().toString();
        logTwoWeeks(user);
        String booking = booking(user, clinic, "BOOKED", 2);
        String[] key = key(clinic);

        // before sharing: the person sees what the clinic would read; the clinic reads nothing
        as(user).get(brief(booking)).then().statusCode(200)
                .body("status", equalTo("NOT_SHARED")).body("sharedAt", nullValue()).body("clinicId", equalTo(clinic))
                .body("brief.nights", hasSize(14));
        clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(404);

        String sharedAt = as(user).put(brief(booking)).then().statusCode(200)
                .body("status", equalTo("SHARED")).body("revokedAt", nullValue()).extract().path("sharedAt");
        as(user).put(brief(booking)).then().statusCode(200).body("sharedAt", equalTo(sharedAt)); // idempotent

        ExtractableResponse<Response> read = clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(200)
                .contentType("application/json").extract();
        JsonPath brief = read.jsonPath();
        assertEquals(booking, brief.getString("bookingId"));
        assertEquals(14, brief.getList("nights").size());
        assertEquals(45, brief.getInt("nights[13].sleepLatencyMinutes"), "latency comes with the sleep events");
        assertEquals(2, brief.getInt("nights[13].quality"));
        assertEquals(10, brief.getInt("nights[0].sleepLatencyMinutes"));
        assertEquals("WORSENING", brief.getString("sleepTrend.direction"));
        assertEquals(7, brief.getInt("sleepTrend.recentNights"));
        assertEquals(new BigDecimal("-10.0"), new BigDecimal(brief.getString("sleepTrend.change")));
        assertEquals(List.of("LOWER_BACK", "LEG"), brief.getList("painMap.location"));
        assertEquals(2, brief.getInt("painMap[0].ratings"));
        assertEquals(List.of("SADDLE_NUMBNESS"), brief.getList("redFlags.flag"));
        assertEquals("NOW", brief.getString("redFlags[0].urgency"));
        assertEquals(List.of("SWEDISH"), brief.getList("whatHelpedBefore.sessionType"));
        assertFalse(read.asString().contains(user), "the person's user id reached the clinic: " + read.asString());

        String fhir = clinic(key[0]).accept("application/fhir+json").get("/api/v1/partner/fhir/QuestionnaireResponse/" + booking)
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();
        assertEquals(List.of(), FhirR4.errors(fhir), fhir);
        JsonPath form = JsonPath.from(fhir);
        assertEquals("QuestionnaireResponse", form.getString("resourceType"));
        assertEquals("Appointment/" + booking, form.getString("subject.reference"));
        assertEquals(14, form.getList("item.findAll { it.linkId == 'night' }").size());
        assertEquals("SADDLE_NUMBNESS", form.getString("item.find { it.linkId == 'red-flag' }.item[0].answer[0].valueCoding.code"));
        assertFalse(fhir.contains(user));

        as(user).get(brief(booking) + "/reads").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.format", equalTo(List.of("FHIR", "JSON")))
                .body("items[0].clinicId", equalTo(clinic))
                .body("items[0].keyId", equalTo(key[1]))
                .body("items[0].keyPrefix", equalTo(key[2]));
    }

    @Test
    void revokingEndsTheClinicsAccessAtOnceAndTheReadsStayListed() throws Exception {
        String user = "revoke-" + UUID.randomUUID();
        String clinic = UUID.randomUUID().toString();
        String booking = booking(user, clinic, "BOOKED", 3);
        String[] key = key(clinic);
        as(user).put(brief(booking)).then().statusCode(200);
        clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(200);

        as(user).delete(brief(booking)).then().statusCode(204);
        as(user).delete(brief(booking)).then().statusCode(204);
        String revoked = clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(404)
                .contentType("application/problem+json").extract().path("detail");
        assertEquals(notFoundDetail(key[0]), revoked, "a revoked brief answers like a booking that does not exist");
        clinic(key[0]).get("/api/v1/partner/fhir/QuestionnaireResponse/" + booking).then().statusCode(404);
        as(user).get(brief(booking)).then().statusCode(200).body("status", equalTo("REVOKED"));
        as(user).get(brief(booking) + "/reads").then().statusCode(200).body("total", equalTo(1));

        // sharing again opens it again, from now
        as(user).put(brief(booking)).then().statusCode(200).body("status", equalTo("SHARED"));
        clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(200);
    }

    @Test
    void everyBriefAClinicMayNotReadAnswersTheSame404AndIsNotLogged() throws Exception {
        String user = "scope-" + UUID.randomUUID();
        String clinic = UUID.randomUUID().toString();
        String[] key = key(clinic);
        String[] otherClinicsKey = key(UUID.randomUUID().toString());
        String shared = booking(user, clinic, "BOOKED", 2);
        as(user).put(brief(shared)).then().statusCode(200);
        String notShared = booking(user, clinic, "BOOKED", 4);
        String cancelled = booking(user, clinic, "BOOKED", 5);
        as(user).put(brief(cancelled)).then().statusCode(200);
        stub("/stub/status?booking=" + cancelled + "&status=CANCELLED");
        String longOver = booking(user, clinic, "COMPLETED", -9);
        insertConsent(longOver, user, clinic);

        String expected = notFoundDetail(key[0]);
        for (String[] attempt : List.of(new String[] {otherClinicsKey[0], shared}, new String[] {key[0], notShared},
                new String[] {key[0], cancelled}, new String[] {key[0], longOver},
                new String[] {key[0], UUID.randomUUID().toString()})) {
            for (String path : List.of("/api/v1/partner/briefs/", "/api/v1/partner/fhir/QuestionnaireResponse/")) {
                clinic(attempt[0]).get(path + attempt[1]).then().statusCode(404).contentType("application/problem+json")
                        .body("type", equalTo("https://restwell.dev/problems/not-found")).body("detail", equalTo(expected));
            }
        }
        assertEquals(0L, reads(List.of(shared, notShared, cancelled, longOver)));
        // the booking's own clinic reads it, a week after the session too (to write up the visit)
        clinic(key[0]).get("/api/v1/partner/briefs/" + shared).then().statusCode(200);
        String lastWeek = booking(user, clinic, "COMPLETED", -5);
        insertConsent(lastWeek, user, clinic);
        clinic(key[0]).get("/api/v1/partner/briefs/" + lastWeek).then().statusCode(200);
    }

    @Test
    void aMissingUnknownOrRevokedKeyIs401FromTheNextRequest() {
        String user = "keys-" + UUID.randomUUID();
        String clinic = UUID.randomUUID().toString();
        String booking = booking(user, clinic, "BOOKED", 2);
        String[] key = key(clinic);
        as(user).put(brief(booking)).then().statusCode(200);

        given().get("/api/v1/partner/briefs/" + booking).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"");
        clinic("rw_test_" + "x".repeat(40)).get("/api/v1/partner/briefs/" + booking).then().statusCode(401);
        // a person's token is no key
        given().auth().oauth2(token(user)).get("/api/v1/partner/briefs/" + booking).then().statusCode(401);
        clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(200);
        stub("/stub/revoke?key=" + key[0]);
        clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(401);
        clinic(key[0]).get("/api/v1/partner/fhir/QuestionnaireResponse/" + booking).then().statusCode(401);
        as(user).get(brief(booking) + "/reads").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anotherPersonsOrAnUnknownBookingIs404ForEveryOperationOfThePerson() {
        String owner = "owner-" + UUID.randomUUID();
        String stranger = "stranger-" + UUID.randomUUID();
        String booking = booking(owner, UUID.randomUUID().toString(), "BOOKED", 2);
        as(owner).put(brief(booking)).then().statusCode(200);
        for (String id : List.of(booking, UUID.randomUUID().toString())) {
            as(stranger).put(brief(id)).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/not-found"));
            as(stranger).get(brief(id)).then().statusCode(404);
            as(stranger).delete(brief(id)).then().statusCode(404);
            as(stranger).get(brief(id) + "/reads").then().statusCode(404);
        }
        as(owner).get(brief(booking)).then().statusCode(200).body("status", equalTo("SHARED"));
        given().put(brief(booking)).then().statusCode(401);
    }

    @Test
    void onlyABookingStillToComeCanBeShared() {
        String user = "past-" + UUID.randomUUID();
        String clinic = UUID.randomUUID().toString();
        for (String[] refused : List.of(new String[] {"CANCELLED", "2"}, new String[] {"LATE_CANCELLED", "2"},
                new String[] {"HELD", "2"}, new String[] {"COMPLETED", "-2"}, new String[] {"BOOKED", "-2"})) {
            String booking = booking(user, clinic, refused[0], Integer.parseInt(refused[1]));
            as(user).put(brief(booking)).then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/conflict"));
            as(user).get(brief(booking)).then().statusCode(200).body("status", equalTo("NOT_SHARED"));
        }
        as(user).put(brief(booking(user, clinic, "ARRIVED", 0))).then().statusCode(200);
    }

    @Test
    void erasureRemovesTheConsentAndKeepsOnlyTheReadLogWhichNamesNoOne() throws Exception {
        String user = "erase-" + UUID.randomUUID();
        String clinic = UUID.randomUUID().toString();
        logTwoWeeks(user);
        String booking = booking(user, clinic, "BOOKED", 2);
        String[] key = key(clinic);
        as(user).put(brief(booking)).then().statusCode(200);
        clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(200);

        journal.awaitProcessed(journal.publish(user, EventTypes.USER_DATA_ERASED,
                journal.write(new UserDataErasedEvent(user, OffsetDateTime.now(ZoneOffset.UTC)))));

        assertEquals(0L, count("select count(*) from brief_consent where user_id = :v", user));
        assertEquals(1L, reads(List.of(booking)));
        String row = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select r::text from brief_read r where booking_id = cast(:b as uuid)").setParameter("b", booking).getSingleResult())
                .toString();
        assertFalse(row.contains(user), row);
        clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(404);
    }

    @Test
    void theReadLogIsAppendOnly() {
        String user = "append-" + UUID.randomUUID();
        String clinic = UUID.randomUUID().toString();
        String booking = booking(user, clinic, "BOOKED", 2);
        String[] key = key(clinic);
        as(user).put(brief(booking)).then().statusCode(200);
        clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(200);
        for (String change : List.of("delete from brief_read where booking_id = cast(:b as uuid)",
                "update brief_read set read_at = now() - interval '1 year' where booking_id = cast(:b as uuid)")) {
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    entityManager.createNativeQuery(change).setParameter("b", booking).executeUpdate()), change);
        }
        assertEquals(1L, reads(List.of(booking)));
    }

    @Test
    void withBookingServiceDownNothingIsSharedOrReadAndTheAnswerIs503() {
        String user = "down-" + UUID.randomUUID();
        String clinic = UUID.randomUUID().toString();
        String booking = booking(user, clinic, "BOOKED", 2);
        String[] key = key(clinic);
        stub("/stub/down");
        as(user).put(brief(booking)).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("30"));
        clinic(key[0]).get("/api/v1/partner/briefs/" + booking).then().statusCode(503);
        stub("/stub/up");
        as(user).get(brief(booking)).then().statusCode(200).body("status", equalTo("NOT_SHARED"));
        assertEquals(0L, reads(List.of(booking)));
    }

    /** 14 nights (the last 7 at 80 %, the 7 before at 90 %), pain at two places with a red flag, and one past session. */
    private void logTwoWeeks(String user) throws InterruptedException {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(1));
        for (int daysBack = 1; daysBack <= 14; daysBack++) {
            journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                    journal.night(user, UUID.randomUUID().toString(), today.minusDays(daysBack), daysBack <= 7 ? "80.0" : "90.0"));
        }
        OffsetDateTime morning = today.minusDays(2).atTime(8, 0).atOffset(ZoneOffset.ofHours(1));
        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.write(new PainEntryEvent(UUID.randomUUID().toString(), user,
                morning, 6, "LOWER_BACK", "ACHING", true, false, true, List.of())));
        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.write(new PainEntryEvent(UUID.randomUUID().toString(), user,
                morning.plusDays(1), 7, "LOWER_BACK", "SHARP", true, false, true, List.of("SADDLE_NUMBNESS"))));
        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.write(new PainEntryEvent(UUID.randomUUID().toString(), user,
                morning.minusDays(30), 5, "NECK", "STIFF", false, false, false, List.of("HISTORY_OF_CANCER"))));
        // one partition per person: once the last is applied, so is everything before it
        journal.awaitProcessed(journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.write(new PainEntryEvent(
                UUID.randomUUID().toString(), user, morning, 4, "LEG", "SHOOTING", false, false, false, null))));
        journal.awaitProcessed(journal.completedSession(user, "SWEDISH", today.minusDays(8)));
    }

    private static String booking(String user, String clinic, String status, int daysFromNow) {
        // in UTC ("Z"): nothing in the query to be taken for a space
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(daysFromNow).plusMinutes(daysFromNow == 0 ? -10 : 0);
        return RestAssured.given().baseUri(stubUrl()).queryParam("user", user).queryParam("clinic", clinic)
                .queryParam("status", status).queryParam("start", start.toString()).queryParam("end", start.plusHours(1).toString())
                .post("/stub/booking").then().statusCode(200).extract().asString();
    }

    /** A clinic key: {key, keyId, prefix}. */
    private static String[] key(String clinic) {
        return RestAssured.given().baseUri(stubUrl()).queryParam("clinic", clinic).post("/stub/key").then().statusCode(200)
                .extract().asString().split(" ");
    }

    private void insertConsent(String booking, String user, String clinic) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into brief_consent (booking_id, user_id, clinic_id, shared_at)
                values (cast(:b as uuid), :u, cast(:c as uuid), now() - interval '10 days')""")
                .setParameter("b", booking).setParameter("u", user).setParameter("c", clinic).executeUpdate());
    }

    private String notFoundDetail(String key) {
        return clinic(key).get("/api/v1/partner/briefs/" + UUID.randomUUID()).then().statusCode(404).extract().path("detail");
    }

    private long reads(List<String> bookings) {
        return bookings.stream().mapToLong(b -> count("select count(*) from brief_read where booking_id = cast(:v as uuid)", b)).sum();
    }

    private long count(String sql, String value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).setParameter("v", value)
                .getSingleResult()).longValue());
    }

    private static String brief(String booking) {
        return "/api/v1/me/bookings/" + booking + "/brief";
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(token(user));
    }

    private static io.restassured.specification.RequestSpecification clinic(String key) {
        return given().header("X-Api-Key", key);
    }

    private static void stub(String path) {
        RestAssured.given().baseUri(stubUrl()).post(path).then().statusCode(204);
    }

    private static String stubUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.booking.url", String.class);
    }

    private static String token(String user) {
        return DevTokens.issue(user, List.of("user"));
    }
}
