package dev.wsconsole.desktop.world;

import dev.wsconsole.model.wire.WorldViews;
import java.util.UUID;

/** A relationship seen from one of its entities: the other end, its type, and which way the relationship points. */
public record RelationshipEnd(String relationship, UUID otherId, String otherType, boolean outgoing,
                              double confidence) {

  /** {@code r} as seen from {@code self}, its source or its target. */
  public static RelationshipEnd seenFrom(UUID self, WorldViews.Relationship r) {
    boolean outgoing = self.equals(r.sourceEntityId());
    return new RelationshipEnd(r.relationship(), outgoing ? r.targetEntityId() : r.sourceEntityId(),
        outgoing ? r.targetEntityType() : r.sourceEntityType(), outgoing, r.confidence());
  }
}
