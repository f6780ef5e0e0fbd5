package dev.wsconsole.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded postmaster and, when it dies (kill -9, out-of-memory killer), starts the server again
 * on the same port, so the connection pool and the LISTEN connections reconnect by themselves (decision 0030).
 * PostgreSQL's own crash recovery replays the WAL on that start; while it runs the API answers 503.
 */
final class PostmasterSupervisor implements AutoCloseable {
  /** Starts the server again (same folder, port and password). */
  interface Launcher {
    EmbeddedPostgres launch() throws IOException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(PostmasterSupervisor.class);
  private static final long POLL_MILLIS = 200;
  private static final long RETRY_MAX_MILLIS = 2_000;
  /** How long orphans of a dead postmaster may take to exit before they are killed. */
  private static final long ORPHAN_GRACE_MILLIS = 15_000;

  private final Path pgData;
  private final Launcher launcher;
  private final Thread thread;
  private volatile EmbeddedPostgres current;
  private volatile boolean closed;
  private volatile int restarts;

  PostmasterSupervisor(Path pgData, EmbeddedPostgres started, Launcher launcher) {
    this.pgData = pgData;
    this.current = started;
    this.launcher = launcher;
    this.thread = new Thread(this::watch, "wsc-postmaster-supervisor");
    thread.setDaemon(true);
    thread.start();
    // One hook for whichever instance is current; zonky's own per-instance hooks are off, so a server
    // stopped at exit is never mistaken for a crash and started again.
    Runtime.getRuntime().addShutdownHook(new Thread(this::closeAtExit, "wsc-postgres-shutdown"));
  }

  int restarts() {
    return restarts;
  }

  private void watch() {
    ProcessHandle postmaster = postmaster().orElse(null);
    while (!closed) {
      sleep(POLL_MILLIS);
      if (closed) {
        return;
      }
      if (postmaster == null) {
        postmaster = postmaster().orElse(null); // not read yet; a started server always writes its pid file
        continue;
      }
      if (!running(postmaster)) {
        synchronized (this) {
          if (closed) {
            return;
          }
          LOG.warn("the embedded PostgreSQL server (pid {}) is gone; starting it again", postmaster.pid());
          restart();
        }
        postmaster = postmaster().orElse(null);
      }
    }
  }

  /** Releases the dead instance (its lock) and starts again until it works or the database closes. */
  private void restart() {
    closeQuietly(current);
    long backoff = 100;
    while (!closed) {
      try {
        // A start while they live would fail only after zonky's whole startup wait.
        if (!PostmasterOrphans.awaitGone(pgData, ORPHAN_GRACE_MILLIS)) {
          throw new IOException("processes of the dead server are still running in " + pgData);
        }
        current = launcher.launch();
        restarts++;
        LOG.warn("the embedded PostgreSQL server is running again (restart {})", restarts);
        return;
      } catch (InterruptedException e) {
        return; // closing
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not start the embedded PostgreSQL server yet: {}", e.getMessage());
        sleep(backoff);
        backoff = Math.min(backoff * 2, RETRY_MAX_MILLIS);
      }
    }
  }

  /** Alive and not a zombie waiting for init to reap it (which ProcessHandle still counts as alive). */
  private static boolean running(ProcessHandle process) {
    if (!process.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException | RuntimeException e) {
      return process.isAlive(); // no /proc here: trust the handle
    }
  }

  /** The live postmaster named by {@code postmaster.pid}, if any. */
  private Optional<ProcessHandle> postmaster() {
    try {
      String first = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.UTF_8).stream()
          .findFirst().orElse("").strip();
      return ProcessHandle.of(Long.parseLong(first)).filter(PostmasterSupervisor::running);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      LOG.warn("while releasing the dead embedded PostgreSQL server: {}", e.getMessage());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeAtExit() {
    try {
      close();
    } catch (IOException e) {
      System.err.println("while stopping the embedded PostgreSQL server: " + e.getMessage());
    }
  }

  /** Stops watching, then stops the server. */
  @Override
  public void close() throws IOException {
    closed = true;
    thread.interrupt();
    synchronized (this) {
      current.close();
    }
  }
}
