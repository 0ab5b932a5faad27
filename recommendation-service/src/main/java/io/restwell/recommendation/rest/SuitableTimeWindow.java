package io.restwell.recommendation.rest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuitableTime", description = "Days and a time of day that suit the person, in their time zone: a session "
        + "starts at or after `from` and ends by `to`.")
public record SuitableTimeWindow(
        @Schema(required = true, minItems = 1, example = "[\"TUESDAY\", \"THURSDAY\"]") List<DayOfWeek> days,
        @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "local-time",
                example = "18:00:00") LocalTime from,
        @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "local-time",
                example = "21:00:00") LocalTime to) {
}
