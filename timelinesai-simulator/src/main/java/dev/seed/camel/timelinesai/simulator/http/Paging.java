package dev.seed.camel.timelinesai.simulator.http;

import java.util.List;

/** Page-number pagination at the API's fixed 50 items a page. */
public final class Paging {
    public static final int PAGE_SIZE = 50;

    private Paging() {
    }

    /** The items of a 1-based page. */
    public static <T> List<T> page(List<T> all, int page) {
        int from = (page - 1) * PAGE_SIZE;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }

    public static boolean hasMorePages(List<?> all, int page) {
        return (long) page * PAGE_SIZE < all.size();
    }
}
