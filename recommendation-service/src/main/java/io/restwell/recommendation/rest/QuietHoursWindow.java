package io.restwell.recommendation.rest;

import java.time.LocalTime;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sleep window in the person's time zone: nothing is pushed from {@code from} until {@code to} (across midnight when earlier). */
@Schema(name = "QuietHoursWindow", description = "When nothing is pushed, on the person's clock: from `from` until `to` (the next day when "
        + "`to` is earlier). Both are required when the object is sent.")
public record QuietHoursWindow(
        @Nullable @Schema(type = SchemaType.STRING, format = "local-time", example = "22:30:00") LocalTime from,
        @Nullable @Schema(type = SchemaType.STRING, format = "local-time", example = "07:00:00") LocalTime to) {
}
