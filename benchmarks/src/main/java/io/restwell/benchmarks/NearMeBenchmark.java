package io.restwell.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.local.DevTokens;

/**
 * Near-me search on a realistic catalogue: {@code --clinics} clinics (default 200) spread over 20 cities on three
 * continents (Europe, North America, Asia), each within 12 km of its city's centre, with its city's time zone,
 * currency and local prices; {@code --therapists} therapists per clinic (default 5: 1,000) with weekly hours in two
 * shapes; and {@code --bookings-per-day} one-hour bookings per working day of every therapist over the next four
 * weeks (default 4), all through the admin and booking API.
 *
 * <p>{@code benchmarks/run NearMe [--near-seconds 20] [--near-connections 8] [--clinics 200] [--therapists 5]
 * [--bookings-per-day 4] [--radius-km 15]}: wrk (a Lua script picks each request from 500 prepared searches: a
 * session type, a place within 5 km of a city's centre, a 7-day range starting on one of the next 21 days) straight
 * to booking-service, near-me ({@code near}, {@code radiusKm}) and the same searches without geography (every
 * clinic), each with one connection and with {@code --near-connections}.
 */
public final class NearMeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> SESSION_TYPES = List.of("DEEP_TISSUE", "SWEDISH", "TRIGGER_POINT");

    /** A city: where, its zone and currency, and how its prices compare with the EUR list (1 = the list itself). */
    record City(String name, String country, String zone, String postalCode, double latitude, double longitude,
            String currency, double priceFactor) {
    }

    static final List<City> CITIES = List.of(
            new City("Berlin", "DE", "Europe/Berlin", "10115", 52.5200, 13.4050, "EUR", 1),
            new City("Munich", "DE", "Europe/Berlin", "80331", 48.1374, 11.5755, "EUR", 1),
            new City("Paris", "FR", "Europe/Paris", "75002", 48.8566, 2.3522, "EUR", 1),
            new City("Madrid", "ES", "Europe/Madrid", "28013", 40.4168, -3.7038, "EUR", 1),
            new City("Amsterdam", "NL", "Europe/Amsterdam", "1012", 52.3676, 4.9041, "EUR", 1),
            new City("London", "GB", "Europe/London", "EC1A 1BB", 51.5072, -0.1276, "GBP", 0.9),
            new City("Manchester", "GB", "Europe/London", "M1 1AE", 53.4808, -2.2426, "GBP", 0.8),
            new City("Stockholm", "SE", "Europe/Stockholm", "111 20", 59.3293, 18.0686, "SEK", 11.5),
            new City("New York", "US", "America/New_York", "10001", 40.7128, -74.0060, "USD", 1.45),
            new City("Boston", "US", "America/New_York", "02108", 42.3601, -71.0589, "USD", 1.35),
            new City("Chicago", "US", "America/Chicago", "60601", 41.8781, -87.6298, "USD", 1.25),
            new City("Los Angeles", "US", "America/Los_Angeles", "90012", 34.0522, -118.2437, "USD", 1.4),
            new City("San Francisco", "US", "America/Los_Angeles", "94103", 37.7749, -122.4194, "USD", 1.55),
            new City("Toronto", "CA", "America/Toronto", "M5H 2N2", 43.6532, -79.3832, "CAD", 1.7),
            new City("Tokyo", "JP", "Asia/Tokyo", "100-0005", 35.6762, 139.6503, "JPY", 150),
            new City("Osaka", "JP", "Asia/Tokyo", "530-0001", 34.6937, 135.5023, "JPY", 135),
            new City("Seoul", "KR", "Asia/Seoul", "04524", 37.5665, 126.9780, "KRW", 1400),
            new City("Singapore", "SG", "Asia/Singapore", "049145", 1.3521, 103.8198, "SGD", 1.6),
            new City("Hong Kong", "HK", "Asia/Hong_Kong", "999077", 22.3193, 114.1694, "HKD", 9),
            new City("Bangkok", "TH", "Asia/Bangkok", "10200", 13.7563, 100.5018, "THB", 25));

    /** The EUR list prices of V1 (whole euros), scaled per city into its currency. */
    private static final List<Object[]> LIST = List.of(new Object[] {"DEEP_TISSUE", 60, 85}, new Object[] {"DEEP_TISSUE", 90, 115},
            new Object[] {"SWEDISH", 30, 45}, new Object[] {"SWEDISH", 60, 70}, new Object[] {"SWEDISH", 90, 95},
            new Object[] {"TRIGGER_POINT", 30, 50}, new Object[] {"TRIGGER_POINT", 60, 80});

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "NearMe", NearMeBenchmark::run);
    }

    public static void run(Bench bench) throws Exception {
        int seconds = bench.args.integer("--near-seconds", 20);
        int connections = bench.args.integer("--near-connections", 8);
        int clinics = bench.args.integer("--clinics", 200);
        int therapists = bench.args.integer("--therapists", 5);
        int bookingsPerDay = bench.args.integer("--bookings-per-day", 4);
        int radiusKm = bench.args.integer("--radius-km", 15);
        URI booking = bench.platform.service("booking-service");
        bench.phase("near-me: seeding");
        long began = System.nanoTime();
        List<Map<String, Object>> bookings = new ArrayList<>();
        int therapistCount = seed(booking, clinics, therapists, bookingsPerDay, bookings);
        int[] booked = AvailabilityBenchmark.bookAll(booking, bookings);
        double seedSeconds = (System.nanoTime() - began) / 1e9;

        bench.phase("near-me search");
        List<String[]> searches = searches(radiusKm, 500);
        List<String> near = searches.stream().map(pair -> pair[0]).toList();
        List<String> plain = searches.stream().map(pair -> pair[1]).toList();
        double[] nearSample = sample(booking, near.subList(0, 40));
        double[] plainSample = sample(booking, plain.subList(0, 10));

        Report.Section section = bench.report.section("Near-me search (" + radiusKm + " km, 7 days) on a realistic catalogue")
                .note(Stats.format("Data: %d clinics in %d cities on three continents (each within 12 km of its city's centre, "
                        + "its city's time zone, currency and local prices), %d therapists with weekly hours, %d bookings over the "
                        + "next four weeks (%d refused while seeding), seeded through the API in %.0f s. Searches: a random session "
                        + "type, a place within 5 km of a random city's centre, a 7-day range starting on one of the next 21 days; "
                        + "near-me: %.0f open slots per search on average, %.1f clinics among the first 100 (first page of 20 "
                        + "returned; %.0f ms per search sampled one at a time); without geography the same searches over every clinic: %.0f "
                        + "open slots (%.0f ms sampled). wrk with a Lua script, %d s per load, straight to booking-service.",
                        clinics + 3, CITIES.size(), therapistCount + 12, booked[0], booked[1], seedSeconds, nearSample[0], nearSample[1],
                        nearSample[2], plainSample[0], plainSample[2], seconds))
                .row("search", "load", "searches/s", "p50", "p90", "p99", "max", "errors");
        for (String[] kind : new String[][] {{"near-me", "n"}, {"without geography", "p"}}) {
            List<String> chosen = kind[1].equals("n") ? near : plain;
            String script = """
                    local searches = { %s }
                    function request()
                      return wrk.format("GET", searches[math.random(#searches)])
                    end
                    """.formatted(String.join(",\n", chosen.stream().map(Wrk::lua).toList()));
            Wrk.run(booking, script, List.of(), connections, Math.min(5, seconds)); // warm-up
            for (int load : new int[] {1, connections}) {
                Wrk.Result result = Wrk.run(booking, script, List.of(), load, seconds);
                Distribution latency = result.latency();
                section.row(kind[0], load + " conn.", Stats.number(result.requestsPerSecond()), Stats.ms(latency.p50()),
                        Stats.ms(latency.at(90)), Stats.ms(latency.p99()), Stats.ms(latency.at(100)),
                        String.valueOf(result.non2xx() + result.socketErrors()));
                bench.report.distribution("Availability " + kind[0] + " (wrk)", load + " conn.", latency);
            }
        }
        section.end();
        bench.phase(null);
    }

    /** Clinics with places and local prices, therapists with weekly hours; the bookings to make go to {@code bookings}. */
    static int seed(URI booking, int clinics, int therapistsPerClinic, int bookingsPerDay, List<Map<String, Object>> bookings)
            throws Exception {
        String admin = DevTokens.issue("bench-ops", List.of("admin"));
        Random random = new Random(17);
        int made = 0;
        for (int c = 0; c < clinics; c++) {
            City city = CITIES.get(c % CITIES.size());
            double[] place = around(city, 12, random);
            Map<String, Object> body = new HashMap<>(Map.of("name", "Map Clinic " + (c + 1),
                    "address", Map.of("street", (c + 1) + " Map Street", "postalCode", city.postalCode(), "city", city.name(),
                            "country", city.country()),
                    "timeZone", city.zone(), "location", Map.of("latitude", place[0], "longitude", place[1]),
                    "currency", city.currency()));
            String clinic = AvailabilityBenchmark.send(booking, admin, "POST", "/api/v1/clinics", body).get("id").asText();
            if (city.priceFactor() != 1) {
                priceLocally(booking, admin, clinic, city.priceFactor());
            }
            ZoneId zone = ZoneId.of(city.zone());
            for (int t = 0; t < therapistsPerClinic; t++) {
                List<String> qualifications = switch ((c * therapistsPerClinic + t) % 4) {
                    case 0 -> List.of("DEEP_TISSUE", "SWEDISH");
                    case 1 -> List.of("SWEDISH", "TRIGGER_POINT");
                    case 2 -> List.of("DEEP_TISSUE", "TRIGGER_POINT");
                    default -> SESSION_TYPES;
                };
                String id = AvailabilityBenchmark.send(booking, admin, "POST", "/api/v1/clinics/" + clinic + "/therapists",
                        Map.of("name", "Therapist " + (c + 1) + "-" + (t + 1), "qualifications", qualifications)).get("id").asText();
                boolean early = t % 2 == 0;
                List<Map<String, String>> hours = new ArrayList<>();
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (early && day.getValue() <= 5) {
                        hours.add(Map.of("day", day.name(), "start", "08:00", "end", "12:00"));
                        hours.add(Map.of("day", day.name(), "start", "13:00", "end", "17:00"));
                    } else if (!early && day.getValue() >= 2 && day.getValue() <= 6) {
                        hours.add(Map.of("day", day.name(), "start", "11:00", "end", "20:00"));
                    }
                }
                AvailabilityBenchmark.send(booking, admin, "PUT", "/api/v1/clinics/" + clinic + "/therapists/" + id + "/schedule",
                        Map.of("bufferMinutes", early ? 15 : 10, "weeklyHours", hours));
                made++;
                List<String> times = (early ? List.of("09:00", "10:30", "13:00", "15:00") : List.of("11:00", "13:00", "15:30", "18:00"))
                        .subList(0, Math.min(4, bookingsPerDay));
                LocalDate today = LocalDate.now(zone);
                for (int day = 2; day <= 29; day++) {
                    LocalDate date = today.plusDays(day);
                    int weekday = date.getDayOfWeek().getValue();
                    if (early ? weekday > 5 : weekday < 2 || weekday > 6) {
                        continue;
                    }
                    for (String time : times) {
                        bookings.add(Map.of("therapistId", id, "sessionType", qualifications.get(0), "durationMinutes", 60,
                                "start", date.atTime(LocalTime.parse(time)).atZone(zone).toOffsetDateTime().toString()));
                    }
                }
            }
        }
        return made;
    }

    /** The clinic's own prices: the EUR list scaled into its currency, in whole units (valid for every currency). */
    static void priceLocally(URI booking, String admin, String clinic, double factor) throws IOException, InterruptedException {
        List<Map<String, Object>> prices = new ArrayList<>();
        for (Object[] list : LIST) {
            prices.add(Map.of("sessionType", list[0], "minutes", list[1],
                    "amount", Long.toString(Math.round((Integer) list[2] * factor))));
        }
        AvailabilityBenchmark.send(booking, admin, "PUT", "/api/v1/clinics/" + clinic + "/prices", Map.of("prices", prices));
    }

    /** A uniformly random place within {@code km} of the city's centre: {latitude, longitude}. */
    static double[] around(City city, double km, Random random) {
        double distance = km * Math.sqrt(random.nextDouble());
        double bearing = random.nextDouble() * 2 * Math.PI;
        double latitude = city.latitude() + distance * Math.cos(bearing) / 111.2;
        double longitude = city.longitude() + distance * Math.sin(bearing) / (111.2 * Math.cos(Math.toRadians(city.latitude())));
        return new double[] {latitude, longitude};
    }

    /** Pairs of the same search: near a place, and without geography. */
    private static List<String[]> searches(int radiusKm, int count) {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String[]> searches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate from = today.plusDays(1 + random.nextInt(21));
            String base = "/api/v1/availability?sessionType=" + SESSION_TYPES.get(random.nextInt(SESSION_TYPES.size()))
                    + "&from=" + from + "&to=" + from.plusDays(6);
            double[] place = around(CITIES.get(random.nextInt(CITIES.size())), 5, random);
            searches.add(new String[] {base + String.format(Locale.ROOT, "&near=%.5f,%.5f&radiusKm=%d", place[0], place[1], radiusKm), base});
        }
        return searches;
    }

    /** {mean open slots, mean clinics on the first page, mean milliseconds} of some searches, one at a time. */
    private static double[] sample(URI booking, List<String> searches) throws IOException, InterruptedException {
        long slots = 0;
        long clinics = 0;
        long began = System.nanoTime();
        for (String search : searches) {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(booking.resolve(search + "&size=100")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IOException("search failed: " + page.statusCode() + " " + page.body());
            }
            JsonNode body = JSON.readTree(page.body());
            slots += body.path("total").asLong();
            java.util.Set<String> seen = new java.util.HashSet<>();
            body.path("items").forEach(item -> seen.add(item.path("clinicId").asText()));
            clinics += seen.size();
        }
        double millis = (System.nanoTime() - began) / 1e6 / searches.size();
        return new double[] {slots / (double) searches.size(), clinics / (double) searches.size(), millis};
    }
}
