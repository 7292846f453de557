package dev.seed.camel.timelinesai.simulator.waba.api;

import java.util.List;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.Paging;
import dev.seed.camel.timelinesai.simulator.http.QueryParams;

/** Page-number pagination of the WABA lists: 50 a page, or {@code size} (1–500) where the spec allows it. */
record WabaPaging(int page, int size) {
    static final int MAX_SIZE = 500;

    /** The fixed page size of 50. */
    static WabaPaging of(QueryParams q) {
        return new WabaPaging(q.page(), Paging.PAGE_SIZE);
    }

    /** 50 a page unless {@code size} overrides it. */
    static WabaPaging withSize(QueryParams q) {
        String raw = q.string("size");
        if (raw == null) {
            return of(q);
        }
        int size;
        try {
            size = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiException.validation("size", "Not a valid integer.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.validation("size", "Must be greater than or equal to 1 and less than or equal to "
                    + MAX_SIZE + ".");
        }
        return new WabaPaging(q.page(), size);
    }

    <T> List<T> items(List<T> all) {
        long from = (long) (page - 1) * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    boolean hasMore(List<?> all) {
        return (long) page * size < all.size();
    }
}
