package io.restwell.journal.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restwell.events.EventTypes;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.journal.PainEntry;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.config.JournalConfig;
import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.JournalSummary;
import io.restwell.journal.mapping.CsvExport;
import io.restwell.journal.mapping.FhirExport;
import io.restwell.platform.outbox.Outbox;
import io.restwell.journal.repository.PainEntryRepository;
import io.restwell.journal.repository.SleepEntryRepository;
import io.restwell.journal.repository.SleepEntryTombstoneRepository;

/** The whole journal of one person: its summary, its export, and its erasure. */
@ApplicationScoped
public class JournalRecords {

    /** How many entries an erasure removed. */
    public record Erasure(long sleepEntries, long painEntries, OffsetDateTime erasedAt) {
    }

    private final SleepEntryRepository nights;
    private final PainEntryRepository ratings;
    private final SleepEntryTombstoneRepository tombstones;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final JournalSummary summary;
    private final FhirExport fhir;

    JournalRecords(SleepEntryRepository nights, PainEntryRepository ratings, SleepEntryTombstoneRepository tombstones, Outbox outbox, EntityManager entityManager,
            JournalConfig config, ObjectMapper json) {
        this.nights = nights;
        this.ratings = ratings;
        this.tombstones = tombstones;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.summary = new JournalSummary(config.highPainAtLeast());
        this.fhir = new FhirExport(json);
    }

    /** Without dates: the last 30 days up to today. */
    public JournalSummary.Result summary(String userId, DateRange range) {
        LocalDate to = range.to() != null ? range.to() : LocalDate.now(ZoneOffset.UTC);
        LocalDate from = range.from() != null ? range.from() : to.minusDays(29);
        DateRange effective = new DateRange(from, to);
        List<JournalSummary.Night> loggedNights = nights.mainNightsOf(userId, effective).list().stream()
                .map(night -> new JournalSummary.Night(night.night, night.sleepEfficiency, night.totalSleepMinutes,
                        night.poorSleep, night.reasons()))
                .toList();
        List<JournalSummary.Rating> painRatings = ratings.ratingsOf(userId, effective).list().stream()
                .map(rating -> new JournalSummary.Rating(rating.recordedOn, rating.intensity, rating.location))
                .toList();
        return summary.summarise(from, to, loggedNights, painRatings);
    }

    public ObjectNode fhirBundle(String userId) {
        return fhir.bundle(userId, allNights(userId), allRatings(userId));
    }

    public String csv(String userId) {
        return CsvExport.write(allNights(userId), allRatings(userId));
    }

    /**
     * Removes every entry of the person and tells every other service to forget them too (the erasure
     * event: recommendation-service forgets their journal and suggestions, booking-service unlinks their
     * bookings). Their outbox events go as well: the erasure event supersedes them, and they hold health
     * data; the erasure event's own row goes once it is published (restwell.outbox.drop-when-published).
     */
    @Transactional
    public Erasure erase(String userId) {
        long sleepEntries = nights.delete("userId", userId);
        long painEntries = ratings.delete("userId", userId);
        tombstones.delete("userId", userId); // their ids and client record ids are the person's too
        entityManager.createQuery("delete from OutboxEvent where aggregateKey = :user")
                .setParameter("user", userId).executeUpdate();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        outbox.append(EventTypes.USER_DATA_ERASED, userId, userId, new UserDataErasedEvent(userId, now));
        return new Erasure(sleepEntries, painEntries, now);
    }

    private List<SleepEntry> allNights(String userId) {
        return nights.nightsOf(userId, new DateRange(null, null)).list();
    }

    private List<PainEntry> allRatings(String userId) {
        return ratings.ratingsOf(userId, new DateRange(null, null)).list();
    }
}
