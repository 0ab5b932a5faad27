package io.restwell.recommendation.domain;

/** One field of a request that breaks a rule, named as the client named it (its JSON path), and why. */
public record FieldViolation(String field, String message) {
}
