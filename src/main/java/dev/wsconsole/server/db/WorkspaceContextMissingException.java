package dev.wsconsole.server.db;

/** Tenant work was asked for without a workspace; raised before any SQL runs. */
public final class WorkspaceContextMissingException extends IllegalStateException {
  /** Stable code for logs and API mapping. */
  public static final String CODE = "WORKSPACE_CONTEXT_MISSING";

  public WorkspaceContextMissingException() {
    super(CODE + ": tenant SQL needs a workspace context");
  }
}
