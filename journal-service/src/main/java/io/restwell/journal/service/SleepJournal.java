package io.restwell.journal.service;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.restwell.events.EventTypes;
import io.restwell.events.journal.EntryDeletedEvent;
import io.restwell.journal.PainEntry;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.SleepEntryTombstone;
import io.restwell.journal.config.JournalConfig;
import io.restwell.journal.domain.ClientRecord;
import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.DeletedRecordException;
import io.restwell.journal.domain.DuplicateNightException;
import io.restwell.journal.domain.EntryKind;
import io.restwell.journal.domain.EntryNotFoundException;
import io.restwell.journal.domain.FieldProblem;
import io.restwell.journal.domain.InvalidEntryException;
import io.restwell.journal.domain.JournalException;
import io.restwell.journal.domain.SleepAssessment;
import io.restwell.journal.domain.SleepMetrics;
import io.restwell.journal.domain.SleepSession;
import io.restwell.journal.domain.SleepStaging;
import io.restwell.journal.domain.SleepWrite;
import io.restwell.journal.domain.StaleEntryException;
import io.restwell.journal.domain.StaleRecordException;
import io.restwell.journal.domain.SyncToken;
import io.restwell.journal.domain.SyncTokenExpiredException;
import io.restwell.journal.domain.WriteOutcome;
import io.restwell.journal.mapping.SleepEntryMapper;
import io.restwell.journal.repository.PainEntryRepository;
import io.restwell.journal.repository.SleepEntryRepository;
import io.restwell.journal.repository.SleepEntryTombstoneRepository;
import io.restwell.platform.defaults.http.EntityTags;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.outbox.Outbox;

/**
 * Sleep entries of one person: every change commits with its event, or not at all. Every write holds
 * the person's lock (SleepEntryRepository.lockPerson), takes the next change number, and emits an
 * event only for a real change of a main night (naps stay in the journal).
 */
@ApplicationScoped
public class SleepJournal {

    /** The most entries one batch may carry. */
    public static final int MAX_BATCH = 100;
    /** Tombstones go a little after tokens expire, so a token just inside the retention still sees every deletion. */
    static final Duration PURGE_MARGIN = Duration.ofHours(1);

    /** An entry and what the write did to it. */
    public record Written(SleepEntry entry, WriteOutcome outcome) {
    }

    /** One item of a batch: what was written, or why it was not (a journal rule it broke). */
    public record BatchItem(Written written, JournalException refused) {
    }

    /** A change in the feed: the sleep or pain entry as it is now, or its tombstone (exactly one is set). */
    public record Change(long changeSeq, UUID id, SleepEntry entry, PainEntry pain, SleepEntryTombstone deleted) {
    }

    /** One page of the feed, the token to continue from, and whether more changes wait. */
    public record Changes(List<Change> changes, SyncToken next, boolean hasMore) {
    }

    private final SleepEntryRepository entries;
    private final PainEntryRepository ratings;
    private final SleepEntryTombstoneRepository tombstones;
    private final Outbox outbox;
    private final SleepAssessment assessment;
    private final Duration tombstoneRetention;

    SleepJournal(SleepEntryRepository entries, PainEntryRepository ratings, SleepEntryTombstoneRepository tombstones, Outbox outbox,
            JournalConfig config) {
        this.entries = entries;
        this.ratings = ratings;
        this.tombstones = tombstones;
        this.outbox = outbox;
        this.assessment = new SleepAssessment(config.poorSleep().thresholds());
        this.tombstoneRetention = config.sync().tombstoneRetention();
    }

    /**
     * Logs an entry, or, when its client record is already stored, replays (same version), updates
     * (newer) or refuses it as stale (older). A client record deleted at this version or a newer one is
     * refused too: a late retry must not bring back what another device deleted.
     */
    @Transactional
    public Written record(String userId, SleepWrite write) {
        entries.lockPerson(userId);
        return recordLocked(userId, write);
    }

    /**
     * Each write as {@link #record} would do it, in one transaction: a write that breaks a rule is
     * refused on its own (nothing of it is written) and the others go on; later writes see earlier ones.
     */
    @Transactional
    public List<BatchItem> recordAll(String userId, List<SleepWrite> writes) {
        entries.lockPerson(userId);
        List<BatchItem> results = new ArrayList<>(writes.size());
        for (SleepWrite write : writes) {
            try {
                results.add(new BatchItem(recordLocked(userId, write), null));
            } catch (JournalException refused) {
                // every rule is checked before anything of the write is, so the transaction stays clean
                results.add(new BatchItem(null, refused));
            }
        }
        return results;
    }

    public SleepEntry find(String userId, UUID id) {
        SleepEntry entry = entries.findOwned(userId, id);
        if (entry == null) {
            throw new EntryNotFoundException("sleep entry");
        }
        return entry;
    }

    public Page<SleepEntry> page(String userId, DateRange range, int page, int size) {
        PanacheQuery<SleepEntry> query = entries.nightsOf(userId, range, page, size);
        return Page.read((long) page * size, size, query.list(), query::count);
    }

    /** Replaces the entry; {@code ifMatch} (when sent) must name its current version. */
    @Transactional
    public SleepEntry update(String userId, UUID id, SleepWrite write, Optional<EntityTags.Condition> ifMatch) {
        entries.lockPerson(userId);
        SleepEntry entry = find(userId, id);
        checkPrecondition(entry, ifMatch);
        ClientRecord record = write.clientRecord();
        if (record != null) {
            if (!record.id().equals(entry.clientRecordId)) {
                throw new InvalidEntryException(List.of(new FieldProblem("clientRecordId",
                        "cannot change: it names the device's record this entry is; log a new entry for another record")));
            }
            if (record.against(entry.clientRecordVersion) == ClientRecord.Outcome.STALE) {
                throw new StaleRecordException(entry.id, record.id(), record.version(), entry.clientRecordVersion);
            }
        }
        apply(userId, entry, write, assess(write));
        return entry;
    }

    /** Deletes the entry and leaves a tombstone for the change feed; {@code ifMatch} as for update. */
    @Transactional
    public void delete(String userId, UUID id, Optional<EntityTags.Condition> ifMatch) {
        entries.lockPerson(userId);
        SleepEntry entry = find(userId, id);
        checkPrecondition(entry, ifMatch);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        entries.delete(entry);
        tombstones.persist(SleepEntryTombstone.of(entry, entries.nextChangeSeq(), now));
        if (entry.kind == EntryKind.NIGHT) {
            outbox.append(EventTypes.SLEEP_ENTRY_DELETED, userId, id.toString(), new EntryDeletedEvent(id.toString(), userId));
        }
        // Deletions are rare next to reads: purging here keeps the table small without a scheduler.
        tombstones.purgeBefore(now.minus(tombstoneRetention).minus(PURGE_MARGIN));
    }

    /**
     * The person's changes after the token (none: from the start), oldest first: sleep and pain entries as
     * they are now and tombstones of deleted ones. A token older than the tombstone retention is refused (410).
     */
    public Changes changes(String userId, SyncToken since, int limit) {
        Instant now = Instant.now();
        SyncToken from = since == null ? SyncToken.start(now) : since;
        if (since != null && since.expired(now, tombstoneRetention)) {
            throw new SyncTokenExpiredException(tombstoneRetention);
        }
        List<Change> merged = new ArrayList<>();
        entries.changedAfter(userId, from.changeSeq(), limit + 1)
                .forEach(entry -> merged.add(new Change(entry.changeSeq, entry.id, entry, null, null)));
        ratings.changedAfter(userId, from.changeSeq(), limit + 1)
                .forEach(rating -> merged.add(new Change(rating.changeSeq, rating.id, null, rating, null)));
        tombstones.deletedAfter(userId, from.changeSeq(), limit + 1)
                .forEach(tombstone -> merged.add(new Change(tombstone.changeSeq, tombstone.id, null, null, tombstone)));
        merged.sort(Comparator.comparingLong(Change::changeSeq));
        boolean hasMore = merged.size() > limit;
        List<Change> page = hasMore ? List.copyOf(merged.subList(0, limit)) : merged;
        long last = page.isEmpty() ? from.changeSeq() : page.get(page.size() - 1).changeSeq();
        // Caught up: everything after `last` happens from now on. Not yet: the rest is as old as the token was.
        return new Changes(page, new SyncToken(last, hasMore ? from.vouchedAt() : now), hasMore);
    }

    /**
     * Imports wearable sessions: all of them or none (422 naming every problem: overlapping sessions, stages
     * outside the time in bed, a night in the future, a night that cannot be), then each as {@link #recordAll}
     * writes it. A source record imported before is a replay (same version) or an update (newer); a NIGHT for a
     * date that already has one, typed in or from another source, is a conflict naming it: the first stays.
     */
    @Transactional
    public List<BatchItem> importSessions(String userId, List<SleepSession> sessions) {
        List<FieldProblem> problems = new ArrayList<>(SleepStaging.problemsWith(sessions, Instant.now()));
        List<SleepWrite> writes = new ArrayList<>(sessions.size());
        if (problems.isEmpty()) {
            for (SleepSession session : sessions) {
                SleepWrite write = SleepStaging.toWrite(session);
                assessment.problemsWith(write.diary()).forEach(problem ->
                        problems.add(new FieldProblem(session.field(), problem.field() + " " + problem.message())));
                writes.add(write);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
        return recordAll(userId, writes);
    }

    private Written recordLocked(String userId, SleepWrite write) {
        SleepMetrics metrics = assess(write);
        ClientRecord record = write.clientRecord();
        if (write.source() != null) {
            SleepEntry stored = entries.findBySource(userId, write.source());
            if (stored != null) {
                return against(userId, stored, write.source().asRecord(), stored.sourceRecordVersion, write, metrics);
            }
        }
        if (record != null) {
            SleepEntry stored = entries.findByClientRecord(userId, record.id());
            if (stored != null) {
                return against(userId, stored, record, stored.clientRecordVersion, write, metrics);
            }
            SleepEntryTombstone deleted = tombstones.latestOf(userId, record.id());
            if (deleted != null && deleted.clientRecordVersion != null
                    && record.against(deleted.clientRecordVersion) != ClientRecord.Outcome.UPDATE) {
                throw new DeletedRecordException(deleted.id, record.id(), deleted.clientRecordVersion);
            }
        }
        if (write.kind() == EntryKind.NIGHT) {
            checkOneNight(userId, write, null);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SleepEntry entry = SleepEntry.logged(userId, write.diary(), write.notes(), metrics, now);
        entry.kind = write.kind();
        entry.identify(record);
        if (write.source() != null) {
            entry.importedFrom(write.source(), write.stages());
        }
        entry.changeSeq = entries.nextChangeSeq();
        entries.persist(entry);
        if (entry.kind == EntryKind.NIGHT) {
            outbox.append(EventTypes.SLEEP_ENTRY_RECORDED, userId, entry.id.toString(), SleepEntryMapper.toEvent(entry));
        }
        return new Written(entry, WriteOutcome.CREATED);
    }

    /** A write of a record stored before: a replay, an update, or refused as older than what is stored. */
    private Written against(String userId, SleepEntry stored, ClientRecord record, long storedVersion, SleepWrite write,
            SleepMetrics metrics) {
        return switch (record.against(storedVersion)) {
            case REPLAY -> new Written(stored, WriteOutcome.REPLAYED);
            case STALE -> throw new StaleRecordException(stored.id, record.id(), record.version(), storedVersion);
            case UPDATE -> {
                apply(userId, stored, write, metrics);
                yield new Written(stored, WriteOutcome.UPDATED);
            }
        };
    }

    /**
     * Replaces a stored entry. The events follow what recommendation-service sees, main nights only: a nap
     * that becomes the night is recorded, a night that becomes a nap is deleted.
     */
    private void apply(String userId, SleepEntry entry, SleepWrite write, SleepMetrics metrics) {
        // Before the entry changes: the native query flushes the session, which would count a version twice.
        long changeSeq = entries.nextChangeSeq();
        if (write.kind() == EntryKind.NIGHT) {
            checkOneNight(userId, write, entry.id);
        }
        EntryKind before = entry.kind;
        entry.correct(write.diary(), write.notes(), metrics, OffsetDateTime.now(ZoneOffset.UTC));
        entry.kind = write.kind();
        if (write.clientRecord() != null) {
            entry.identify(write.clientRecord());
        }
        if (write.source() != null) {
            entry.importedFrom(write.source(), write.stages());
        }
        entry.changeSeq = changeSeq;
        entries.flush(); // the new version is the ETag of the answer
        String subject = entry.id.toString();
        if (entry.kind == EntryKind.NIGHT) {
            outbox.append(before == EntryKind.NIGHT ? EventTypes.SLEEP_ENTRY_UPDATED : EventTypes.SLEEP_ENTRY_RECORDED,
                    userId, subject, SleepEntryMapper.toEvent(entry));
        } else if (before == EntryKind.NIGHT) {
            outbox.append(EventTypes.SLEEP_ENTRY_DELETED, userId, subject, new EntryDeletedEvent(subject, userId));
        }
    }

    private void checkOneNight(String userId, SleepWrite write, UUID self) {
        SleepEntry existing = entries.mainNight(userId, write.diary().night());
        if (existing != null && !existing.id.equals(self)) {
            throw new DuplicateNightException(write.diary().night(), existing.id);
        }
    }

    private static void checkPrecondition(SleepEntry entry, Optional<EntityTags.Condition> ifMatch) {
        if (ifMatch.isPresent() && !ifMatch.get().matches(entry.version)) {
            throw new StaleEntryException(entry.version);
        }
    }

    private SleepMetrics assess(SleepWrite write) {
        List<FieldProblem> problems = assessment.problemsWith(write.diary());
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
        return assessment.assess(write.diary());
    }
}
