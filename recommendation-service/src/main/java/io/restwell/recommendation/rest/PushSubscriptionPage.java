package io.restwell.recommendation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the caller's push subscriptions ({@code page} counts from 0; {@code total} counts the items in all pages). */
@Schema(name = "PushSubscriptionPage")
public record PushSubscriptionPage(List<PushSubscriptionResponse> items, @Schema(example = "0") int page,
        @Schema(example = "20") int size, @Schema(example = "1") long total) {
}
