package io.restwell.journal.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.restwell.events.EventTypes;
import io.restwell.events.journal.EntryDeletedEvent;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.config.JournalConfig;
import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.EntryNotFoundException;
import io.restwell.journal.domain.FieldProblem;
import io.restwell.journal.domain.InvalidEntryException;
import io.restwell.journal.domain.SleepAssessment;
import io.restwell.journal.domain.SleepDiaryEntry;
import io.restwell.journal.domain.SleepMetrics;
import io.restwell.journal.mapping.SleepEntryMapper;
import io.restwell.journal.repository.SleepEntryRepository;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.outbox.Outbox;

/** Sleep entries of one person: every change commits with its event, or not at all. */
@ApplicationScoped
public class SleepJournal {

    private final SleepEntryRepository entries;
    private final Outbox outbox;
    private final SleepAssessment assessment;

    SleepJournal(SleepEntryRepository entries, Outbox outbox, JournalConfig config) {
        this.entries = entries;
        this.outbox = outbox;
        this.assessment = new SleepAssessment(config.poorSleep().thresholds());
    }

    @Transactional
    public SleepEntry record(String userId, SleepDiaryEntry night, String notes) {
        SleepEntry entry = SleepEntry.logged(userId, night, notes, assess(night), OffsetDateTime.now(ZoneOffset.UTC));
        entries.persist(entry);
        outbox.append(EventTypes.SLEEP_ENTRY_RECORDED, userId, entry.id.toString(), SleepEntryMapper.toEvent(entry));
        return entry;
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
        return new Page<>(query.list(), page, size, query.count());
    }

    @Transactional
    public SleepEntry update(String userId, UUID id, SleepDiaryEntry night, String notes) {
        SleepMetrics metrics = assess(night);
        SleepEntry entry = find(userId, id);
        entry.correct(night, notes, metrics, OffsetDateTime.now(ZoneOffset.UTC));
        outbox.append(EventTypes.SLEEP_ENTRY_UPDATED, userId, entry.id.toString(), SleepEntryMapper.toEvent(entry));
        return entry;
    }

    @Transactional
    public void delete(String userId, UUID id) {
        SleepEntry entry = find(userId, id);
        entries.delete(entry);
        outbox.append(EventTypes.SLEEP_ENTRY_DELETED, userId, id.toString(), new EntryDeletedEvent(id.toString(), userId));
    }

    private SleepMetrics assess(SleepDiaryEntry night) {
        List<FieldProblem> problems = assessment.problemsWith(night);
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
        return assessment.assess(night);
    }
}
