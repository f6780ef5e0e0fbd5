package dev.wsconsole.server.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Rows of a versioned-document store: a parent (agent, context graph) and one immutable version of it. */
public final class DocumentRows {
  private DocumentRows() {}

  /** A live parent with its latest version number and the kind's count over that version. */
  public record Head(UUID id, UUID workspaceId, String name, String description, int latestVersion,
                     int latestCount, Instant createdAt, Instant updatedAt) {}

  /** One version: its number and the document as stored (JSON text). */
  public record Version(UUID id, UUID workspaceId, UUID parentId, int version, String document,
                       Instant createdAt) {}

  /** One page and the total. */
  public record Page<T>(List<T> items, long total) {}

  /** Outcome of a delete. */
  public enum Deletion { DELETED, NOT_FOUND, IN_USE }
}
