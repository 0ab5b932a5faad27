package io.restwell.booking.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.restwell.booking.domain.ErasedCustomers;
import io.restwell.booking.repository.PersonalDataRepository;
import io.restwell.booking.webhook.WebhookOutbox;

/**
 * A person erased their data (journal-service's {@code restwell.journal.user-data.erased.v1}): their
 * bookings stay as the clinic's books and slot occupancy need them, with nothing that leads back to
 * them (domain/ErasedCustomers). In one transaction, and idempotent: a repeat finds nothing left.
 */
@ApplicationScoped
public class ErasureService {

    private static final Logger LOG = Logger.getLogger(ErasureService.class);

    /** What one erasure changed. */
    public record Erased(int bookings, int idempotencyKeys, int outboxEvents, int webhookDeliveries) {
    }

    private final PersonalDataRepository personalData;
    private final WebhookOutbox webhooks;

    ErasureService(PersonalDataRepository personalData, WebhookOutbox webhooks) {
        this.personalData = personalData;
        this.webhooks = webhooks;
    }

    /** Erases what the person had here up to the erasure's moment; what they do after it is a fresh start. */
    @Transactional
    public Erased erase(String userId, OffsetDateTime erasedAt) {
        OffsetDateTime until = ErasedCustomers.reachesUntil(erasedAt);
        int outboxEvents = 0;
        int deliveries = 0;
        var bookings = personalData.bookingsOf(userId, until);
        for (PersonalDataRepository.BookingOfPerson booking : bookings) {
            String standIn = ErasedCustomers.newId();
            boolean keepReason = ErasedCustomers.keepsCancellationReason(booking.cancelledBy());
            personalData.anonymise(booking.id(), standIn, keepReason);
            outboxEvents += personalData.scrubOutbox(userId, booking.id(), standIn, keepReason);
            deliveries += webhooks.forgetPerson(booking.id(), booking.clinicId(), standIn, keepReason);
        }
        outboxEvents += personalData.dropOtherOutboxEvents(userId, until);
        int keys = personalData.dropIdempotencyKeys(userId, until);
        Erased erased = new Erased(bookings.size(), keys, outboxEvents, deliveries);
        LOG.infof("Erased a person's data: %d bookings, %d idempotency keys, %d outbox events, %d webhook deliveries",
                erased.bookings(), erased.idempotencyKeys(), erased.outboxEvents(), erased.webhookDeliveries());
        return erased;
    }
}
