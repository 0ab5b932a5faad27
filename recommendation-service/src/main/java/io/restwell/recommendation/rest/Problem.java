package io.restwell.recommendation.rest;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every 4xx and 5xx (DESIGN.md, "Errors"). */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(example = "https://restwell.dev/problems/validation-failed") URI type,
        @Schema(example = "Some fields are not valid") String title,
        @Schema(example = "422") int status,
        @Schema(example = "status: only an open suggestion can be dismissed") String detail,
        @Schema(example = "/api/v1/recommendations") String instance,
        @Schema(description = "One item per invalid field, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "size") String field,
            @Schema(example = "must be less than or equal to 100") String message) {
    }

    static URI type(String kind) {
        return URI.create("https://restwell.dev/problems/" + kind);
    }
}
