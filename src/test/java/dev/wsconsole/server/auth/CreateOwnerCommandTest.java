package dev.wsconsole.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.server.cli.CommandLine;
import dev.wsconsole.server.cli.CreateOwnerCommand;
import dev.wsconsole.server.db.DatabaseTarget;
import dev.wsconsole.testing.DatabaseDump;
import dev.wsconsole.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code create-owner}: the first account, its password read from standard input and stored hashed. */
@Tag("database")
class CreateOwnerCommandTest {
  private static final Map<String, String> ENV = Map.of("WSC_APP_PASSWORD", TestDatabases.APP_PASSWORD);

  private static int run(DatabaseTarget target, String email, String stdin) throws Exception {
    CommandLine line = CommandLine.parse(new String[] {"create-owner", "--email", email, "--database-url",
        TestDatabases.url(target)});
    return CreateOwnerCommand.run(line, ENV, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void createsAnAccountWhosePasswordIsStoredOnlyAsAPbkdf2Hash() throws Exception {
    DatabaseTarget target = TestDatabases.fresh("create_owner");
    assertEquals(0, run(target, "Owner@Clinic.example", "a long enough passphrase\n"));
    String dump;
    try (var c = TestDatabases.admin(target); var rs = c.createStatement().executeQuery(
        "SELECT email, password_hash FROM console.users")) {
      rs.next();
      assertEquals("owner@clinic.example", rs.getString(1));
      assertTrue(rs.getString(2).startsWith("pbkdf2-sha256$600000$"), rs.getString(2));
      assertTrue(PasswordHasher.verify("a long enough passphrase".toCharArray(), rs.getString(2)));
    }
    dump = DatabaseDump.dump(target);
    assertTrue(!dump.contains("a long enough passphrase"));
  }

  @Test
  void refusesShortPasswordsBadEmailsAndDuplicates() throws Exception {
    DatabaseTarget target = TestDatabases.fresh("create_owner_bad");
    assertThrows(IllegalArgumentException.class, () -> run(target, "a@b.example", "short\n"));
    assertThrows(IllegalArgumentException.class, () -> run(target, "not-an-email", "a long enough passphrase\n"));
    assertEquals(0, run(target, "a@b.example", "a long enough passphrase\n"));
    assertThrows(IllegalStateException.class, () -> run(target, "A@B.example", "another long passphrase\n"));
  }
}
