package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.DatabaseDump;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Secrets at rest: never in plain text anywhere in the database, and bound to their workspace and row. */
@Tag("database")
class DataSourceSecretsAtRestTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("data_source_secrets");
  private static final Tenant ws = tenants.workspace("secrets-a", Environment.PRODUCTION, "owner-secrets@example.org");
  private static final Tenant other = tenants.workspace("secrets-b", Environment.PRODUCTION, "owner-other@example.org");

  @Test
  void aFullDatabaseDumpHoldsNoSecretInPlainText() throws Exception {
    UUID id = SafetyFixtures.dataSource(tenants.api(), ws.id(), ws.owner());
    String key = tenants.api().key(ws.id(), ws.owner(), Role.OWNER);
    tenants.api().call("PATCH", "/v1/" + ws.id() + "/data-sources/" + id, key, Map.of("connection_config",
        Map.of("password", ConnectionSecretRules.MASK, "api_token", "tok-" + SafetyFixtures.CLIENT_SECRET)));
    UUID run = UUID.fromString(tenants.api().post("/v1/" + ws.id() + "/data-sources/" + id + "/sync", key, null)
        .json().get("sync_id").asText());
    SafetyFixtures.finishSync(tenants.api(), ws.id(), run, true, 1, 0, List.of());
    String dump = DatabaseDump.dump(tenants.api().target);
    assertTrue(dump.contains(id.toString()) && dump.contains("data_source.update"), "the dump covers the source");
    assertFalse(dump.contains(SafetyFixtures.DB_PASSWORD), "password in plain text");
    assertFalse(dump.contains(SafetyFixtures.CLIENT_SECRET), "client secret or token in plain text");
    assertEquals(SafetyFixtures.DB_PASSWORD, tenants.api().backend.dataSources().secrets(ws.id(), id).orElseThrow()
        .get("/password").asText(), "the secret is still there, sealed");
  }

  @Test
  void aCiphertextMovedToAnotherWorkspacesRowDoesNotDecrypt() throws Exception {
    UUID source = SafetyFixtures.dataSource(tenants.api(), ws.id(), ws.owner());
    UUID target = SafetyFixtures.dataSource(tenants.api(), other.id(), other.owner());
    byte[] sealed = readSealed(ws.id(), source);
    writeSealed(other.id(), target, sealed);
    assertThrows(SecretCipher.UnsealFailedException.class,
        () -> tenants.api().backend.dataSources().secrets(other.id(), target));
    String key = tenants.api().key(other.id(), other.owner(), Role.OWNER);
    String path = "/v1/" + other.id() + "/data-sources/" + target;
    TestApi.Answer keep = tenants.api().call("PATCH", path, key, Map.of("connection_config",
        Map.of("password", ConnectionSecretRules.MASK)));
    assertEquals(409, keep.status(), keep.text());
    assertFalse(keep.text().contains(SafetyFixtures.DB_PASSWORD));
    TestApi.Answer fresh = tenants.api().call("PATCH", path, key, Map.of("connection_config", Map.of("password",
        "new-one")));
    assertEquals(200, fresh.status(), "sending the secret again repairs the row");
    assertEquals("new-one", tenants.api().backend.dataSources().secrets(other.id(),
        target).orElseThrow().get("/password").asText());
  }

  @Test
  void aCiphertextMovedToAnotherRowOfTheSameWorkspaceDoesNotDecrypt() throws Exception {
    UUID source = SafetyFixtures.dataSource(tenants.api(), ws.id(), ws.owner());
    UUID target = SafetyFixtures.dataSource(tenants.api(), ws.id(), ws.owner());
    writeSealed(ws.id(), target, readSealed(ws.id(), source));
    assertThrows(SecretCipher.UnsealFailedException.class, () -> tenants.api().backend.dataSources().secrets(ws.id(),
        target));
  }

  private static byte[] readSealed(UUID workspace, UUID id) throws Exception {
    try (Connection c = owner(workspace);
         PreparedStatement ps = c.prepareStatement("SELECT secrets_encrypted FROM console.data_sources WHERE id = ?")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        byte[] sealed = rs.getBytes(1);
        c.commit();
        return sealed;
      }
    }
  }

  private static void writeSealed(UUID workspace, UUID id, byte[] sealed) throws Exception {
    try (Connection c = owner(workspace);
         PreparedStatement ps = c.prepareStatement("UPDATE console.data_sources SET secrets_encrypted = ? WHERE id = ?")) {
      ps.setBytes(1, sealed);
      ps.setObject(2, id);
      assertEquals(1, ps.executeUpdate());
      c.commit();
    }
  }

  /** A connection as the schema owner, scoped to {@code workspace} (an attacker with database access). */
  private static Connection owner(UUID workspace) throws Exception {
    Connection c = TestDatabases.admin(tenants.api().target);
    c.setAutoCommit(false);
    try (var st = c.createStatement()) {
      st.execute("SET LOCAL ROLE console_owner");
      st.execute("SELECT set_config('app.workspace_id', '" + workspace + "', true)");
    }
    return c;
  }
}
