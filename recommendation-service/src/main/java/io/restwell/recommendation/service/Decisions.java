package io.restwell.recommendation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.RecommendationStatus;
import io.restwell.recommendation.repository.RecommendationRepository;

/** What a person does with a suggestion: read it, dismiss it (which starts the cooldown). */
@ApplicationScoped
public class Decisions {

    private final RecommendationRepository recommendations;

    Decisions(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    /** Another person's suggestion answers exactly like a missing one. */
    public Recommendation find(String userId, UUID id) {
        Recommendation recommendation = recommendations.find("id = ?1 and userId = ?2", id, userId).firstResult();
        if (recommendation == null) {
            throw new NotFoundException();
        }
        return recommendation;
    }

    @Transactional
    public Recommendation dismiss(String userId, UUID id, String reason) {
        Recommendation recommendation = find(userId, id);
        if (recommendation.status == RecommendationStatus.DISMISSED) {
            return recommendation; // dismissing twice is the same as once
        }
        if (recommendation.status != RecommendationStatus.SUGGESTED) {
            throw new ClientErrorException("Only an open suggestion can be dismissed; this one is "
                    + recommendation.status.name().toLowerCase(), 409);
        }
        recommendation.status = RecommendationStatus.DISMISSED;
        recommendation.dismissedAt = OffsetDateTime.now(ZoneOffset.UTC);
        recommendation.dismissReason = reason;
        recommendation.updatedAt = recommendation.dismissedAt;
        return recommendation;
    }
}
