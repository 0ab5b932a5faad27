package io.restwell.booking.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(format = "uri", example = "https://restwell.dev/problems/not-found") String type,
        @Schema(example = "Not found") String title,
        @Schema(example = "404") int status,
        @Schema(example = "No booking 7a1c… for you.") String detail,
        @Schema(description = "The request path.", example = "/api/v1/bookings/7a1c…") String instance,
        @Schema(description = "Field-level messages; only for validation failures.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "https://restwell.dev/problems/";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "notes") String field,
            @Schema(example = "size must be between 0 and 2000") String message) {
    }
}
