package dev.wsconsole.server.db;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Recovers a data folder left behind by a console that was killed (kill -9, power loss).
 *
 * <p>pg_ctl daemonizes PostgreSQL, so when the JVM dies without its shutdown hook the server keeps
 * running as an orphan and holds {@code postmaster.pid}. If no live console holds zonky's
 * {@code epg-lock}, that server is ours and unattended: stop it (smart shutdown, then forcibly), or
 * drop a pid file that names some unrelated process, so the next start succeeds.
 */
final class StalePostmaster {
  private static final String ZONKY_LOCK = "epg-lock";

  private StalePostmaster() {}

  static void recover(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    assertNoLiveConsole(pgData);
    Optional<ProcessHandle> server = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    if (server.isEmpty()) {
      return; // PostgreSQL itself ignores a pid file whose process is gone.
    }
    if (!isPostgresFor(server.get(), pgData)) {
      Files.deleteIfExists(pidFile); // the pid was reused by an unrelated process
      return;
    }
    stop(server.get());
  }

  private static void assertNoLiveConsole(Path pgData) throws IOException {
    Path lockPath = pgData.resolve(ZONKY_LOCK);
    if (!Files.exists(lockPath)) {
      return;
    }
    try (RandomAccessFile file = new RandomAccessFile(lockPath.toFile(), "rw");
         FileLock lock = file.getChannel().tryLock()) {
      if (lock == null) {
        throw new IllegalStateException("the data folder " + pgData.getParent()
            + " is in use by another running Workspace Console; close it or pass --data-dir");
      }
    } catch (java.nio.channels.OverlappingFileLockException e) {
      throw new IllegalStateException("the data folder " + pgData.getParent() + " is already open in this process", e);
    }
  }

  private static Optional<Long> readPid(Path pidFile) throws IOException {
    String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
    try {
      return Optional.of(Long.parseLong(first));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isPostgresFor(ProcessHandle process, Path pgData) {
    Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
    try {
      String args = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ');
      return args.contains("postgres") && args.contains(pgData.toString());
    } catch (IOException e) {
      return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }
  }

  private static void stop(ProcessHandle server) throws IOException {
    server.destroy(); // SIGTERM: smart shutdown; the orphan has no clients left
    try {
      server.onExit().get(20, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      server.destroyForcibly();
      try {
        server.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception again) {
        throw new IOException("could not stop the orphaned PostgreSQL server (pid " + server.pid() + ")", again);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the orphaned PostgreSQL server", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("could not wait for the orphaned PostgreSQL server", e);
    }
  }
}
