package io.restwell.platform.defaults.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a list, as a use case returns it: the items, which page of which size, and how many
 * items there are in all. Resources turn it into the API's paged answer ({@code items}, {@code page},
 * {@code size}, {@code total}).
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page of {@code items} read from position {@code first} (0-based) with at most {@code size} per page.
     * All matches are counted ({@code countAll}: a second query, the dearer one) only when the items do not tell:
     * a page that is not full is the last one, so the total is what lies before it plus its items. A person's
     * list is usually one short page, polled often.
     */
    public static <T> Page<T> read(long first, int size, List<T> items, LongSupplier countAll) {
        boolean last = items.size() < size && (!items.isEmpty() || first == 0);
        return new Page<>(items, (int) (first / size), size, last ? first + items.size() : countAll.getAsLong());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
