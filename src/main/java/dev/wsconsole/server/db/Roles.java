package dev.wsconsole.server.db;

/** Names of the two database roles the product uses, and of its schemas. */
public final class Roles {
  /** NOLOGIN role that owns every schema object; migrations run as it. */
  public static final String OWNER = "console_owner";
  /** LOGIN role the application serves as: not superuser, not BYPASSRLS, owns nothing. */
  public static final String APP = "console_app";
  /** Schema of the tables. */
  public static final String TABLE_SCHEMA = "console";
  /** Schema of the functions (app.current_workspace() and friends). */
  public static final String FUNCTION_SCHEMA = "app";

  private Roles() {}
}
