package io.restwell.journal.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.restwell.events.EventTypes;
import io.restwell.events.journal.EntryDeletedEvent;
import io.restwell.journal.PainEntry;
import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.EntryNotFoundException;
import io.restwell.journal.domain.PainDiaryEntry;
import io.restwell.journal.mapping.PainEntryMapper;
import io.restwell.journal.repository.PainEntryRepository;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.outbox.Outbox;
import io.restwell.journal.SleepEntryTombstone;
import io.restwell.journal.config.JournalConfig;
import io.restwell.journal.repository.SleepEntryRepository;
import io.restwell.journal.repository.SleepEntryTombstoneRepository;

/** Pain ratings of one person: every change commits with its event, or not at all. */
@ApplicationScoped
public class PainJournal {

    private final PainEntryRepository entries;
    private final SleepEntryRepository journal;
    private final SleepEntryTombstoneRepository tombstones;
    private final Outbox outbox;
    private final Duration tombstoneRetention;

    PainJournal(PainEntryRepository entries, SleepEntryRepository journal, SleepEntryTombstoneRepository tombstones, Outbox outbox,
            JournalConfig config) {
        this.entries = entries;
        this.journal = journal;
        this.tombstones = tombstones;
        this.outbox = outbox;
        this.tombstoneRetention = config.sync().tombstoneRetention();
    }

    @Transactional
    public PainEntry record(String userId, PainDiaryEntry rating, String notes) {
        // Every write of the person's journal holds their lock and takes the next change number (SleepJournal).
        journal.lockPerson(userId);
        PainEntry entry = PainEntry.logged(userId, rating, notes, OffsetDateTime.now(ZoneOffset.UTC));
        entry.changeSeq = journal.nextChangeSeq();
        entries.persist(entry);
        outbox.append(EventTypes.PAIN_ENTRY_RECORDED, userId, entry.id.toString(), PainEntryMapper.toEvent(entry));
        return entry;
    }

    public PainEntry find(String userId, UUID id) {
        PainEntry entry = entries.findOwned(userId, id);
        if (entry == null) {
            throw new EntryNotFoundException("pain entry");
        }
        return entry;
    }

    public Page<PainEntry> page(String userId, DateRange range, int page, int size) {
        PanacheQuery<PainEntry> query = entries.ratingsOf(userId, range, page, size);
        return Page.read((long) page * size, size, query.list(), query::count);
    }

    @Transactional
    public PainEntry update(String userId, UUID id, PainDiaryEntry rating, String notes) {
        journal.lockPerson(userId);
        PainEntry entry = find(userId, id);
        // Before the entry changes: the native query flushes the session, which would count a version twice.
        long changeSeq = journal.nextChangeSeq();
        entry.correct(rating, notes, OffsetDateTime.now(ZoneOffset.UTC));
        entry.changeSeq = changeSeq;
        outbox.append(EventTypes.PAIN_ENTRY_UPDATED, userId, entry.id.toString(), PainEntryMapper.toEvent(entry));
        return entry;
    }

    @Transactional
    public void delete(String userId, UUID id) {
        journal.lockPerson(userId);
        PainEntry entry = find(userId, id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        entries.delete(entry);
        tombstones.persist(SleepEntryTombstone.of(entry, journal.nextChangeSeq(), now));
        outbox.append(EventTypes.PAIN_ENTRY_DELETED, userId, id.toString(), new EntryDeletedEvent(id.toString(), userId));
        tombstones.purgeBefore(now.minus(tombstoneRetention).minus(SleepJournal.PURGE_MARGIN));
    }
}
