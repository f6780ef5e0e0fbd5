package dev.wsconsole.server.world;

import dev.wsconsole.server.world.Projection.Fact;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Entity state as a pure function of its events: per field the highest confidence wins, ties go to the
 * later ingestion (then the larger event id, so the order is total), and superseded events do not count.
 * Because the winner is a maximum over a total order, folding new events in gives what a rebuild gives; the
 * append path folds in SQL (EventAppendStore) by the same order, and WorldStoreTest compares the two.
 */
public final class ProjectionRules {
  private ProjectionRules() {}

  /** Whether {@code challenger} replaces {@code holder} as a field's value. */
  public static boolean beats(Fact challenger, Fact holder) {
    int byConfidence = Float.compare(challenger.confidence(), holder.confidence());
    if (byConfidence != 0) {
      return byConfidence > 0;
    }
    int byTime = challenger.ingestedAt().compareTo(holder.ingestedAt());
    return byTime != 0 ? byTime > 0 : idOrder(challenger.eventId(), holder.eventId()) > 0;
  }

  /**
   * PostgreSQL's uuid order (its 16 bytes compared unsigned), not {@link UUID#compareTo} (signed halves), so
   * the set-based fold in SQL and this rule pick the same winner on a tie of confidence and time (decision 0021).
   */
  static int idOrder(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  /** A rebuild from the full log (or the log up to a point in time). */
  public static Projection project(Collection<StoredEvent> log) {
    Set<UUID> superseded = new HashSet<>();
    for (StoredEvent e : log) {
      if (e.supersedes() != null) {
        superseded.add(e.supersedes());
      }
    }
    Projection p = Projection.empty();
    for (StoredEvent e : log) {
      p = count(p, e);
    }
    for (StoredEvent e : log) {
      if (!superseded.contains(e.id())) {
        p = withFacts(p, e);
      }
    }
    return p;
  }

  private static Projection count(Projection p, StoredEvent e) {
    Instant first = p.firstSeenAt() == null || e.ingestedAt().isBefore(p.firstSeenAt()) ? e.ingestedAt()
        : p.firstSeenAt();
    boolean newest = p.lastEventAt() == null || !e.ingestedAt().isBefore(p.lastEventAt());
    return new Projection(p.fields(), p.eventCount() + 1, first, newest ? e.ingestedAt() : p.lastEventAt(),
        newest ? e.source() : p.source());
  }

  private static Projection withFacts(Projection p, StoredEvent e) {
    Map<String, Fact> fields = new TreeMap<>(p.fields());
    Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = e.data().fields();
    while (it.hasNext()) {
      var field = it.next();
      Fact challenger = new Fact(field.getValue(), e.confidence(), e.ingestedAt(), e.id());
      Fact holder = fields.get(field.getKey());
      if (holder == null || beats(challenger, holder)) {
        fields.put(field.getKey(), challenger);
      }
    }
    return new Projection(fields, p.eventCount(), p.firstSeenAt(), p.lastEventAt(), p.source());
  }
}
