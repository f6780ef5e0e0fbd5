package dev.wsconsole.desktop.client;

import java.util.List;

/** One page of a list the server pages: its items, the total when known (-1 otherwise) and where the next starts. */
public record Page<T>(List<T> items, long total, String nextToken) {
  public boolean hasMore() {
    return nextToken != null;
  }
}
