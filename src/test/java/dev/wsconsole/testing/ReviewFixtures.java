package dev.wsconsole.testing;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.review.ReviewItem;
import dev.wsconsole.server.review.ReviewItemDraft;
import dev.wsconsole.server.review.ReviewRules;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Review items for tests, queued and claimed through the real store. */
public final class ReviewFixtures {
  private ReviewFixtures() {}

  /** A pending item about a low-confidence medication extraction. */
  public static ReviewItem item(TestApi api, UUID ws) {
    return api.backend.reviewItems.create(ws, new ReviewItemDraft(null, "patient", List.of(), null, "sess-1", 2,
        "low_confidence", Map.of("confidence", 0.42), Map.of("medication", "lisinopril 10 mg")));
  }

  /** A pending item, then claimed by {@code reviewer}. */
  public static ReviewItem claimed(TestApi api, UUID ws, UUID reviewer) {
    ReviewItem item = item(api, ws);
    return api.backend.reviewItems.step(ws, item.id(), reviewer, ReviewRules.Step.CLAIM, Map.of(),
        AuditRecord.allowed(Map.of("kind", "test"), "review.claim", "", "test")).orElseThrow();
  }

  /** How many review items {@code ws} holds in {@code status}. */
  public static long count(TestApi api, UUID ws, String status) {
    return api.backend.tx.call(ws, h -> h.createQuery("SELECT count(*) FROM console.review_items"
            + " WHERE workspace_id = :ws AND status = :status")
        .bind("ws", ws).bind("status", status).mapTo(Long.class).one());
  }
}
