package dev.wsconsole.server.http;

/** What a route needs before its handler runs. */
public enum Scope {
  /** No credentials (sign-in, the OpenAPI document, health). */
  PUBLIC,
  /** A valid credential, no workspace (list my workspaces, create one, who am I). */
  USER,
  /** A valid credential with the route's permission in the path's {workspace_id}. */
  WORKSPACE
}
