package io.restwell.platform.defaults.problem;

/**
 * The catalogue of problem types every Restwell service answers with: the type URI
 * ({@value #PREFIX} + slug), its title, and the status it usually goes with. A service adds its own
 * types for its own failures (e.g. a taken slot) with {@link Problems#type(String)}; it never answers
 * one of these failures with another type.
 */
public enum ProblemType {
    /** Fields that break the request's shape (400) or a rule (422); {@code errors} names each field. */
    VALIDATION_FAILED("validation-failed", "Validation failed", 400),
    /** A body that is not JSON, has a wrong type, an unknown enum value or a NUL in a text. */
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    /** Someone else changed the same data first (optimistic lock, unique or exclusion constraint, lost race). */
    CONFLICT("conflict", "Conflict", 409),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    INTERNAL("internal", "Internal error", 500),
    /** The database could not be had in time (a rush that filled the pool, a restart): nothing was done; retry. */
    TEMPORARILY_UNAVAILABLE("temporarily-unavailable", "Temporarily unavailable", 503);

    public static final String PREFIX = "https://restwell.dev/problems/";

    public final String slug;
    public final String title;
    public final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    /** The {@code type} member: {@code https://restwell.dev/problems/<slug>}. */
    public String uri() {
        return PREFIX + slug;
    }
}
