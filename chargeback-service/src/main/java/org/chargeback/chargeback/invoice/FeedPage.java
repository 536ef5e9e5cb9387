package org.chargeback.chargeback.invoice;

import java.util.List;

/**
 * One page of a feed.
 *
 * @param nextCursor where the next page starts: after the last item, or the {@code after} sent when the page is empty;
 *                   never null, so a reader can always store it and resume or poll from it
 * @param hasMore    whether more items were already there when this page was read
 */
public record FeedPage<T>(List<T> items, String nextCursor, boolean hasMore) {
}
