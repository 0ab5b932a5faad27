package io.restwell.platform.defaults.paging;

/**
 * The bounds of every paged list's {@code page} and {@code size} (docs/architecture.md, "Public API
 * conventions"), and where a page starts. With both bounded, {@code page × size} stays far inside an
 * {@code int}, so no offset overflows into a negative one (which answered 500); a page past the bound is
 * refused as a 400 naming {@code page}, a page inside it past the end is empty.
 */
public final class Paging {

    /** The highest page number (from 0): 100 000 pages of 100 is ten million items, more than any list holds. */
    public static final int MAX_PAGE = 100_000;
    /** {@link #MAX_PAGE} as text, for the OpenAPI {@code maximum} of a {@code page} parameter. */
    public static final String MAX_PAGE_TEXT = "" + MAX_PAGE;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** The furthest first item of an offset-paged list (FHIR's {@code _offset}): the last item of the last page. */
    public static final int MAX_OFFSET = MAX_PAGE * MAX_SIZE;
    public static final String MAX_OFFSET_TEXT = "" + MAX_OFFSET;

    private Paging() {
    }

    /** Whether a page number is one a client may ask for. */
    public static boolean validPage(long page) {
        return page >= 0 && page <= MAX_PAGE;
    }

    public static boolean validSize(long size) {
        return size >= 1 && size <= MAX_SIZE;
    }

    /** The index of the page's first item; refuses numbers outside the bounds rather than overflow. */
    public static int firstIndex(int page, int size) {
        if (!validPage(page) || !validSize(size)) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is outside the paging bounds");
        }
        return page * size;
    }
}
