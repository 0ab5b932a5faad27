package io.restwell.journal.mapping;

import io.restwell.events.journal.PainEntryEvent;
import io.restwell.journal.PainEntry;
import io.restwell.journal.domain.PainDiaryEntry;
import io.restwell.journal.rest.PainEntryRequest;
import io.restwell.journal.rest.PainEntryResponse;

public final class PainEntryMapper {

    private PainEntryMapper() {
    }

    public static PainDiaryEntry toDiaryEntry(PainEntryRequest request) {
        return new PainDiaryEntry(request.recordedAt(), request.intensity(), request.location(), request.character(),
                request.chronic(), request.stressRelated(), request.disturbedSleep(), request.redFlags());
    }

    public static PainEntryResponse toResponse(PainEntry entry) {
        return new PainEntryResponse(entry.id, entry.localRecordedAt(), entry.intensity, entry.location,
                entry.character, entry.chronic, entry.stressRelated, entry.disturbedSleep, entry.redFlags(), entry.notes);
    }

    public static PainEntryEvent toEvent(PainEntry entry) {
        return new PainEntryEvent(entry.id.toString(), entry.userId, entry.localRecordedAt(), entry.intensity,
                entry.location.name(), entry.character.name(), entry.chronic, entry.stressRelated, entry.disturbedSleep,
                entry.redFlags() == null ? null : entry.redFlags().stream().map(Enum::name).toList());
    }
}
