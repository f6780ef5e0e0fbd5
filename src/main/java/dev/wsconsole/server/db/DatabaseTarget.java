package dev.wsconsole.server.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Where a PostgreSQL server is and which role may administer it (create roles, run migrations). */
public record DatabaseTarget(String host, int port, String database, String adminUser, String adminPassword) {

  public DatabaseTarget {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(adminUser, "adminUser");
    adminPassword = adminPassword == null ? "" : adminPassword;
  }

  /**
   * Parses {@code postgresql://user:password@host:port/db} (the libpq form), with or without a
   * leading {@code jdbc:}. User and password may also come as {@code ?user=..&password=..}.
   */
  public static DatabaseTarget parse(String url) {
    String text = url.strip();
    if (text.startsWith("jdbc:")) {
      text = text.substring("jdbc:".length());
    }
    if (text.startsWith("postgres://")) {
      text = "postgresql://" + text.substring("postgres://".length());
    }
    if (!text.startsWith("postgresql://")) {
      throw new IllegalArgumentException("database URL must look like postgresql://user:password@host:5432/dbname");
    }
    URI uri = URI.create(text);
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        String value = kv.length > 1 ? decode(kv[1]) : "";
        if (kv[0].equals("user")) {
          user = value;
        } else if (kv[0].equals("password")) {
          password = value;
        }
      }
    }
    String db = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("database URL has no host: use postgresql://user:password@host:5432/dbname");
    }
    if (user == null || user.isEmpty()) {
      throw new IllegalArgumentException("database URL names no user: it needs a role allowed to create roles");
    }
    return new DatabaseTarget(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), db, user, password);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** The same server and database, for another database name (tests clone databases). */
  public DatabaseTarget withDatabase(String otherDatabase) {
    return new DatabaseTarget(host, port, otherDatabase, adminUser, adminPassword);
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "postgresql://" + adminUser + "@" + host + ":" + port + "/" + database;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
