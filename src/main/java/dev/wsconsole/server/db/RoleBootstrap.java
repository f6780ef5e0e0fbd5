package dev.wsconsole.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates or repairs the two roles and the two schemas, as the administering role.
 *
 * <p>Idempotent: every start re-asserts the attributes, so a role someone made superuser or
 * BYPASSRLS by hand is put back (and the startup lint would refuse it anyway).
 */
public final class RoleBootstrap {
  private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{24,128}");

  private RoleBootstrap() {}

  public static void apply(Connection admin, String database, String appPassword) throws SQLException {
    if (!SAFE_PASSWORD.matcher(appPassword).matches()) {
      // Role passwords cannot be bound as parameters in ALTER ROLE; only this alphabet is embedded.
      throw new IllegalArgumentException("the console_app password must be 24-128 characters of [A-Za-z0-9_-]");
    }
    try (Statement st = admin.createStatement()) {
      st.execute(createRoleIfMissing(Roles.OWNER, "NOLOGIN"));
      st.execute("ALTER ROLE " + Roles.OWNER + " NOLOGIN NOCREATEDB NOCREATEROLE");
      st.execute(createRoleIfMissing(Roles.APP, "LOGIN"));
      st.execute("ALTER ROLE " + Roles.APP + " LOGIN NOCREATEDB NOCREATEROLE PASSWORD '" + appPassword + "'");
      dropPrivilegedAttributes(st, Roles.OWNER);
      dropPrivilegedAttributes(st, Roles.APP);
      // The administering role needs SET ROLE console_owner to run migrations as the owner.
      st.execute("GRANT " + Roles.OWNER + " TO CURRENT_USER");
      st.execute("CREATE SCHEMA IF NOT EXISTS " + Roles.TABLE_SCHEMA + " AUTHORIZATION " + Roles.OWNER);
      st.execute("CREATE SCHEMA IF NOT EXISTS " + Roles.FUNCTION_SCHEMA + " AUTHORIZATION " + Roles.OWNER);
      st.execute("ALTER SCHEMA " + Roles.TABLE_SCHEMA + " OWNER TO " + Roles.OWNER);
      st.execute("ALTER SCHEMA " + Roles.FUNCTION_SCHEMA + " OWNER TO " + Roles.OWNER);
      st.execute("GRANT USAGE ON SCHEMA " + Roles.TABLE_SCHEMA + ", " + Roles.FUNCTION_SCHEMA + " TO " + Roles.APP);
      st.execute("GRANT CONNECT ON DATABASE " + quoteIdent(database) + " TO " + Roles.APP);
      st.execute("ALTER ROLE " + Roles.APP + " SET search_path = " + Roles.TABLE_SCHEMA + ", " + Roles.FUNCTION_SCHEMA);
    }
    if (!admin.getAutoCommit()) {
      admin.commit();
    }
  }

  /**
   * Only a superuser may change SUPERUSER, BYPASSRLS or REPLICATION, so they are touched only when
   * someone set them; an administering role that cannot undo them gets PostgreSQL's refusal.
   */
  private static void dropPrivilegedAttributes(Statement st, String role) throws SQLException {
    boolean privileged;
    try (var rs = st.executeQuery("SELECT rolsuper OR rolbypassrls OR rolreplication FROM pg_roles"
        + " WHERE rolname = '" + role + "'")) {
      privileged = rs.next() && rs.getBoolean(1);
    }
    if (privileged) {
      st.execute("ALTER ROLE " + role + " NOSUPERUSER NOBYPASSRLS NOREPLICATION");
    }
  }

  private static String createRoleIfMissing(String role, String login) {
    return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
        + role + " " + login + "; END IF; END $$";
  }

  static String quoteIdent(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
