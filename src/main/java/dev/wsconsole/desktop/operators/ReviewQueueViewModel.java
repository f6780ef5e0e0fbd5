package dev.wsconsole.desktop.operators;

import dev.wsconsole.desktop.client.ReviewQueueApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.ReviewViews.ReviewItemResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The review queue a page at a time, filtered by status on the server, and the open item: claim,
 * release, approve, reject, or correct it (the corrected data becomes a new world event that supersedes
 * the reviewed one). The server decides who may do what; a refusal comes back as its detail.
 */
public final class ReviewQueueViewModel {
  static final int PAGE_SIZE = 10;
  private final PageContext context;
  private final ReviewQueueApi api;
  private final UUID ws;
  private final ServerPages<ReviewItemResponse> pages;
  private final ReadOnlyObjectWrapper<ReviewItemResponse> open = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private String status;

  public ReviewQueueViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().operations().reviewQueue();
    this.ws = context.workspace().id();
    this.pages = new ServerPages<>(context.calls(), token -> api.list(ws, status, PAGE_SIZE, token));
  }

  public ServerPages<ReviewItemResponse> pages() {
    return pages;
  }

  /** The item shown in detail (read one by one, with its entity's current state), or null. */
  public ReadOnlyObjectProperty<ReviewItemResponse> openProperty() {
    return open.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public boolean mayAct() {
    return context.may(Permission.REVIEW_ACT);
  }

  /** Whether the signed-in reviewer holds {@code item}. */
  public boolean mine(ReviewItemResponse item) {
    return item != null && context.userId() != null && context.userId().toString().equals(item.assignedTo());
  }

  public void load() {
    pages.reload();
  }

  /** Shows items in {@code status} only (null: all), from the first page. */
  public void filter(String newStatus) {
    status = newStatus;
    pages.first();
  }

  public void open(ReviewItemResponse item) {
    if (item == null) {
      open.set(null);
    } else {
      context.calls().run(() -> api.get(ws, item.id()), open::set);
    }
  }

  public void claim() {
    step("Claimed", id -> {
      api.claim(ws, id);
      return true;
    });
  }

  public void unclaim() {
    step("Released", id -> {
      api.unclaim(ws, id);
      return true;
    });
  }

  public void approve(String notes) {
    step("Approved", id -> api.approve(ws, id, notes));
  }

  public void reject(String reason) {
    step("Rejected", id -> api.reject(ws, id, reason == null ? "" : reason.strip()));
  }

  /** Corrects the open item with {@code corrected} (field to value); notes are optional. */
  public void correct(Map<String, Object> corrected, String notes) {
    step("Corrected", id -> api.correct(ws, id, corrected, notes));
  }

  private void step(String done, java.util.function.Function<UUID, Object> action) {
    ReviewItemResponse item = open.get();
    if (item == null) {
      return;
    }
    Supplier<ReviewItemResponse> work = () -> {
      action.apply(item.id());
      return api.get(ws, item.id());
    };
    context.calls().run(work, after -> {
      open.set(after);
      message.set(done + " the " + item.reason().replace('_', ' ') + " item");
      pages.reload();
    }, failed -> open(item));
  }
}
