package dev.wsconsole.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The processes a dead postmaster left behind in its data folder (PostgreSQL's children work in it). They
 * normally exit within milliseconds of noticing; until they do, they hold the old shared memory and a new
 * server refuses to start, so the supervisor waits for them and ends any that hang on.
 */
final class PostmasterOrphans {
  private PostmasterOrphans() {}

  /** Live PostgreSQL processes whose working folder is {@code pgData} (never, say, a shell opened there). */
  static List<ProcessHandle> of(Path pgData) {
    Path folder = real(pgData);
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
        .filter(p -> folder.equals(real(Path.of("/proc", Long.toString(p.pid()), "cwd"))))
        .toList();
  }

  /** Waits up to {@code graceMillis} for them to exit, then kills (SIGKILL) those left; true when none are left. */
  static boolean awaitGone(Path pgData, long graceMillis) throws InterruptedException {
    long deadline = System.nanoTime() + graceMillis * 1_000_000L;
    while (!of(pgData).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    of(pgData).forEach(ProcessHandle::destroyForcibly);
    long killed = System.nanoTime() + 5_000_000_000L;
    while (!of(pgData).isEmpty() && System.nanoTime() < killed) {
      Thread.sleep(50);
    }
    return of(pgData).isEmpty();
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException | RuntimeException e) {
      return Path.of("/nonexistent");
    }
  }
}
