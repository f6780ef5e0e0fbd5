package dev.wsconsole.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One dedicated connection that LISTENs on a channel and hands each payload on, telling its owner
 * when it starts listening and when it stops (from then on notifications may be missed), sending on the
 * same channel what its owner asks to send, and reconnecting with backoff.
 */
public final class ChannelListener implements AutoCloseable {
  /** What the owner hears. */
  public interface Ear {
    /** LISTEN is in place: from now on no notification is missed. */
    void listening();

    /** One notification's payload. */
    void heard(String payload);

    /** Not listening any more (error, closed): notifications may be missed until {@link #listening}. */
    void deaf();

    /**
     * The next payload this ear wants sent on the channel from the listening connection (an answer to what it
     * heard, a heartbeat), or null for none now. Asked after listening starts and after every wait, until null.
     */
    default String outgoing() {
      return null;
    }
  }

  private static final int WAIT_MILLIS = 200;
  private static final long PING_NANOS = 5_000_000_000L;

  private final Callable<Connection> connect;
  private final String channel;
  private final Ear ear;
  private final Thread thread;
  private volatile boolean closed;
  private volatile Connection current;

  /**
   * Starts listening in a daemon thread; {@code connect} opens a dedicated connection, {@code channel}
   * is a plain identifier (never user input).
   */
  public ChannelListener(Callable<Connection> connect, String channel, Ear ear) {
    if (!channel.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("channel must be a plain identifier: " + channel);
    }
    this.connect = connect;
    this.channel = channel;
    this.ear = ear;
    this.thread = new Thread(this::run, "wsc-listen-" + channel);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    long backoffMillis = 100;
    while (!closed) {
      try (Connection c = connect.call()) {
        current = c;
        listen(c);
        backoffMillis = 100;
        follow(c);
      } catch (Exception e) {
        // Fall through: suspended below, then reconnect.
      } finally {
        ear.deaf();
        current = null;
      }
      sleep(backoffMillis);
      backoffMillis = Math.min(backoffMillis * 2, 5_000);
    }
  }

  private void listen(Connection c) throws SQLException {
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("LISTEN " + channel);
    }
    ear.listening(); // only now: from here on nothing goes unheard
    speak(c);
  }

  /** Sends what the ear has to say, in order, on the listening connection (each its own autocommit NOTIFY). */
  private void speak(Connection c) throws SQLException {
    for (String out = ear.outgoing(); out != null; out = ear.outgoing()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
        ps.setString(1, channel);
        ps.setString(2, out);
        ps.execute();
      }
    }
  }

  private void follow(Connection c) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    long lastPing = System.nanoTime();
    while (!closed) {
      PGNotification[] notes = pg.getNotifications(WAIT_MILLIS);
      if (notes != null) {
        for (PGNotification n : notes) {
          ear.heard(n.getParameter());
        }
      }
      speak(c);
      if (System.nanoTime() - lastPing > PING_NANOS) {
        try (Statement s = c.createStatement()) { // a dead connection says so here, not silently
          s.execute("SELECT 1");
        }
        lastPing = System.nanoTime();
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection c = current;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
