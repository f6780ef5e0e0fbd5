package dev.wsconsole.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The embedded PostgreSQL 18 server (zonky binaries) with its data kept in a folder across restarts.
 *
 * <p>After the first initdb the superuser gets a random password (kept in {@link LocalSecrets}) and
 * pg_hba switches from zonky's {@code trust} to scram-sha-256, so other local users cannot log in.
 * The server listens on 127.0.0.1 only, with no Unix socket. Commits are durable ({@code synchronous_commit=on},
 * where zonky defaults to off), and a {@link PostmasterSupervisor} starts the server again on the same port if
 * its postmaster dies (decision 0030).
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String DATABASE = "workspace_console";
  private static final String SUPERUSER = "postgres";

  private final DatabaseTarget target;
  private final PostmasterSupervisor supervisor;

  private EmbeddedDatabase(DatabaseTarget target, PostmasterSupervisor supervisor) {
    this.target = target;
    this.supervisor = supervisor;
  }

  /** Starts (initialising on first use) the server whose data lives in {@code dataDir/pgdata}. */
  public static EmbeddedDatabase start(Path dataDir) throws IOException, SQLException {
    Files.createDirectories(dataDir);
    Path pgData = dataDir.resolve("pgdata");
    String password = superuserPassword(dataDir);
    int port = freePort();
    EmbeddedPostgres postgres = launch(pgData, port, password);
    DatabaseTarget target = new DatabaseTarget("127.0.0.1", postgres.getPort(), DATABASE, SUPERUSER, password);
    try {
      if (stillTrustsEveryone(pgData)) {
        secureFreshCluster(postgres, pgData, password);
      }
      createDatabaseIfMissing(target);
    } catch (SQLException | IOException | RuntimeException e) {
      postgres.close();
      throw e;
    }
    return new EmbeddedDatabase(target, new PostmasterSupervisor(pgData, postgres,
        () -> launch(pgData, port, password)));
  }

  private static String superuserPassword(Path dataDir) throws IOException {
    LocalSecrets secrets = LocalSecrets.open(dataDir);
    // Saved before first use: a crash mid-setup must never leave a password nobody knows.
    String password = secrets.superuserPassword().orElse(null);
    if (password == null) {
      password = LocalSecrets.newSecret();
      secrets.saveSuperuserPassword(password);
    }
    return password;
  }

  /** Starts the server of {@code pgData} on {@code port}, first stopping an orphan of a killed console. */
  private static EmbeddedPostgres launch(Path pgData, int port, String password) throws IOException {
    StalePostmaster.recover(pgData);
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false) // PostmasterSupervisor stops it at exit
        .setPort(port)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setServerConfig("unix_socket_directories", "")
        .setServerConfig("max_connections", "100")
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        // After a crash PostgreSQL first syncs its data folder; one syncfs is far quicker than a fsync per file.
        .setServerConfig("recovery_init_sync_method", "syncfs")
        .setOutputRedirector(java.lang.ProcessBuilder.Redirect.DISCARD)
        .setErrorRedirector(java.lang.ProcessBuilder.Redirect.DISCARD)
        .setConnectConfig("password", password);
    return builder.start();
  }

  public DatabaseTarget target() {
    return target;
  }

  public int port() {
    return target.port();
  }

  /** How many times the supervisor has started the server again after its postmaster died. */
  public int restarts() {
    return supervisor.restarts();
  }

  private static boolean stillTrustsEveryone(Path pgData) throws IOException {
    return Files.readString(pgData.resolve("pg_hba.conf")).lines()
        .anyMatch(line -> !line.startsWith("#") && line.contains("trust"));
  }

  private static void secureFreshCluster(EmbeddedPostgres postgres, Path pgData, String password)
      throws SQLException, IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
      Files.writeString(pgData.resolve("pg_hba.conf"),
          "# written by Workspace Console: password logins on loopback only\n"
              + "host all all 127.0.0.1/32 scram-sha-256\n");
      st.execute("SELECT pg_reload_conf()");
    }
  }

  private static void createDatabaseIfMissing(DatabaseTarget target) throws SQLException {
    try (Connection c = java.sql.DriverManager.getConnection(target.withDatabase("postgres").jdbcUrl(),
        target.adminUser(), target.adminPassword()); Statement st = c.createStatement()) {
      var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
      if (!rs.next()) {
        st.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws IOException {
    supervisor.close();
  }
}
