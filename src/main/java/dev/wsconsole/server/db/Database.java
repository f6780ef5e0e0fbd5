package dev.wsconsole.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.wsconsole.model.wire.IsolationReport;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The product's database, ready to serve: roles and schemas asserted, migrations applied as the
 * owner, the isolation lint passed, and a connection pool that logs in only as console_app.
 */
public final class Database implements AutoCloseable {
  private final EmbeddedDatabase embedded;
  private final DatabaseTarget target;
  private final HikariDataSource appPool;
  private final Jdbi jdbi;
  private final IsolationReport report;
  private final String appPassword;
  private final DatabaseOutage outage;
  private final java.util.List<AutoCloseable> attachments = new java.util.concurrent.CopyOnWriteArrayList<>();

  private Database(EmbeddedDatabase embedded, DatabaseTarget target, HikariDataSource appPool, IsolationReport report,
                   String appPassword) {
    this.embedded = embedded;
    this.target = target;
    this.appPool = appPool;
    this.appPassword = appPassword;
    this.outage = new DatabaseOutage(appPool);
    // While the server is down every call gets a quick 503 rather than a 30 s wait and a 500 (decision 0030).
    this.jdbi = Jdbi.create(outage.connections()).installPlugin(new PostgresPlugin());
    jdbi.setHandleCallbackDecorator(DatabaseOutage.decorator());
    this.report = report;
  }

  /** Opens the database and refuses (StartupRefusedException) if isolation does not hold. */
  public static Database open(DatabaseOptions options) throws IOException, SQLException {
    return open(options, true);
  }

  /** Opens the database; with {@code enforce} false a failing lint is only reported (check-isolation). */
  public static Database open(DatabaseOptions options, boolean enforce) throws IOException, SQLException {
    EmbeddedDatabase embedded = options.external() ? null : EmbeddedDatabase.start(options.dataDir());
    try {
      DatabaseTarget target = embedded == null ? DatabaseTarget.parse(options.databaseUrl()) : embedded.target();
      String appPassword = AppPassword.choose(target, options.appPasswordOverride());
      prepare(target, appPassword);
      HikariDataSource pool = appPool(target, appPassword, options.poolSize());
      try {
        try (Connection c = pool.getConnection()) {
          DurabilityCheck.enforce(c, options.allowNonDurableCommits());
        }
        IsolationReport report = lint(pool);
        if (enforce && !report.passed()) {
          throw new StartupRefusedException(report);
        }
        return new Database(embedded, target, pool, report, appPassword);
      } catch (SQLException | RuntimeException e) {
        pool.close();
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** As the administering role: check the server, assert roles and schemas, migrate as the owner. */
  public static void prepare(DatabaseTarget target, String appPassword, String... extraMigrations) throws SQLException {
    try (Connection admin = DriverManager.getConnection(target.jdbcUrl(), target.adminUser(), target.adminPassword())) {
      int version = admin.getMetaData().getDatabaseMajorVersion();
      if (version < 15) {
        throw new IllegalStateException("PostgreSQL " + admin.getMetaData().getDatabaseProductVersion()
            + " is older than 15, the oldest this product supports");
      }
      RoleBootstrap.apply(admin, target.database(), appPassword);
    }
    Migrator.migrate(target, extraMigrations);
  }

  /**
   * A pool of console_app connections. Autocommit stays on at rest: TenantTx opens an explicit
   * transaction for tenant work, and a stray statement outside one would lose a transaction-local
   * context at once, reading nothing, rather than keep it.
   */
  public static HikariDataSource appPool(DatabaseTarget target, String appPassword, int size) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("console-app");
    config.setJdbcUrl(target.jdbcUrl());
    config.setUsername(Roles.APP);
    config.setPassword(appPassword);
    config.setAutoCommit(true);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(Math.min(2, size));
    // A pool that cannot reach the server says so in seconds (DatabaseOutage turns it into a 503).
    config.setConnectionTimeout(3_000);
    config.setValidationTimeout(1_000);
    config.addDataSourceProperty("ApplicationName", "workspace-console");
    return new HikariDataSource(config);
  }

  /** Runs the isolation lint as the app role. */
  public static IsolationReport lint(javax.sql.DataSource appDataSource) throws SQLException {
    try (Connection c = appDataSource.getConnection()) {
      c.setAutoCommit(false);
      IsolationReport report = IsolationLint.run(c);
      c.rollback();
      return report;
    }
  }

  /**
   * Returns when a quick query answers within two seconds; otherwise throws the 503 refusal
   * ("The database is unavailable; retry shortly") that every call gets while the server is down.
   */
  public void requireReachable() {
    try (Connection c = outage.connect()) {
      if (c.isValid(2)) {
        return;
      }
    } catch (SQLException e) {
      // answered below
    }
    throw DatabaseOutage.unavailable();
  }

  /** How many times the embedded server was started again after its postmaster died (0 when external). */
  public int embeddedRestarts() {
    return embedded == null ? 0 : embedded.restarts();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public TenantTx tenantTx() {
    return new TenantTx(jdbi);
  }

  /** The lint report taken at startup. */
  public IsolationReport startupReport() {
    return report;
  }

  /** A fresh lint report (for the isolation check operation). */
  public IsolationReport checkIsolation() throws SQLException {
    return lint(appPool);
  }

  /**
   * A console_app connection outside the pool, for a long-lived LISTEN: it would otherwise hold a
   * pooled connection for good. Autocommit on; its holder closes it.
   */
  public Connection openDedicatedConnection(String applicationName) throws SQLException {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("user", Roles.APP);
    props.setProperty("password", appPassword);
    props.setProperty("ApplicationName", applicationName);
    return DriverManager.getConnection(target.jdbcUrl(), props);
  }

  /** Sends {@code payload} on {@code channel} from a pooled connection, in its own transaction (committed on return). */
  public void announce(String channel, String payload) {
    jdbi.useHandle(h -> h.execute("SELECT pg_notify(?, ?)", channel, payload));
  }

  /** Closes {@code part} (a listener, say) before the pool and the server go away. */
  public void closeWith(AutoCloseable part) {
    attachments.add(part);
  }

  public DatabaseTarget target() {
    return target;
  }

  public String describe() {
    return (embedded != null ? "embedded " : "external ") + target;
  }

  @Override
  public void close() throws IOException {
    for (AutoCloseable part : attachments) {
      try {
        part.close();
      } catch (Exception e) {
        // keep closing the rest
      }
    }
    appPool.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
