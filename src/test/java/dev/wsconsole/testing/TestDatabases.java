package dev.wsconsole.testing;

import dev.wsconsole.server.app.BackendSettings;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.DatabaseTarget;
import dev.wsconsole.server.db.EmbeddedDatabase;
import dev.wsconsole.server.db.LocalSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One real PostgreSQL server per test run (embedded by default, or the external server named by
 * {@code -Dwsc.test.databaseUrl}), a migrated template database, and a fresh clone per test class.
 */
public final class TestDatabases {
  /** Password the run gives console_app; roles are per server, so one value serves every clone. */
  public static final String APP_PASSWORD = LocalSecrets.newSecret();
  private static DatabaseTarget server;
  private static String template;

  private TestDatabases() {}

  /** Whether this run targets an external server rather than the embedded one. */
  public static boolean external() {
    String url = System.getProperty("wsc.test.databaseUrl", "");
    return !url.isBlank();
  }

  /** A new database cloned from the migrated template, administered by the run's admin role. */
  /**
   * Settings for a test backend: no secret key, imports confined to one temporary folder of this run
   * (tests that stage bundles move it), loopback sources allowed, the voice switch off.
   */
  public static BackendSettings backendSettings() {
    try {
      return BackendSettings.plain(Files.createTempDirectory("wsc-test-imports"));
    } catch (IOException e) {
      throw new IllegalStateException("no temporary folder for imports", e);
    }
  }

  public static synchronized DatabaseTarget fresh(String label) {
    try {
      ensureTemplate();
      String name = "t_" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_")
          + "_" + UUID.randomUUID().toString().substring(0, 8);
      name = name.length() > 60 ? name.substring(0, 52) + name.substring(name.length() - 8) : name;
      adminExecute(server, "CREATE DATABASE " + name + " TEMPLATE " + template);
      adminExecute(server.withDatabase(name), "GRANT CONNECT ON DATABASE " + name + " TO console_app");
      return server.withDatabase(name);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not prepare a test database", e);
    }
  }

  /** The URL form of a target, with its admin credentials (for Database.open in tests). */
  public static String url(DatabaseTarget target) {
    return "postgresql://" + target.adminUser() + ":" + target.adminPassword() + "@" + target.host() + ":"
        + target.port() + "/" + target.database();
  }

  public static Connection admin(DatabaseTarget target) throws SQLException {
    return DriverManager.getConnection(target.jdbcUrl(), target.adminUser(), target.adminPassword());
  }

  public static Connection app(DatabaseTarget target) throws SQLException {
    Connection c = DriverManager.getConnection(target.jdbcUrl(), "console_app", APP_PASSWORD);
    c.setAutoCommit(false);
    return c;
  }

  /** The first column of every row {@code sql} returns on {@code c}, as text, with {@code params} bound in order. */
  public static List<String> column(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  public static void adminExecute(DatabaseTarget target, String sql) throws SQLException {
    try (Connection c = admin(target); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static void ensureTemplate() throws SQLException, IOException {
    if (template != null) {
      return;
    }
    server = external() ? DatabaseTarget.parse(System.getProperty("wsc.test.databaseUrl")) : startEmbedded();
    String name = "wsc_template_" + UUID.randomUUID().toString().substring(0, 8);
    adminExecute(server, "CREATE DATABASE " + name);
    Database.prepare(server.withDatabase(name), APP_PASSWORD);
    if (CommitMode.nonDurable()) { // a benchmark's side-by-side run of the old configuration (CommitMode)
      adminExecute(server, CommitMode.appRoleSetting());
    }
    template = name;
    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropTemplate));
  }

  private static DatabaseTarget startEmbedded() throws IOException, SQLException {
    Path dir = Files.createTempDirectory("wsc-test-pg");
    EmbeddedDatabase embedded = EmbeddedDatabase.start(dir);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        embedded.close();
        try (var files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      } catch (IOException e) {
        System.err.println("could not clean " + dir + ": " + e.getMessage());
      }
    }));
    return embedded.target().withDatabase("postgres");
  }

  private static void dropTemplate() {
    if (!external()) {
      return; // the embedded server's folder is deleted whole
    }
    try (Connection c = admin(server); Statement st = c.createStatement()) {
      var rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 't\\_%' OR datname = '" + template + "'");
      var names = new java.util.ArrayList<String>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      for (String name : names) {
        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      System.err.println("could not drop test databases: " + e.getMessage());
    }
  }
}
