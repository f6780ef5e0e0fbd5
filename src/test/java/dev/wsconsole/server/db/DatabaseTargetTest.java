package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Database URLs in the forms people paste, and the errors for the ones that cannot work. */
class DatabaseTargetTest {
  @Test
  void parsesTheLibpqForm() {
    DatabaseTarget t = DatabaseTarget.parse("postgresql://admin:s%40cret@db.internal:6543/console");
    assertEquals(new DatabaseTarget("db.internal", 6543, "console", "admin", "s@cret"), t);
    assertEquals("jdbc:postgresql://db.internal:6543/console", t.jdbcUrl());
  }

  @Test
  void acceptsJdbcPrefixQueryCredentialsAndDefaults() {
    DatabaseTarget t = DatabaseTarget.parse("jdbc:postgresql://localhost/?user=root&password=pw");
    assertEquals(new DatabaseTarget("localhost", 5432, "postgres", "root", "pw"), t);
  }

  @Test
  void neverPrintsThePassword() {
    assertFalse(DatabaseTarget.parse("postgresql://a:topsecret@h/d").toString().contains("topsecret"));
  }

  @Test
  void refusesUrlsWithoutUserOrOfAnotherKind() {
    assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.parse("postgresql://db/console"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.parse("mysql://u:p@db/console"));
  }

  @Test
  void nodesSharingAnAdminDeriveTheSameAppPassword() {
    DatabaseTarget t = DatabaseTarget.parse("postgresql://admin:pw@db:5432/console");
    assertEquals(AppPassword.choose(t, null), AppPassword.choose(t, ""));
    assertEquals("given", AppPassword.choose(t, "given"));
    DatabaseTarget other = DatabaseTarget.parse("postgresql://admin:other@db:5432/console");
    assertFalse(AppPassword.choose(t, null).equals(AppPassword.choose(other, null)));
  }
}
