package io.restwell.recommendation.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.domain.Notice;
import io.restwell.recommendation.domain.OfferedSlot;
import io.restwell.recommendation.domain.RedFlag;
import io.restwell.recommendation.domain.SuggestionRules;
import io.restwell.recommendation.domain.SuggestionNote;

/**
 * "A suggestion is ready": once its slots are attached (service/SlotFiller), or at once for advice to see
 * a clinician, which has none. One per suggestion and version (a poor night that refreshes it is news again).
 */
@ApplicationScoped
public class SuggestionNotices {

    private final Inbox inbox;

    SuggestionNotices(Inbox inbox) {
        this.inbox = inbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ready(Recommendation suggestion, List<OfferedSlot> slots) {
        SuggestionNote note = new SuggestionNote(suggestion.id, suggestion.sessionTypeCode, suggestion.seeClinician, slots);
        inbox.add(suggestion.userId, "suggestion-ready:" + suggestion.id + ":" + suggestion.updatedAt.toInstant().toEpochMilli(),
                SuggestionRules.redFlag(suggestion.rule)
                        ? Notice.seekCare(note, SuggestionRules.RED_FLAG_NOW.equals(suggestion.rule) ? RedFlag.Urgency.NOW : RedFlag.Urgency.TODAY)
                        : Notice.suggestionReady(note));
    }
}
