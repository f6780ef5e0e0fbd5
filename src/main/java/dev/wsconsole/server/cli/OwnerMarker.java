package dev.wsconsole.server.cli;

import dev.wsconsole.server.db.DatabaseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file in the embedded data folder saying an account exists in its database, so the console can show
 * the sign-in form before PostgreSQL has started; a hint only: the database stays the truth (the
 * console still asks it once it is up, and falls back to first run if no account is there).
 */
public final class OwnerMarker {
  static final String FILE = "owner-created";
  private final Path file;

  private OwnerMarker(Path file) {
    this.file = file;
  }

  /** The marker of the embedded data folder; none (never present, writes nothing) for an external database. */
  public static OwnerMarker of(DatabaseOptions options) {
    return new OwnerMarker(options.external() ? null : options.dataDir().resolve(FILE));
  }

  public boolean present() {
    return file != null && Files.isRegularFile(file);
  }

  /** Records that an account exists (idempotent). */
  public void write() {
    if (file == null || present()) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, "An account exists in this data folder's database (the console shows sign-in at once).\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  /** Forgets the hint (the database has no account after all). */
  public void remove() {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove " + file, e);
    }
  }
}
