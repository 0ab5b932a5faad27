package io.restwell.booking.service;

/** The kinds of problem the API answers with; the last segment of a problem's {@code type} URI. */
public enum ProblemKind {
    VALIDATION_FAILED("validation-failed", "Validation failed"),
    MALFORMED_REQUEST("malformed-request", "Malformed request"),
    UNAUTHORIZED("unauthorized", "Unauthorized"),
    FORBIDDEN("forbidden", "Forbidden"),
    NOT_FOUND("not-found", "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
    CONFLICT("conflict", "Conflict"),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
    INTERNAL("internal", "Internal error");

    public final String slug;
    public final String title;

    ProblemKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }
}
