package dev.wsconsole.server.db;

import dev.wsconsole.server.core.DomainException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;

/**
 * Turns "the database is down" into a quick 503 rather than a 30-second wait and a 500 (decision 0030):
 * connections come from the pool through {@link #connections}, which, once the pool has failed to reach the
 * server, answers at once while one caller at a time (at most one a second) tries again, and work whose connection breaks is refused the same way by
 * {@link #decorator}. The caller sees only {@link #DETAIL}, never PostgreSQL's text.
 */
final class DatabaseOutage {
  static final String DETAIL = "The database is unavailable; retry shortly";
  private static final long FAST_FAIL_NANOS = 1_000_000_000L;

  private final HikariDataSource pool;
  private final java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile long lastFailure;
  private volatile boolean down;

  DatabaseOutage(HikariDataSource pool) {
    this.pool = pool;
  }

  /** The refusal every caller sees while the database is down. */
  static DomainException unavailable() {
    return DomainException.withBody(DomainException.Kind.UNAVAILABLE, DETAIL,
        Map.of("status", "unavailable", "detail", DETAIL));
  }

  /** Whether {@code failure} (or a cause) says the server cannot be reached or went away. */
  static boolean explains(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        // 08: connection exception; 57P01-57P03: shut down, crashed, not accepting connections yet.
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the pool last failed to reach the server (until a connection is handed out again). */
  boolean down() {
    return down;
  }

  /** A pooled connection, or {@link #unavailable} when the server cannot be reached. */
  Connection connect() throws SQLException {
    boolean probe = false;
    if (down) {
      probe = System.nanoTime() - lastFailure >= FAST_FAIL_NANOS && probing.compareAndSet(false, true);
      if (!probe) {
        throw unavailable();
      }
    }
    try {
      Connection c = pool.getConnection();
      try {
        // Jdbi's PostgresPlugin asks a new connection for its large-object API as Jdbi opens a handle, outside
        // any callback; asked here (once per connection, then cached), a broken connection is a 503 too.
        c.unwrap(org.postgresql.PGConnection.class).getLargeObjectAPI();
      } catch (SQLException e) {
        pool.evictConnection(c);
        throw e;
      }
      down = false;
      return c;
    } catch (SQLException e) {
      if (!explains(e)) {
        throw e;
      }
      if (e.getCause() != null) { // the pool could not connect (a merely busy pool times out with no cause)
        lastFailure = System.nanoTime();
        down = true;
      }
      throw unavailable();
    } finally {
      if (probe) {
        probing.set(false);
      }
    }
  }

  ConnectionFactory connections() {
    return this::connect;
  }

  /** Wraps every Jdbi callback so a connection that breaks mid-work ends in {@link #unavailable}. */
  static HandleCallbackDecorator decorator() {
    return new HandleCallbackDecorator() {
      @Override
      public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
        return handle -> {
          try {
            return callback.withHandle(handle);
          } catch (RuntimeException e) {
            if (!(e instanceof DomainException) && explains(e)) {
              throw unavailable();
            }
            throw e;
          }
        };
      }
    };
  }
}
