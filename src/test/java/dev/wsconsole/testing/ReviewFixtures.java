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

  /** An entity of {@code ws} with one voice-extracted event (written as console_app); returns {entity, event}. */
  public static UUID[] entityWithEvent(TestApi api, UUID ws, String name, double confidence) {
    UUID entity = UUID.randomUUID();
    UUID event = UUID.randomUUID();
    api.backend.tx.run(ws, h -> {
      h.createUpdate("INSERT INTO console.entities (workspace_id, id, entity_type, display_name)"
          + " VALUES (:ws, :id, 'patient', :name)").bind("ws", ws).bind("id", entity).bind("name", name).execute();
      h.createUpdate("INSERT INTO console.events (workspace_id, id, entity_id, event_type, domain, source,"
              + " confidence, data) VALUES (:ws, :id, :entity, 'medication.reported', 'clinical', 'voice',"
              + " :confidence, CAST(:data AS jsonb))")
          .bind("ws", ws).bind("id", event).bind("entity", entity).bind("confidence", (float) confidence)
          .bind("data", "{\"resourceType\": \"MedicationRequest\", \"id\": \"mr-1\", \"medication\": \"lisinopril\"}")
          .execute();
    });
    return new UUID[] {entity, event};
  }

  /** How many review items {@code ws} holds in {@code status}. */
  public static long count(TestApi api, UUID ws, String status) {
    return api.backend.tx.call(ws, h -> h.createQuery("SELECT count(*) FROM console.review_items"
            + " WHERE workspace_id = :ws AND status = :status")
        .bind("ws", ws).bind("status", status).mapTo(Long.class).one());
  }
}
