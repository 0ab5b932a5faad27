package io.restwell.booking.rest.catalog;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of open slots ({@code page} counts from 0; {@code total} counts the items in all pages). */
@Schema(name = "SlotPage")
public record SlotPage(List<SlotResponse> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "1") long total) {
}
