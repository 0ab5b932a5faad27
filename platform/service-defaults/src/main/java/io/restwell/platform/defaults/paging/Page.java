package io.restwell.platform.defaults.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as a use case returns it: the items, which page of which size, and how many
 * items there are in all. Resources turn it into the API's paged answer ({@code items}, {@code page},
 * {@code size}, {@code total}).
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
