package io.restwell.platform.defaults.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

class PageTest {

    private final AtomicInteger counted = new AtomicInteger();

    private LongSupplier countAll(long total) {
        return () -> {
            counted.incrementAndGet();
            return total;
        };
    }

    @Test
    void aPageThatIsNotFullIsTheLastSoItsTotalNeedsNoCount() {
        Page<String> page = Page.read(40, 20, List.of("a", "b", "c"), countAll(999));
        assertEquals(43, page.total());
        assertEquals(2, page.page());
        assertEquals(0, counted.get());
        assertEquals(0, Page.read(0, 20, List.<String>of(), countAll(999)).total(), "nothing at all");
        assertEquals(0, counted.get());
    }

    @Test
    void aFullPageOrAnEmptyOneFurtherOnIsCounted() {
        assertEquals(57, Page.read(0, 2, List.of("a", "b"), countAll(57)).total());
        assertEquals(57, Page.read(100, 20, List.<String>of(), countAll(57)).total(), "past the end: the total still says how many");
        assertEquals(2, counted.get());
    }
}
