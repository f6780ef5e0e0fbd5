package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each allow-listed SECURITY DEFINER function, called as console_app with no workspace context,
 * returns only what was asked for and never tenant data of another workspace.
 */
@Tag("database")
class SecurityDefinerFunctionsTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("definer_functions");
  private static final Tenant north = tenants.workspace("north", Environment.STAGING, "alice@north.example");
  private static final Tenant south = tenants.workspace("south", Environment.PRODUCTION, "bob@south.example")
      .keys(Role.OWNER);

  private static List<String> strings(String sql, Object... params) throws SQLException {
    try (Connection c = TestDatabases.app(tenants.api().target)) {
      List<String> out = TestDatabases.column(c, sql, params);
      c.rollback();
      return out;
    }
  }

  @Test
  void theAllowListMatchesTheFunctionsThatExist() throws SQLException {
    Set<String> present = new HashSet<>(strings("SELECT p.oid::regprocedure::text FROM pg_proc p"
        + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prosecdef AND n.nspname = 'app'"));
    // search_path of console_app includes app, so regprocedure prints unqualified names here
    Set<String> expected = new HashSet<>();
    IsolationLint.SECURITY_DEFINER_ALLOW_LIST.forEach(f -> expected.add(f.replaceFirst("^app\\.", "")));
    Set<String> unqualified = new HashSet<>();
    present.forEach(f -> unqualified.add(f.replaceFirst("^app\\.", "")));
    assertEquals(expected, unqualified);
  }

  @Test
  void userWorkspaceIdsListsOnlyThatUsersWorkspaces() throws SQLException {
    assertEquals(List.of(north.id().toString()), strings("SELECT * FROM app.user_workspace_ids(?)", north.owner()));
  }

  @Test
  void workspaceDirectoryReturnsOnlyTheIdsAskedFor() throws SQLException {
    List<String> slugs = strings("SELECT slug FROM app.workspace_directory(?::uuid[])", "{" + north.id() + "}");
    assertEquals(List.of("north"), slugs);
  }

  @Test
  void findUserNeverMatchesByPrefixOrPattern() throws SQLException {
    assertEquals(List.of(), strings("SELECT email FROM app.find_user(?)", "%@south.example"));
    assertEquals(List.of("bob@south.example"), strings("SELECT email FROM app.find_user(?)", "BOB@south.example"));
  }

  @Test
  void noFunctionTheAppRoleMayCallReturnsAPasswordHash() throws SQLException {
    // Every function console_app may execute, with each result column it answers: OUT/TABLE arguments,
    // and the columns of a composite (SETOF table) return type.
    List<String> leaks = strings("SELECT p.oid::regprocedure::text FROM pg_proc p"
        + " JOIN pg_namespace n ON n.oid = p.pronamespace"
        + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND has_function_privilege(p.oid, 'EXECUTE')"
        + " AND (EXISTS (SELECT 1 FROM unnest(p.proargnames, p.proargmodes) AS a(name, mode)"
        + "              WHERE a.mode IN ('o', 'b', 't') AND a.name ILIKE '%password%')"
        + "   OR EXISTS (SELECT 1 FROM pg_type t JOIN pg_attribute att ON att.attrelid = t.typrelid"
        + "              WHERE t.oid = p.prorettype AND att.attnum > 0 AND att.attname ILIKE '%password%'))");
    assertEquals(List.of(), leaks);
  }

  @Test
  void signInHandsOutOnlyASaltAndCostTheSameWayForUnknownEmails() throws SQLException {
    try (Connection c = TestDatabases.app(tenants.api().target)) {
      String cost = "SELECT iterations || ':' || length(salt) FROM app.sign_in_begin(?, '198.51.100.7')";
      var known = TestDatabases.column(c, cost, "alice@north.example");
      var unknown = TestDatabases.column(c, cost, "nobody@north.example");
      assertEquals(List.of("600000:16"), known);
      assertEquals(known, unknown);
      assertEquals(List.of("attempt_id", "salt", "iterations", "retry_after_ms"), TestDatabases.column(c,
          "SELECT a.name FROM pg_proc p, unnest(p.proargnames, p.proargmodes) WITH ORDINALITY AS a(name, mode, i)"
              + " WHERE p.oid = 'app.sign_in_begin(text,text)'::regprocedure AND a.mode = 't' ORDER BY a.i"));
      c.rollback();
    }
  }

  @Test
  void noSessionWithoutAnAdmittedAttemptAndTheRightKey() throws SQLException {
    try (Connection c = TestDatabases.app(tenants.api().target)) {
      assertEquals(List.of(), TestDatabases.column(c, "SELECT user_id::text FROM app.sign_in_finish(gen_random_uuid(),"
          + " '\\x00'::bytea, gen_random_uuid(), '\\x01'::bytea)"));
      String attempt = TestDatabases.column(c, "SELECT attempt_id::text FROM app.sign_in_begin(?, '198.51.100.8')",
          "bob@south.example").get(0);
      assertEquals(List.of("false"), TestDatabases.column(c, "SELECT granted::text FROM app.sign_in_finish(?::uuid,"
          + " sha256('a guess'::bytea), gen_random_uuid(), sha256('token'::bytea))", attempt));
      assertEquals(List.of(), TestDatabases.column(c, "SELECT granted::text FROM app.sign_in_finish(?::uuid,"
          + " sha256('a guess'::bytea), gen_random_uuid(), sha256('token'::bytea))", attempt),
          "an attempt is used once");
      assertEquals(List.of(), TestDatabases.column(c,
          "SELECT user_id::text FROM app.session_by_digest(sha256('token'::bytea))"));
      c.rollback();
    }
  }

  @Test
  void sessionLookupNeedsTheExactDigest() throws SQLException {
    tenants.api().signIn("alice@north.example");
    assertEquals(List.of(), strings("SELECT user_id::text FROM app.session_by_digest(?)", new byte[32]));
  }

  @Test
  void firstUserIdNamesOnlyTheOldestAccount() throws SQLException {
    assertEquals(List.of(north.owner().toString()), strings("SELECT app.first_user_id()"));
  }

  @Test
  void restoreWorkspaceActsOnlyOnTheWorkspaceOfTheCallersContext() throws SQLException {
    var audit = dev.wsconsole.server.audit.AuditRecord.allowed(java.util.Map.of("type", "test"), "t", "", "t");
    var directory = tenants.api().backend.directory();
    directory.updateAudited(south.id(), new dev.wsconsole.server.workspace.DirectoryStore.Change(null, null, null,
        false, true, null), audit);
    try (Connection c = TestDatabases.app(tenants.api().target)) {
      assertEquals(List.of(), TestDatabases.column(c, "SELECT id::text FROM app.restore_workspace(?)", south.id()),
          "no context: nothing restored");
      TestDatabases.column(c, "SELECT set_config('app.workspace_id', ?, true)", north.id().toString());
      assertEquals(List.of(), TestDatabases.column(c, "SELECT id::text FROM app.restore_workspace(?)", south.id()),
          "north's context cannot restore south");
      c.commit();
    }
    assertTrue(directory.get(south.id()).orElseThrow().archivedAt() != null, "south is still archived");
    assertTrue(directory.restoreAudited(south.id(), audit).isPresent(), "in its own scope it is restored");
    assertTrue(directory.get(south.id()).orElseThrow().archivedAt() == null);
  }

  @Test
  void noFunctionReadsATenantTable() throws SQLException {
    List<String> bodies = strings("SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        + " WHERE p.prosecdef AND n.nspname = 'app'");
    for (String body : bodies) {
      for (String tenant : strings("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = 'console' AND c.relkind = 'r' AND EXISTS (SELECT 1 FROM pg_attribute a"
          + " WHERE a.attrelid = c.oid AND a.attname = 'workspace_id')")) {
        assertTrue(!body.contains("console." + tenant + " ") && !body.contains("console." + tenant + "\n")
            && !body.matches("(?s).*console\\." + tenant + "\\b.*"), "a definer function reads " + tenant + ": " + body);
      }
    }
  }
}
