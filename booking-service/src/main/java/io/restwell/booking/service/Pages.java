package io.restwell.booking.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.restwell.platform.defaults.paging.Page;

/** Runs a repository's query for one window of results: what list use cases return. */
final class Pages {

    private Pages() {
    }

    /** Up to {@code max} results from the {@code first} (0-based), with the total count of matches. */
    static <T> Page<T> window(PanacheQuery<T> query, int first, int max) {
        query.range(first, first + max - 1);
        return Page.read(first, max, query.list(), query::count);
    }
}
