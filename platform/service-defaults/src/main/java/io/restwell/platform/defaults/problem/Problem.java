package io.restwell.platform.defaults.problem;

import java.util.List;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, the body of every 4xx and 5xx answer. One class for every service, so the
 * {@code Problem} schema of each service's OpenAPI document is the same one. Empty members are left out
 * ({@code NON_EMPTY}), so the {@code @Nullable} ones are optional in the document.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(format = "uri", example = "https://restwell.dev/problems/validation-failed") String type,
        @Schema(example = "Validation failed") String title,
        @Schema(example = "400") int status,
        @Schema(example = "size: must be less than or equal to 100") @Nullable String detail,
        @Schema(description = "The request path; left out when it is too long to repeat.", example = "/api/v1/things/7a1c…") @Nullable String instance,
        @Schema(description = "Field-level messages; only for validation failures.") @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = ProblemType.PREFIX;

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "size") String field,
            @Schema(example = "must be less than or equal to 100") String message) {
    }
}
