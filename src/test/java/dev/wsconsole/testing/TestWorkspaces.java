package dev.wsconsole.testing;

import dev.wsconsole.server.db.DatabaseTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Creates directory entries (workspaces, users) the way an administrator would, for tests. */
public final class TestWorkspaces {
  private TestWorkspaces() {}

  public static UUID create(DatabaseTarget target, String slug, String environment) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = TestDatabases.admin(target);
         PreparedStatement ps = c.prepareStatement("INSERT INTO console.workspaces (id, slug, name, environment)"
             + " VALUES (?, ?, ?, CAST(? AS console.environment))")) {
      ps.setObject(1, id);
      ps.setString(2, slug);
      ps.setString(3, "Workspace " + slug);
      ps.setString(4, environment);
      ps.executeUpdate();
    }
    return id;
  }

  public static UUID createUser(DatabaseTarget target, String email) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = TestDatabases.admin(target);
         PreparedStatement ps = c.prepareStatement("INSERT INTO console.users (id, email) VALUES (?, ?)")) {
      ps.setObject(1, id);
      ps.setString(2, email);
      ps.executeUpdate();
    }
    return id;
  }
}
