package dev.wsconsole.server.http;

import java.util.List;

/** The platform's paginated list: items, has_more, continuation_token (next offset) and total. */
public record Page<T>(List<T> items, boolean hasMore, Integer continuationToken, Long total) {

  public static <T> Page<T> of(List<T> items, long offset, long total) {
    boolean more = offset + items.size() < total;
    return new Page<>(items, more, more ? (int) (offset + items.size()) : null, total);
  }
}
