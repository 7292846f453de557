package dev.seed.camel.timelinesai.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Reads a page-numbered list from the first page asked for (the page option or header) and, with followPages,
 * the following ones while {@code has_more_pages} is true, up to maxPages; sets the paging headers.
 */
final class PageNumberReader<P, T> {
    private final Function<P, List<T>> items;
    private final Function<P, Boolean> hasMore;
    private final BiFunction<Boolean, List<T>, P> combine;

    /** {@code combine} builds one page of everything read, from the last page's has-more flag and the items. */
    PageNumberReader(Function<P, List<T>> items, Function<P, Boolean> hasMore, BiFunction<Boolean, List<T>, P> combine) {
        this.items = items;
        this.hasMore = hasMore;
        this.combine = combine;
    }

    /** Reads with {@code fetch} (page number to page) and puts the result and the paging headers on the exchange. */
    void read(Params p, IntFunction<P> fetch) {
        int first = ChatOperations.firstPage(p);
        boolean follow = p.config().getChatListOptions().isFollowPages();
        int maxPages = p.config().getChatListOptions().getMaxPages();
        List<T> all = new ArrayList<>();
        P current;
        int read = 0;
        do {
            current = fetch.apply(first + read);
            all.addAll(items.apply(current));
            read++;
        } while (follow && hasMore.apply(current) && !items.apply(current).isEmpty() && read < maxPages);
        boolean more = hasMore.apply(current);
        ChatOperations.pageHeaders(p, more, read, all.size());
        p.setBody(read == 1 ? current : combine.apply(more, all));
    }
}
