package dev.wsconsole.server.review;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.ReviewViews;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.FieldRules;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/review-queue: list, get, claim, unclaim, approve, reject, correct. */
public final class ReviewHandlers {
  private static final Map<String, String> SORTABLE = Map.of("created_at", "created_at", "priority", "priority",
      "status", "status", "reason", "reason");
  private final ReviewItemStore items;
  private final ReviewSubjectStore subjects;
  private final ReviewCorrectionStore corrections;

  public ReviewHandlers(ReviewItemStore items, ReviewSubjectStore subjects, ReviewCorrectionStore corrections) {
    this.items = items;
    this.subjects = subjects;
    this.corrections = corrections;
  }

  public Object list(ApiCall call) {
    String sortBy = call.query("sort_by") == null ? "created_at" : call.query("sort_by");
    FieldRules.oneOf(sortBy, List.of("query", "sort_by"), List.copyOf(new java.util.TreeSet<>(SORTABLE.keySet())));
    String order = call.query("sort_order") == null ? "asc" : call.query("sort_order");
    FieldRules.oneOf(order, List.of("query", "sort_order"), List.of("asc", "desc"));
    String priority = call.query("priority");
    ReviewFilter filter = new ReviewFilter(
        FieldRules.oneOf(call.query("status"), List.of("query", "status"), ReviewItem.STATUSES),
        call.query("entity_type"), priority == null ? null : call.queryInt("priority", 0, Integer.MIN_VALUE,
            Integer.MAX_VALUE), call.query("reason"), call.query("assigned_to"),
        Params.instant(List.of("query", "created_after"), call.query("created_after")),
        Params.instant(List.of("query", "created_before"), call.query("created_before")),
        SORTABLE.get(sortBy), order.equals("desc"));
    int limit = call.queryInt("limit", 10, 1, 20);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    ReviewItemStore.Page page = items.list(call.workspaceId(), filter, limit, offset);
    return Page.of(page.items().stream().map(ReviewMapping::item).toList(), offset, page.total());
  }

  public Object get(ApiCall call) {
    ReviewItem item = items.get(call.workspaceId(), id(call)).orElseThrow(ReviewHandlers::notFound);
    return ReviewMapping.item(item, subjects.of(call.workspaceId(), item));
  }

  public Object claim(ApiCall call) {
    ReviewItem item = step(call, ReviewRules.Step.CLAIM, Map.of());
    return new ReviewViews.ClaimResponse(item.id().toString(), item.claimedBy().toString(), item.status());
  }

  public Object unclaim(ApiCall call) {
    ReviewItem item = step(call, ReviewRules.Step.UNCLAIM, Map.of());
    return new ReviewViews.ClaimResponse(item.id().toString(), "", item.status());
  }

  public Object approve(ApiCall call) {
    return ReviewMapping.item(step(call, ReviewRules.Step.APPROVE, ReviewRequestParsing.approve(call)));
  }

  public Object reject(ApiCall call) {
    return ReviewMapping.item(step(call, ReviewRules.Step.REJECT, ReviewRequestParsing.reject(call)));
  }

  /** Closes the item as corrected and writes the corrected event into the world model, superseding the reviewed one. */
  public Object correct(ApiCall call) {
    UUID id = id(call);
    Map<String, Object> resolution = ReviewRequestParsing.correct(call);
    return ReviewMapping.item(answer(() -> corrections.correct(call.workspaceId(), id,
        call.principal().userId(), resolution, audit(call, ReviewRules.Step.CORRECT, id))));
  }

  private ReviewItem step(ApiCall call, ReviewRules.Step step, Map<String, Object> resolution) {
    UUID id = id(call);
    return answer(() -> items.step(call.workspaceId(), id, call.principal().userId(), step, resolution,
        audit(call, step, id)));
  }

  private static ReviewItem answer(java.util.function.Supplier<java.util.Optional<ReviewItem>> work) {
    try {
      return work.get().orElseThrow(ReviewHandlers::notFound);
    } catch (ReviewItemStore.Conflict e) {
      throw DomainException.conflict(e.getMessage());
    }
  }

  private static AuditRecord audit(ApiCall call, ReviewRules.Step step, UUID id) {
    return AuditRecord.allowed(call.actor(), "review." + step.name().toLowerCase(), "review_item:" + id,
        call.requestId());
  }

  private static UUID id(ApiCall call) {
    return call.pathUuid("item_id");
  }

  private static DomainException notFound() {
    return DomainException.notFound("Review item");
  }
}
