package dev.wsconsole.server.promotion;

import dev.wsconsole.server.document.DocumentKind;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Brings one agent or context graph of the target up to the source's, in the target's transaction: the
 * document is created when the target has none of that name, each version a source service pins is
 * appended unless the target already holds the same content, and the source's latest becomes the
 * target's latest. Versions are only ever appended, never rewritten (decision 0006).
 */
final class DocumentWriteStore {
  private DocumentWriteStore() {}

  /** Writes the document and returns the target's version number of each content digest. */
  static Map<String, Integer> write(Handle h, UUID ws, DocumentKind kind, String name, DocumentState from,
                                    DocumentState to, Collection<String> pinned) {
    UUID id = to != null ? to.id() : UUID.randomUUID();
    Map<String, Integer> numbers = new LinkedHashMap<>(to != null ? to.versionByDigest() : Map.of());
    if (to == null) {
      h.createUpdate("INSERT INTO " + kind.table() + " (workspace_id, id, name, description)"
              + " VALUES (:ws, :id, :name, :description)")
          .bind("ws", ws).bind("id", id).bind("name", name).bind("description", from.description()).execute();
    } else if (!from.description().equals(to.description())) {
      h.createUpdate("UPDATE " + kind.table() + " SET description = :description, updated_at = now()"
              + " WHERE workspace_id = :ws AND id = :id")
          .bind("description", from.description()).bind("ws", ws).bind("id", id).execute();
    }
    pinned.stream().filter(d -> d != null && !numbers.containsKey(d) && from.documentByDigest().containsKey(d))
        .sorted(Comparator.comparing(d -> from.versionByDigest().get(d)))
        .forEach(d -> numbers.put(d, append(h, ws, kind, id, from.documentByDigest().get(d))));
    String latest = from.latestDigest();
    String targetLatest = to != null ? to.latestDigest() : null;
    if (latest != null && !latest.equals(targetLatest) && !isLatest(numbers, latest)) {
      numbers.put(latest, append(h, ws, kind, id, from.documentByDigest().get(latest)));
    }
    return numbers;
  }

  /** True when {@code digest} is the highest version number appended or held so far. */
  private static boolean isLatest(Map<String, Integer> numbers, String digest) {
    Integer n = numbers.get(digest);
    return n != null && numbers.values().stream().allMatch(v -> v <= n);
  }

  private static int append(Handle h, UUID ws, DocumentKind kind, UUID parent, String document) {
    int version = h.createQuery("UPDATE " + kind.table() + " SET latest_version = latest_version + 1,"
            + " updated_at = now() WHERE workspace_id = :ws AND id = :id RETURNING latest_version")
        .bind("ws", ws).bind("id", parent).mapTo(Integer.class).one();
    h.createUpdate("INSERT INTO " + kind.versionTable() + " (workspace_id, id, " + kind.parentColumn()
            + ", version, document) VALUES (:ws, :id, :parent, :version, CAST(:doc AS jsonb))")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("parent", parent).bind("version", version)
        .bind("doc", document).execute();
    return version;
  }
}
