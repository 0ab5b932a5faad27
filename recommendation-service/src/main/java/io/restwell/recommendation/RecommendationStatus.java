package io.restwell.recommendation;

/** Where a suggestion stands: it starts {@code SUGGESTED} and ends in one of the other three. */
public enum RecommendationStatus {
    SUGGESTED,
    ACCEPTED,
    DISMISSED,
    EXPIRED
}
