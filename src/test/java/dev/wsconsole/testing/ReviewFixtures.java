package dev.wsconsole.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.review.ReviewItem;
import dev.wsconsole.server.review.ReviewItemDraft;
import dev.wsconsole.server.review.ReviewRules;
import dev.wsconsole.server.world.NewEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Review items for tests, queued and claimed through the real store. */
public final class ReviewFixtures {
  private ReviewFixtures() {}

  /** A pending item about a low-confidence medication extraction. */
  public static ReviewItem item(TestApi api, UUID ws) {
    return api.backend.reviewItems().create(ws, new ReviewItemDraft(null, "patient", List.of(), null, "sess-1", 2,
        "low_confidence", Map.of("confidence", 0.42), Map.of("medication", "lisinopril 10 mg")));
  }

  /** A pending item, then claimed by {@code reviewer}. */
  public static ReviewItem claimed(TestApi api, UUID ws, UUID reviewer) {
    ReviewItem item = item(api, ws);
    return api.backend.reviewItems().step(ws, item.id(), reviewer, ReviewRules.Step.CLAIM, Map.of(),
        AuditRecord.allowed(Map.of("kind", "test"), "review.claim", "", "test")).orElseThrow();
  }

  /** A patient of {@code ws} with one voice-extracted medication event, through the world store; returns {entity, event}. */
  public static UUID[] entityWithEvent(TestApi api, UUID ws, String name, double confidence) {
    UUID entity = api.backend.world().ensureEntity(ws, "patient", null, name);
    ObjectNode data = new ObjectMapper().createObjectNode().put("resourceType", "MedicationRequest").put("id", "mr-1")
        .put("medication", "lisinopril 10 mg");
    UUID event = api.backend.world().append(ws, List.of(new NewEvent(entity, "medication.reported", "clinical", "voice",
        confidence, data, null, null, null))).get(0).id();
    return new UUID[] {entity, event};
  }

  /** A pending low-confidence item about a fresh patient's medication event. */
  public static ReviewItem itemWithEvent(TestApi api, UUID ws) {
    UUID[] subject = entityWithEvent(api, ws, "Maria Gonzalez", 0.5);
    return api.backend.reviewItems().create(ws, ReviewItemDraft.lowConfidence(subject[0], "patient", subject[1], 0.5,
        Map.of("medication", "lisinopril 10 mg")));
  }

  /** How many review items {@code ws} holds in {@code status}. */
  public static long count(TestApi api, UUID ws, String status) {
    return api.backend.tx().call(ws, h -> h.createQuery("SELECT count(*) FROM console.review_items"
            + " WHERE workspace_id = :ws AND status = :status")
        .bind("ws", ws).bind("status", status).mapTo(Long.class).one());
  }
}
