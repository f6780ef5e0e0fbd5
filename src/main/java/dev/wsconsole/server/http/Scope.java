package dev.wsconsole.server.http;

/** What a route needs before its handler runs. */
public enum Scope {
  /** No credentials (sign-in, the OpenAPI document, health). */
  PUBLIC,
  /** A valid credential, no workspace: reads an API key may make too (who am I, list my workspaces). */
  USER,
  /**
   * A console sign-in session acting for its account (create a workspace, accept an invitation, sign out):
   * an API key, bound to one workspace, is refused with a 403 (decision 0032).
   */
  ACCOUNT,
  /** A valid credential with the route's permission in the path's {workspace_id}. */
  WORKSPACE
}
