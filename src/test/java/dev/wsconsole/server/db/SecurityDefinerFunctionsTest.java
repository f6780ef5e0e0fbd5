package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static java.util.Map.entry;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every SECURITY DEFINER function has a rule for whom it answers (decision 0036 tables them), and, called as
 * console_app, each one that acts on a workspace or an account refuses (SQLSTATE 42501) when the caller is scoped
 * to another workspace, another account, or nothing; each returns only what it was asked for.
 */
@Tag("database")
class SecurityDefinerFunctionsTest {
  private static final String WORKSPACE = "acts on the workspace in scope only";
  private static final String WORKSPACE_OR_ACCOUNT = "the workspace in scope, or workspaces of the account in scope";
  private static final String ACCOUNT = "the account in scope only";
  private static final String MEMBERS = "answers only for members of the workspace in scope";
  private static final String TRIGGER = "trigger on memberships: the membership's workspace is the one in scope";
  private static final String SIGN_IN = "sign-in (V25): salt and cost out, a session only for an admitted attempt with the right key; no password hash";
  private static final String TOKEN = "a session found only by its token's exact digest";
  private static final String SESSION = "one session by its server-held id, reached after the token's digest";
  private static final String GLOBAL = "no workspace, no account data: a count or the first account's id";

  /** Each SECURITY DEFINER function in the catalog and its rule: a new one without a rule fails this test. */
  static final Map<String, String> RULES = Map.ofEntries(
      entry("app.sync_user_workspaces()", TRIGGER),
      entry("app.user_workspace_ids(uuid)", ACCOUNT),
      entry("app.workspace_directory(uuid[])", WORKSPACE_OR_ACCOUNT),
      entry("app.create_workspace(uuid,text,text,text,text,text)", WORKSPACE),
      entry("app.update_workspace(uuid,text,text,text,boolean,boolean,text[])", WORKSPACE),
      entry("app.users_by_ids(uuid[])", MEMBERS),
      entry("app.claim_phone_number(text,uuid)", WORKSPACE),
      entry("app.release_phone_number(text,uuid)", WORKSPACE),
      entry("app.find_user(text)", SIGN_IN),
      entry("app.get_user(uuid)", SIGN_IN),
      entry("app.create_user(uuid,text,text,text)", SIGN_IN),
      entry("app.sign_in_begin(text,text)", SIGN_IN),
      entry("app.sign_in_finish(uuid,bytea,uuid,bytea)", SIGN_IN),
      entry("app.restore_workspace(uuid)", WORKSPACE),
      entry("app.session_by_digest(bytea)", TOKEN),
      entry("app.touch_session(uuid)", SESSION),
      entry("app.end_session(uuid)", SESSION),
      entry("app.count_users()", GLOBAL),
      entry("app.first_user_id()", GLOBAL));

  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("definer_functions");
  private static final Tenant north = tenants.workspace("north", Environment.STAGING, "alice@north.example");
  private static final Tenant south = tenants.workspace("south", Environment.PRODUCTION, "bob@south.example")
      .keys(Role.OWNER);

  /** The first column of {@code sql}'s rows as console_app, scoped to {@code workspace} and {@code account} (null: none). */
  private static List<String> as(UUID workspace, UUID account, String sql, Object... params) throws SQLException {
    try (Connection c = TestDatabases.app(tenants.api().target)) {
      try (Statement st = c.createStatement()) {
        if (workspace != null) {
          st.execute("SELECT set_config('app.workspace_id', '" + workspace + "', true)");
        }
        if (account != null) {
          st.execute("SELECT set_config('app.user_id', '" + account + "', true)");
        }
      }
      try {
        return TestDatabases.column(c, sql, params);
      } finally {
        c.rollback();
      }
    }
  }

  private static List<String> strings(String sql, Object... params) throws SQLException {
    return as(null, null, sql, params);
  }

  private static void refused(UUID workspace, UUID account, String sql, Object... params) {
    SQLException e = assertThrows(SQLException.class, () -> as(workspace, account, sql, params),
        sql + " under workspace " + workspace + ", account " + account);
    assertEquals("42501", e.getSQLState(), e.getMessage());
  }

  @Test
  void everyDefinerFunctionInTheCatalogHasARule() throws SQLException {
    Set<String> present;
    try (Connection c = TestDatabases.app(tenants.api().target); Statement st = c.createStatement()) {
      st.execute("SET LOCAL search_path = pg_catalog"); // regprocedure then prints every name qualified
      present = new HashSet<>(TestDatabases.column(c, "SELECT p.oid::regprocedure::text FROM pg_proc p"
          + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prosecdef"
          + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"));
      c.rollback();
    }
    assertEquals(RULES.keySet(), present, "a SECURITY DEFINER function without a rule here, or a rule for none");
    assertEquals(IsolationLint.SECURITY_DEFINER_ALLOW_LIST, RULES.keySet());
  }

  @Test
  void updateWorkspaceActsOnlyOnTheWorkspaceInScope() throws SQLException {
    String update = "SELECT name FROM app.update_workspace(?, 'Taken over', null, null, false, true, null)";
    refused(north.id(), null, update, south.id());
    refused(null, null, update, south.id());
    refused(null, south.owner(), update, south.id());
    assertEquals(List.of("Taken over"), as(south.id(), null, update, south.id())); // rolled back
    assertEquals(List.of("south"), as(south.id(), null, "SELECT slug FROM app.workspace_directory(?::uuid[])"
        + " WHERE archived_at IS NULL AND name <> 'Taken over'", "{" + south.id() + "}"));
  }

  @Test
  void createWorkspaceNeedsTheNewWorkspacesScope() throws SQLException {
    UUID fresh = UUID.randomUUID();
    String create = "SELECT slug FROM app.create_workspace(?, 'fresh-one', 'Fresh', 'staging', 'us-east-1', null)";
    refused(north.id(), null, create, fresh);
    refused(null, north.owner(), create, fresh);
    assertEquals(List.of("fresh-one"), as(fresh, null, create, fresh)); // rolled back
  }

  @Test
  void theDirectoryAnswersForTheWorkspaceInScopeOrTheAccountsOwn() throws SQLException {
    String directory = "SELECT slug FROM app.workspace_directory(?::uuid[])";
    refused(north.id(), null, directory, "{" + south.id() + "}");
    refused(null, null, directory, "{" + south.id() + "}");
    refused(null, north.owner(), directory, "{" + north.id() + "," + south.id() + "}");
    assertEquals(List.of("south"), as(south.id(), null, directory, "{" + south.id() + "}"));
    assertEquals(List.of("north"), as(null, north.owner(), directory, "{" + north.id() + "}"));
  }

  @Test
  void anAccountsWorkspacesAreListedOnlyActingForThatAccount() throws SQLException {
    String ids = "SELECT * FROM app.user_workspace_ids(?)";
    refused(null, north.owner(), ids, south.owner());
    refused(null, null, ids, south.owner());
    refused(south.id(), null, ids, south.owner());
    assertEquals(List.of(north.id().toString()), as(null, north.owner(), ids, north.owner()));
  }

  @Test
  void memberProfilesAnswerOnlyForTheWorkspaceInScope() throws SQLException {
    String profiles = "SELECT email FROM app.users_by_ids(?::uuid[])";
    assertEquals(List.of(), as(north.id(), null, profiles, "{" + south.owner() + "}"));
    assertEquals(List.of(), strings(profiles, "{" + south.owner() + "}"));
    assertEquals(List.of("bob@south.example"), as(south.id(), null, profiles, "{" + south.owner() + "}"));
  }

  @Test
  void phoneNumbersAreClaimedAndReleasedOnlyInAScope() {
    refused(null, null, "SELECT app.claim_phone_number('+15550100999', ?)", UUID.randomUUID());
    refused(null, south.owner(), "SELECT app.release_phone_number('+15550100999', ?)", UUID.randomUUID());
  }

  @Test
  void theMembershipIndexFollowsOnlyTheWorkspaceInScope() throws SQLException {
    // Even a writer that bypasses row-level security (the superuser) cannot index a membership out of scope.
    try (Connection admin = TestDatabases.admin(tenants.api().target); Statement st = admin.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> st.execute("INSERT INTO console.memberships"
          + " (workspace_id, id, user_id, role) VALUES ('" + south.id() + "', gen_random_uuid(), '" + north.owner()
          + "', 'viewer')"));
      assertEquals("42501", e.getSQLState(), e.getMessage());
    }
    assertEquals(List.of(north.id().toString()), as(null, north.owner(), "SELECT * FROM app.user_workspace_ids(?)",
        north.owner()));
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
