package io.restwell.booking.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.booking.repository.BusyIntervalRepository;
import io.restwell.booking.service.BookingCommands;
import io.restwell.booking.service.BookingService;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * Races inside one instance; BookingContentionIT races two packaged instances against one database. Bookings of
 * one therapist do not queue behind each other, and a slot already taken is refused before any queue.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class BookingConcurrencyTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/api/v1/bookings")
    URL bookings;

    @Inject
    BookingService bookingService;

    @Inject
    BusyIntervalRepository busyTime;

    @Test
    void manyPeopleRacingForOverlappingSlotsGetExactlyOneBooking() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH", "DEEP_TISSUE");
        OffsetDateTime ten = practice.at(15, "10:00");
        List<Map<String, Object>> bodies = List.of(
                Fixtures.bookingBody(practice.therapist(), "SWEDISH", ten, 60),
                Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", ten.minusMinutes(30), 90),
                Fixtures.bookingBody(practice.therapist(), "SWEDISH", ten.plusMinutes(30), 30),
                Fixtures.bookingBody(practice.therapist(), "SWEDISH", ten.minusMinutes(30), 60));
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Map<String, Object> body = bodies.get(i % bodies.size());
            String token = Fixtures.user();
            attempts.add(() -> post(token, UUID.randomUUID().toString(), body).statusCode());
        }
        List<Integer> statuses = race(attempts);
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
    }

    @Test
    void concurrentRetriesWithOneKeyAllGetTheSameBooking() throws Exception {
        Practice practice = Fixtures.practice("Europe/London", 10, "SWEDISH");
        String token = Fixtures.user();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(15, "12:00"), 60);
        List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(() -> post(token, key, body));
        }
        List<HttpResponse<String>> responses = race(attempts);
        assertEquals(1, responses.stream().filter(response -> response.statusCode() == 201).count());
        assertTrue(responses.stream().allMatch(response -> response.statusCode() == 201 || response.statusCode() == 200));
        assertEquals(1, responses.stream().map(response -> read(response).get("id")).distinct().count());
    }

    @Test
    void aBookingOfAnotherSlotDoesNotWaitForOneOfTheSameTherapistStillInFlight() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        OffsetDateTime ten = practice.at(16, "10:00");
        QuarkusTransaction.requiringNew().run(() -> {
            // a booking of 10:00 written and not yet committed
            bookingService.create("user-" + UUID.randomUUID(), UUID.randomUUID().toString(),
                    new BookingCommands.Book(practice.therapist(), "SWEDISH", ten, 60, null));
            HttpResponse<String> noon = answerWithin(Duration.ofSeconds(10),
                    Fixtures.bookingBody(practice.therapist(), "SWEDISH", ten.plusHours(2), 60));
            assertEquals(201, noon.statusCode(), noon.body());
        });
    }

    @Test
    void aTakenSlotIsRefusedAtOnceEvenWhileAnImportHasTheTherapistsTime() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        Map<String, Object> body = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(16, "14:00"), 60);
        assertEquals(201, post(Fixtures.user(), UUID.randomUUID().toString(), body).statusCode());
        QuarkusTransaction.requiringNew().run(() -> {
            busyTime.lockTherapistTime(practice.therapist()); // what a clinic's busy-time import holds until it commits
            HttpResponse<String> late = answerWithin(Duration.ofSeconds(10), body);
            assertEquals(409, late.statusCode(), late.body());
        });
    }

    /** Another person books, on another thread, while the caller's transaction stays open. */
    private HttpResponse<String> answerWithin(Duration limit, Map<String, Object> body) {
        CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return post(Fixtures.user(), UUID.randomUUID().toString(), body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + limit + ": it waited for the transaction in flight", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String token, String key, Map<String, Object> body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(bookings.toString()))
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<?, ?> read(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    /** Runs all at once (released together) and returns their results in order. */
    static <T> List<T> race(List<Callable<T>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> attempt : attempts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
