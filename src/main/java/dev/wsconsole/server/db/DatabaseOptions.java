package dev.wsconsole.server.db;

import java.nio.file.Path;

/**
 * How to reach the database: the embedded server in {@code dataDir}, or an external server named by
 * {@code databaseUrl} (which wins when set).
 */
public record DatabaseOptions(Path dataDir, String databaseUrl, String appPasswordOverride, int poolSize) {

  public static final int DEFAULT_POOL_SIZE = 16;

  public boolean external() {
    return databaseUrl != null && !databaseUrl.isBlank();
  }
}
