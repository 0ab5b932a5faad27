package io.restwell.recommendation.mapping;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.RecommendationStatus;
import io.restwell.recommendation.domain.OfferedSlot;
import io.restwell.recommendation.domain.SuggestionLifetime;
import io.restwell.recommendation.rest.RecommendationResponse;
import io.restwell.recommendation.rest.SlotResponse;

public final class RecommendationMapper {

    private static final TypeReference<List<OfferedSlot>> SLOTS = new TypeReference<>() {
    };

    static final String NONE_IN_REACH = "No partner clinic within your travel radius has this session in the coming week; "
            + "the nearest options are further away.";

    private RecommendationMapper() {
    }

    public static RecommendationResponse toResponse(Recommendation recommendation, ObjectMapper json) {
        return new RecommendationResponse(recommendation.id, recommendation.status, recommendation.sessionTypeCode,
                recommendation.seeClinician, recommendation.explanation,
                recommendation.selfCare == null || recommendation.selfCare.isBlank() ? List.of()
                        : Arrays.asList(recommendation.selfCare.split("\n")),
                recommendation.triggeringEntryId, recommendation.ruleVersion, recommendation.rule,
                recommendation.createdAt, recommendation.expiresAt, bookable(recommendation, json).stream()
                        .map(RecommendationMapper::toResponse).toList(),
                nearestOptions(recommendation, json).stream().map(RecommendationMapper::toResponse).toList(),
                recommendation.noneInReach && recommendation.status == RecommendationStatus.SUGGESTED ? NONE_IN_REACH : null,
                recommendation.slotsStatus.name(),
                recommendation.bookingId);
    }

    public static SlotResponse toResponse(OfferedSlot slot) {
        return new SlotResponse(slot.therapistId(), slot.clinicId(), slot.sessionType(), slot.start(), slot.end(),
                slot.distanceKm() == null ? null : Math.round(slot.distanceKm() * 100) / 100.0, slot.explanation());
    }

    /** The nearest options beyond the person's radius, while the suggestion is open and they are still ahead. */
    public static List<OfferedSlot> nearestOptions(Recommendation recommendation, ObjectMapper json) {
        if (recommendation.status != RecommendationStatus.SUGGESTED) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        try {
            return json.readValue(recommendation.nearestOptions, SLOTS).stream()
                    .filter(slot -> SuggestionLifetime.stillBookable(slot, now)).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored nearest options of " + recommendation.id + " are not readable", e);
        }
    }

    /** The slots still shown as bookable: an open suggestion's future ones; nothing once it is closed. */
    public static List<OfferedSlot> bookable(Recommendation recommendation, ObjectMapper json) {
        if (recommendation.status != RecommendationStatus.SUGGESTED) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        return slots(recommendation, json).stream().filter(slot -> SuggestionLifetime.stillBookable(slot, now)).toList();
    }

    public static List<OfferedSlot> slots(Recommendation recommendation, ObjectMapper json) {
        try {
            return json.readValue(recommendation.slots, SLOTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored slots of " + recommendation.id + " are not readable", e);
        }
    }
}
