package io.restwell.recommendation.rest;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** What the person says about a session: whether they went and how much it relieved (0–10). domain/SessionReport checks it. */
@Schema(name = "SessionOutcomeRequest", description = "Whether the caller went to the session and, if they did, how much it "
        + "relieved their pain. `relief` is required when `attended` is true and must be left out (or null) when it is false.")
public record SessionOutcomeRequest(
        @JsonDeserialize(using = StrictJson.TrueOrFalse.class)
        @Schema(description = "true: I went; false: I did not", example = "true") Boolean attended,
        @Nullable @JsonDeserialize(using = StrictJson.WholeNumber.class)
        @Schema(minimum = "0", maximum = "10", description = "0 (no relief) to 10 (complete relief), a whole number", example = "7")
        Integer relief) {
}
