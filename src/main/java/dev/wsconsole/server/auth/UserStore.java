package dev.wsconsole.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Console accounts (a global table, reached only through its SECURITY DEFINER functions). */
public final class UserStore {
  private final Jdbi jdbi;

  public UserStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** An account as the app sees it: never its password hash, which only the database compares. */
  public record User(UUID id, String email, String displayName) {}

  public Optional<User> byEmail(String email) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM app.find_user(:email)").bind("email", email)
        .map(UserStore::map).findOne());
  }

  public Optional<User> byId(UUID id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM app.get_user(:id)").bind("id", id)
        .map(UserStore::map).findOne());
  }

  public User create(String email, String displayName, String passwordHash) {
    return jdbi.inTransaction(h -> h.createQuery("SELECT * FROM app.create_user(:id, :email, :name, :hash)")
        .bind("id", UUID.randomUUID()).bind("email", email).bind("name", displayName).bind("hash", passwordHash)
        .map(UserStore::map).one());
  }

  /** The platform's first account (the one create-owner made), if any. */
  public Optional<UUID> firstUserId() {
    return jdbi.withHandle(h -> h.createQuery("SELECT app.first_user_id()").mapTo(UUID.class).findOne());
  }

  public long count() {
    return jdbi.withHandle(h -> h.createQuery("SELECT app.count_users()").mapTo(Long.class).one());
  }

  private static User map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new User(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"));
  }
}
