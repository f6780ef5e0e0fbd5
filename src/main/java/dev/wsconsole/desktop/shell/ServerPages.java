package dev.wsconsole.desktop.shell;

import dev.wsconsole.model.Page;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list the server pages with continuation tokens: one page in memory at a time, next and previous,
 * and a "11–20 of 43" label. Never loads the whole list.
 */
public final class ServerPages<T> {
  private final BackgroundCalls calls;
  private final Function<Integer, Page<T>> fetch;
  private final ObservableList<T> items = FXCollections.observableArrayList();
  // One read-only view for every caller: a view listens to items weakly, so a fresh view per call
  // could be garbage-collected together with the listeners a caller added to it.
  private final ObservableList<T> view = FXCollections.unmodifiableObservableList(items);
  private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
  private final Deque<Integer> previousTokens = new ArrayDeque<>();
  private Integer currentToken;
  private Integer nextToken;

  /** {@code fetch} reads the page starting at a token (null: the first page). */
  public ServerPages(BackgroundCalls calls, Function<Integer, Page<T>> fetch) {
    this.calls = calls;
    this.fetch = fetch;
  }

  public ObservableList<T> items() {
    return view;
  }

  public ReadOnlyStringProperty labelProperty() {
    return label.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasNextProperty() {
    return hasNext.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasPreviousProperty() {
    return hasPrevious.getReadOnlyProperty();
  }

  /** Reads the current page again. */
  public void reload() {
    show(currentToken);
  }

  /** Goes back to the first page (after the filter changed). */
  public void first() {
    previousTokens.clear();
    show(null);
  }

  public void next() {
    if (nextToken != null) {
      previousTokens.push(currentToken == null ? 0 : currentToken);
      show(nextToken);
    }
  }

  public void previous() {
    if (!previousTokens.isEmpty()) {
      int token = previousTokens.pop();
      show(token == 0 ? null : token);
    }
  }

  /** Forgets the page (the console locks). */
  public void clear() {
    items.clear();
    label.set("");
  }

  private void show(Integer token) {
    calls.run(() -> fetch.apply(token), page -> shown(token, page));
  }

  private void shown(Integer token, Page<T> page) {
    currentToken = token;
    nextToken = page.hasMore() ? page.continuationToken() : null;
    items.setAll(page.items());
    int first = token == null ? 0 : token;
    label.set(page.items().isEmpty() ? "None" : (first + 1) + "–" + (first + page.items().size())
        + (page.total() != null ? " of " + page.total() : ""));
    hasNext.set(nextToken != null);
    hasPrevious.set(!previousTokens.isEmpty());
  }
}
