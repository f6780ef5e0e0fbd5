package dev.wsconsole.server.db;

import java.nio.file.Path;

/**
 * How to reach the database: the embedded server in {@code dataDir}, or an external server named by
 * {@code databaseUrl} (which wins when set). {@code allowNonDurableCommits} is the operator's explicit
 * opt-out of the durability check (decision 0030): off, a server that acknowledges a commit before its
 * WAL is flushed is refused at startup.
 */
public record DatabaseOptions(Path dataDir, String databaseUrl, String appPasswordOverride, int poolSize,
                              boolean allowNonDurableCommits) {

  public static final int DEFAULT_POOL_SIZE = 16;

  /** Options that insist on durable commits. */
  public DatabaseOptions(Path dataDir, String databaseUrl, String appPasswordOverride, int poolSize) {
    this(dataDir, databaseUrl, appPasswordOverride, poolSize, false);
  }

  public boolean external() {
    return databaseUrl != null && !databaseUrl.isBlank();
  }

  /** The same options with the durability opt-out set to {@code allow}. */
  public DatabaseOptions withNonDurableCommitsAllowed(boolean allow) {
    return new DatabaseOptions(dataDir, databaseUrl, appPasswordOverride, poolSize, allow);
  }
}
