package io.restwell.system.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * Suggestions near a person, through the gateway of the packaged platform: clinics in several cities and time zones
 * (one 3 km from home in Berlin's zone, one 8 km away in New York's, one 40 km away in Tokyo's, one 600 km away in
 * São Paulo's), every therapist open around the clock, so only the person's reach and window decide. No suggestion
 * ever offers a slot out of reach or outside the person's window; with nothing in reach it says so and lists the
 * nearest options apart.
 */
@ExtendWith(SharedPlatform.class)
class NearMeSuggestionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = DevTokens.issue("map-admin-" + UUID.randomUUID(), List.of("admin"));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Home: a place of this run's own, so no other class's clinic is near it. */
    private static double homeLatitude;
    private static double homeLongitude;
    private static final Map<String, Double> DISTANCE_OF = new HashMap<>();

    @BeforeAll
    static void clinicsInSeveralCitiesAndZones() throws Exception {
        homeLatitude = ThreadLocalRandom.current().nextDouble(-45, -30);
        homeLongitude = ThreadLocalRandom.current().nextDouble(-30, -15);
        DISTANCE_OF.put(clinic(3, "Europe/Berlin"), 3.0);
        DISTANCE_OF.put(clinic(8, "America/New_York"), 8.0);
        DISTANCE_OF.put(clinic(40, "Asia/Tokyo"), 40.0);
        DISTANCE_OF.put(clinic(600, "America/Sao_Paulo"), 600.0);
    }

    /** A clinic {@code km} north of home, in {@code zone}, with one therapist for every type open all day every day. */
    private static String clinic(double km, String zone) throws Exception {
        double latitude = homeLatitude + Math.toDegrees(km / EARTH_RADIUS_KM);
        String clinic = admin("POST", "/api/v1/clinics", Map.of("name", "Map IT " + km + " km",
                "address", Map.of("street", "Kartenweg 1", "postalCode", "10115", "city", "Map City", "country", "DE"),
                "timeZone", zone, "location", Map.of("latitude", latitude, "longitude", homeLongitude))).getString("id");
        String therapist = admin("POST", "/api/v1/clinics/" + clinic + "/therapists", Map.of("name", "Map Therapist",
                "qualifications", List.of("DEEP_TISSUE", "SWEDISH", "TRIGGER_POINT"))).getString("id");
        List<Map<String, String>> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(Map.of("day", day.name(), "start", "00:00", "end", "23:30"));
        }
        admin("PUT", "/api/v1/clinics/" + clinic + "/therapists/" + therapist + "/schedule",
                Map.of("bufferMinutes", 0, "weeklyHours", hours));
        return clinic;
    }

    private static JsonPath admin(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> answer = SharedPlatform.send(SharedPlatform.gateway(path).header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        assertTrue(answer.statusCode() / 100 == 2, method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        return JsonPath.from(answer.body());
    }

    private static void preferences(String user, int radiusKm) throws Exception {
        String body = """
                {"home": {"latitude": %s, "longitude": %s}, "radiusKm": %d, "timeZone": "Europe/Berlin",
                 "suitableTimes": [{"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"],
                                    "from": "18:00", "to": "20:30"}]}""".formatted(homeLatitude, homeLongitude, radiusKm);
        HttpResponse<String> saved = SharedPlatform.send(SharedPlatform.gateway("/api/v1/me/preferences")
                .header("Authorization", "Bearer " + SharedPlatform.token(user)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, saved.statusCode(), saved.body());
    }

    private static Map<String, Object> suggestionAfterAPoorNight(String user) throws Exception {
        assertEquals(201, SharedPlatform.postPoorNight(SharedPlatform.stack().gateway(), user, LocalDate.now().minusDays(1)).statusCode());
        return SharedPlatform.awaitSuggestions(Set.of(user), Set.of("FILLED"), Duration.ofSeconds(60)).get(user).get(0);
    }

    /** Within the person's window in their own zone (18:00-20:30 Berlin) and ending two hours before their 23:00 bedtime. */
    private static void assertInTheirWindow(Map<String, Object> slot) {
        ZonedDateTime start = OffsetDateTime.parse((String) slot.get("start")).atZoneSameInstant(BERLIN);
        ZonedDateTime end = OffsetDateTime.parse((String) slot.get("end")).atZoneSameInstant(BERLIN);
        assertEquals(start.toLocalDate(), end.toLocalDate(), slot.toString());
        assertFalse(start.toLocalTime().isBefore(LocalTime.of(18, 0)), slot.toString());
        assertFalse(end.toLocalTime().isAfter(LocalTime.of(20, 30)), slot.toString());
        assertFalse(end.toLocalTime().isAfter(LocalTime.of(21, 0)), "two hours before the usual 23:00 bedtime: " + slot);
    }

    @Test
    @SuppressWarnings("unchecked")
    void slotsAreOnlyInReachAndInTheirWindowNearestFirstAndSayWhy() throws Exception {
        String user = "map-" + UUID.randomUUID();
        preferences(user, 10);
        Map<String, Object> suggestion = suggestionAfterAPoorNight(user);
        List<Map<String, Object>> slots = (List<Map<String, Object>>) suggestion.get("slots");
        assertFalse(slots.isEmpty(), suggestion.toString());
        for (Map<String, Object> slot : slots) {
            Double distance = DISTANCE_OF.get((String) slot.get("clinicId"));
            assertNotNull(distance, "a clinic of this test: " + slot);
            assertTrue(distance <= 10, "in reach: " + slot);
            assertEquals(distance, ((Number) slot.get("distanceKm")).doubleValue(), 0.05);
            assertInTheirWindow(slot);
            assertTrue(((String) slot.get("explanation")).startsWith(String.format(java.util.Locale.ROOT, "%.1f km from home, ", distance)),
                    slot.toString());
        }
        assertEquals(3.0, ((Number) slots.get(0).get("distanceKm")).doubleValue(), 0.05, "the nearest clinic ranks first");
        assertTrue(((List<?>) suggestion.get("nearestOptions")).isEmpty());
        assertNull(suggestion.get("slotsNote"));
        assertFalse(((List<?>) suggestion.get("selfCare")).isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void nothingInReachIsSaidAndTheNearestOptionsAreApartAndStillInTheirWindow() throws Exception {
        String user = "map-" + UUID.randomUUID();
        preferences(user, 1);
        Map<String, Object> suggestion = suggestionAfterAPoorNight(user);
        assertEquals(List.of(), suggestion.get("slots"));
        assertNotNull(suggestion.get("slotsNote"), suggestion.toString());
        assertFalse(((List<?>) suggestion.get("selfCare")).isEmpty(), "the routine is still given");
        List<Map<String, Object>> nearest = (List<Map<String, Object>>) suggestion.get("nearestOptions");
        assertFalse(nearest.isEmpty(), suggestion.toString());
        for (Map<String, Object> option : nearest) {
            double distance = ((Number) option.get("distanceKm")).doubleValue();
            assertTrue(distance > 1, option.toString());
            assertInTheirWindow(option);
            assertTrue(((String) option.get("explanation")).contains("(beyond your 1 km)"), option.toString());
        }
        assertEquals(3.0, ((Number) nearest.get(0).get("distanceKm")).doubleValue(), 0.05, "the nearest clinic first");
    }

    @Test
    void theNearMeSearchItselfNeverAnswersAClinicOutOfReach() throws Exception {
        HttpResponse<String> found = SharedPlatform.send(SharedPlatform.gateway("/api/v1/availability?sessionType=SWEDISH&size=100"
                + "&near=" + homeLatitude + "," + homeLongitude + "&radiusKm=20").GET());
        assertEquals(200, found.statusCode(), found.body());
        List<Map<String, Object>> items = JsonPath.from(found.body()).getList("items");
        assertFalse(items.isEmpty());
        double last = 0;
        for (Map<String, Object> slot : items) {
            double distance = ((Number) slot.get("distanceKm")).doubleValue();
            assertTrue(distance <= 20 && distance >= last, slot.toString());
            last = distance;
            assertTrue(Set.of("Europe/Berlin", "America/New_York").contains(slot.get("timeZone")), slot.toString());
            assertEquals(Map.of("amount", "70.00", "currency", "EUR"), slot.get("price"));
        }
        HttpResponse<String> bad = SharedPlatform.send(SharedPlatform.gateway("/api/v1/availability?sessionType=SWEDISH&near=95,10").GET());
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("near", JsonPath.from(bad.body()).getString("errors[0].field"));
    }
}
