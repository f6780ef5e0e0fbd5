package dev.wsconsole.server.promotion;

import dev.wsconsole.server.document.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Reads a workspace's live agents or context graphs with every version, by name, in the caller's transaction. */
final class DocumentSnapshotStore {
  private DocumentSnapshotStore() {}

  private record Row(UUID id, String name, String description, int latest, int version, String document) {}

  static SortedMap<String, DocumentState> read(Handle h, UUID ws, DocumentKind kind) {
    var rows = h.createQuery("SELECT p.id, p.name, p.description, p.latest_version, v.version, v.document::text AS doc"
            + " FROM " + kind.table() + " p LEFT JOIN " + kind.versionTable() + " v ON v.workspace_id = p.workspace_id"
            + " AND v." + kind.parentColumn() + " = p.id WHERE p.workspace_id = :ws AND p.deleted_at IS NULL"
            + " ORDER BY p.name, v.version")
        .bind("ws", ws)
        .map((rs, ctx) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
            rs.getInt("latest_version"), rs.getInt("version"), rs.getString("doc")))
        .list();
    Map<String, Map<String, Integer>> versions = new LinkedHashMap<>();
    Map<String, Map<String, String>> documents = new LinkedHashMap<>();
    Map<String, Row> heads = new LinkedHashMap<>();
    Map<String, String> latest = new LinkedHashMap<>();
    for (Row r : rows) {
      heads.putIfAbsent(r.name(), r);
      versions.computeIfAbsent(r.name(), n -> new LinkedHashMap<>());
      documents.computeIfAbsent(r.name(), n -> new LinkedHashMap<>());
      if (r.document() != null) {
        String digest = digest(r.document());
        versions.get(r.name()).putIfAbsent(digest, r.version());
        documents.get(r.name()).putIfAbsent(digest, r.document());
        if (r.version() == r.latest()) {
          latest.put(r.name(), digest);
        }
      }
    }
    SortedMap<String, DocumentState> out = new TreeMap<>();
    heads.forEach((name, head) -> out.put(name, new DocumentState(head.id(), head.description(), latest.get(name),
        versions.get(name), documents.get(name))));
    return out;
  }

  /** The SHA-256 of a document's canonical text (jsonb prints keys in one order, so equal documents match). */
  static String digest(String canonicalJson) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:" + HexFormat.of().formatHex(sha.digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
