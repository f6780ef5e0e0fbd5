package dev.wsconsole.desktop.isolation;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids of subgraphs and nodes: safe in mermaid text, SVG and JavaFX css ids alike. */
public final class DiagramIds {
  private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private DiagramIds() {}

  static void requireValid(String id) {
    if (id == null || !VALID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a diagram id: '" + id + "'");
    }
  }

  /** The subgraph id of a workspace: {@code ws_} and its UUID without dashes. */
  public static String workspace(UUID workspaceId) {
    return "ws_" + workspaceId.toString().replace("-", "");
  }

  /** Reads {@link #workspace(UUID)} back. */
  public static UUID workspaceUuid(String key) {
    String hex = key.startsWith("ws_") ? key.substring(3) : "";
    if (!hex.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("not a workspace subgraph id: '" + key + "'");
    }
    return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
  }

  public static String node(String workspaceKey, ResourceKind kind) {
    return workspaceKey + "_" + kind.idSuffix();
  }
}
