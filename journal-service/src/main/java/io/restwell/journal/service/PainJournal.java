package io.restwell.journal.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.restwell.events.EventTypes;
import io.restwell.events.journal.EntryDeletedEvent;
import io.restwell.journal.PainEntry;
import io.restwell.journal.domain.DateRange;
import io.restwell.journal.mapping.PainEntryMapper;
import io.restwell.platform.outbox.Outbox;
import io.restwell.journal.repository.PainEntryRepository;
import io.restwell.journal.rest.PainEntryRequest;

/** Pain ratings of one person: every change commits with its event, or not at all. */
@ApplicationScoped
public class PainJournal {

    private final PainEntryRepository entries;
    private final Outbox outbox;

    PainJournal(PainEntryRepository entries, Outbox outbox) {
        this.entries = entries;
        this.outbox = outbox;
    }

    @Transactional
    public PainEntry record(String userId, PainEntryRequest request) {
        PainEntry entry = new PainEntry();
        entry.id = UUID.randomUUID();
        entry.userId = userId;
        entry.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.updatedAt = entry.createdAt;
        PainEntryMapper.apply(request, entry);
        entries.persist(entry);
        outbox.append(EventTypes.PAIN_ENTRY_RECORDED, userId, entry.id.toString(), PainEntryMapper.toEvent(entry));
        return entry;
    }

    public PainEntry find(String userId, UUID id) {
        PainEntry entry = entries.findOwned(userId, id);
        if (entry == null) {
            throw new NotFoundException();
        }
        return entry;
    }

    public PanacheQuery<PainEntry> page(String userId, DateRange range, int page, int size) {
        return entries.ratingsOf(userId, range, page, size);
    }

    @Transactional
    public PainEntry update(String userId, UUID id, PainEntryRequest request) {
        PainEntry entry = find(userId, id);
        PainEntryMapper.apply(request, entry);
        entry.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        outbox.append(EventTypes.PAIN_ENTRY_UPDATED, userId, entry.id.toString(), PainEntryMapper.toEvent(entry));
        return entry;
    }

    @Transactional
    public void delete(String userId, UUID id) {
        PainEntry entry = find(userId, id);
        entries.delete(entry);
        outbox.append(EventTypes.PAIN_ENTRY_DELETED, userId, id.toString(), new EntryDeletedEvent(id.toString(), userId));
    }
}
