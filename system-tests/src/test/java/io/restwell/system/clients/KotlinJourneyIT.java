package io.restwell.system.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restwell.client.apis.AdminPartnerAccessApi;
import io.restwell.client.apis.BookingsApi;
import io.restwell.client.apis.JournalApi;
import io.restwell.client.apis.PartnerAPIApi;
import io.restwell.client.apis.RecommendationsApi;
import io.restwell.client.infrastructure.ClientException;
import io.restwell.client.models.AcceptRecommendation;
import io.restwell.client.models.Booking;
import io.restwell.client.models.BookingStatus;
import io.restwell.client.models.BookingStatusRequest;
import io.restwell.client.models.CancelBookingRequest;
import io.restwell.client.models.CreateBookingRequest;
import io.restwell.client.models.PartnerApiKeyRequest;
import io.restwell.client.models.PartnerBooking;
import io.restwell.client.models.Recommendation;
import io.restwell.client.models.RecommendedSlot;
import io.restwell.client.models.SleepEntry;
import io.restwell.client.models.SleepEntryInput;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;
import kotlin.jvm.JvmClassMappingKt;
import kotlin.reflect.KProperty1;
import okhttp3.OkHttpClient;

/**
 * The JVM SDK (sdk/kotlin: openapi-generator's kotlin client, compiled by the Kotlin compiler, Moshi decoding)
 * driven through the core journeys against the packaged platform: every answer is decoded into the SDK's types,
 * so a field the document calls non-null that arrives null, or a missing one, fails the journey.
 */
@ExtendWith(SharedPlatform.class)
class KotlinJourneyIT {

    @Test
    void alwaysPresentFieldsAreNonNullKotlinTypesAndOptionalOnesNullable() {
        Map<String, Boolean> booking = nullability(Booking.class);
        assertEquals(Boolean.FALSE, booking.get("id"));
        assertEquals(Boolean.FALSE, booking.get("status"));
        assertEquals(Boolean.FALSE, booking.get("start"));
        assertEquals(Boolean.TRUE, booking.get("notes"));
        assertEquals(Boolean.TRUE, nullability(Recommendation.class).get("bookingId"));
        assertEquals(Boolean.FALSE, nullability(Recommendation.class).get("slots"));
    }

    @Test
    void aPersonLogsAPoorNightBooksAndCancelsAndTheClinicSeesItsBooking() throws Exception {
        String gateway = SharedPlatform.stack().gateway().toString();
        OkHttpClient person = bearer(SharedPlatform.token("kotlin-" + UUID.randomUUID()));
        JournalApi journal = new JournalApi(gateway, person);
        RecommendationsApi recommendations = new RecommendationsApi(gateway, person);
        BookingsApi bookings = new BookingsApi(gateway, person);

        LocalDate night = LocalDate.now().minusDays(1);
        SleepEntry logged = journal.createSleepEntry(new SleepEntryInput(night, OffsetDateTime.parse(night + "T23:00:00+01:00"),
                OffsetDateTime.parse(night.plusDays(1) + "T07:00:00+01:00"), 70, 4, 60, 1, "kotlin journey", null, null, null));
        assertTrue(logged.getPoorSleep(), logged.toString());

        Recommendation suggestion = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (suggestion == null && System.nanoTime() < deadline) {
            suggestion = recommendations.listRecommendations(null, 0, 10, null).getItems().stream()
                    .filter(item -> item.getTriggeringEntryId().equals(logged.getId()) && "FILLED".equals(item.getSlotsStatus()))
                    .findFirst().orElse(null);
            if (suggestion == null) {
                Thread.sleep(500);
            }
        }
        assertNotNull(suggestion, "a suggestion with slots within 60 s");
        assertTrue(suggestion.getSlots().size() >= 2, suggestion.toString());
        RecommendedSlot first = suggestion.getSlots().get(0);
        RecommendedSlot second = suggestion.getSlots().get(1);

        Recommendation accepted = recommendations.acceptRecommendation(suggestion.getId(),
                new AcceptRecommendation(first.getTherapistId(), first.getStart(), null));
        UUID bookingId = accepted.getBookingId();
        assertNotNull(bookingId, accepted.toString());

        Booking other = bookings.createBooking(UUID.randomUUID().toString(),
                new CreateBookingRequest(second.getTherapistId(), second.getSessionType(), second.getStart(), null, null));
        List<UUID> listed = bookings.listBookings(null, 0, 20, null, null).getItems().stream().map(Booking::getId).toList();
        assertTrue(listed.contains(bookingId) && listed.contains(other.getId()), listed.toString());
        // free or late, depending on how soon the session is
        assertTrue(List.of(BookingStatus.CANCELLED, BookingStatus.LATE_CANCELLED)
                .contains(bookings.cancelBooking(other.getId(), new CancelBookingRequest("Plans changed"), null).getStatus()));
        ClientException notMine = assertThrows(ClientException.class, () -> bookings.getBooking(UUID.randomUUID(), null));
        assertEquals(404, notMine.getStatusCode());

        assertTrue(journal.getJournalSummary(LocalDate.now().minusDays(7).toString(), LocalDate.now().toString()).getNightsLogged() >= 1);
        assertNotNull(journal.exportJournal(null));

        String key = new AdminPartnerAccessApi(gateway, bearer(DevTokens.issue("kotlin-ops-" + UUID.randomUUID(), List.of("admin"))))
                .createPartnerApiKey(first.getClinicId(), new PartnerApiKeyRequest("kotlin journey " + UUID.randomUUID())).getKey();
        PartnerAPIApi clinic = new PartnerAPIApi(gateway, new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Api-Key", key).build())).build());
        List<UUID> theirs = clinic.listPartnerBookings(null, null, 0, 100, null, null).getItems().stream().map(PartnerBooking::getId).toList();
        assertTrue(theirs.contains(bookingId), theirs.toString());
        assertEquals(BookingStatus.BOOKED, clinic.getPartnerBooking(bookingId, null).getStatus());
        ClientException early = assertThrows(ClientException.class,
                () -> clinic.markPartnerBooking(bookingId, new BookingStatusRequest(BookingStatus.ARRIVED), null));
        assertEquals(409, early.getStatusCode(), "arrival only shortly before the session");
    }

    private static OkHttpClient bearer(String token) {
        return new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer " + token).build()))
                .build();
    }

    /** Each Kotlin property of a generated model and whether its type is marked nullable ({@code String?}). */
    private static Map<String, Boolean> nullability(Class<?> model) {
        Map<String, Boolean> found = new java.util.HashMap<>();
        for (Object member : kotlin.reflect.full.KClasses.getMemberProperties(JvmClassMappingKt.getKotlinClass(model))) {
            KProperty1<?, ?> property = (KProperty1<?, ?>) member;
            found.put(property.getName(), property.getReturnType().isMarkedNullable());
        }
        assertFalse(found.isEmpty(), model.getName());
        return found;
    }
}
