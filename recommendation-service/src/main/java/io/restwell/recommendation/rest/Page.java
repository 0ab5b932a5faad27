package io.restwell.recommendation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code page} counts from 0; {@code total} is the number of items in all pages. */
@Schema(name = "RecommendationPage")
public record Page<T>(List<T> items, int page, int size, long total) {
}
