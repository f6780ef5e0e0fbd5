package dev.wsconsole.server.document;

/** Request bodies shared by agents and context graphs (CreateAgentRequest, UpdateContextGraphRequest...). */
public final class DocumentRequests {
  private DocumentRequests() {}

  /** Create{Agent,ContextGraph}Request: a name (1-256) and an optional description (up to 2000). */
  public record Create(String name, String description) {}

  /** Update{Agent,ContextGraph}Request: each field optional; null leaves it unchanged. */
  public record Update(String name, String description) {}
}
