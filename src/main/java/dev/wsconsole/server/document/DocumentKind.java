package dev.wsconsole.server.document;

/**
 * Which versioned documents a {@link DocumentStore} keeps: the parent table, its append-only version
 * table, the column naming the parent (also used by services), the audit name, and an SQL expression
 * over the latest version {@code v} that the list shows as a count (or {@code 0}).
 */
public record DocumentKind(String table, String versionTable, String parentColumn, String auditName,
                           String latestCountSql) {

  public static final DocumentKind AGENT =
      new DocumentKind("console.agents", "console.agent_versions", "agent_id", "agent", "0");

  public static final DocumentKind CONTEXT_GRAPH = new DocumentKind("console.context_graphs",
      "console.context_graph_versions", "context_graph_id", "context_graph",
      "COALESCE(jsonb_array_length(v.document -> 'states'), 0)");
}
