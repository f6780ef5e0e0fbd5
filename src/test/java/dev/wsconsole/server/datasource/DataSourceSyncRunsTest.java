package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET .../data-sources/{id}/sync-runs (extension): a source's runs paged by the server, newest first. */
@Tag("database")
class DataSourceSyncRunsTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("sync_runs");
  private static final Tenant wsA = tenants.workspace("runs-a", Environment.DEVELOPMENT, "owner-runs@example.org");
  private static final Tenant wsB = tenants.workspace("runs-b", Environment.DEVELOPMENT, "owner-runs@example.org");

  private static void runs(UUID ws, UUID source, int n) {
    var audit = AuditRecord.allowed(Map.of("kind", "test"), "data_source.sync", "", "t");
    for (int i = 0; i < n; i++) {
      var run = (DataSourceSyncStore.Started) tenants.api().backend.dataSourceSyncs().start(ws, source, audit);
      tenants.api().backend.dataSourceSyncs().finish(ws, run.syncId(), true, i, i, 0, List.of(), audit);
    }
  }

  @Test
  void runsComeAPageAtATimeNewestFirst() {
    UUID id = SafetyFixtures.dataSource(tenants.api(), wsA.id(), wsA.owner());
    runs(wsA.id(), id, 7);
    String key = tenants.api().key(wsA.id(), wsA.owner(), Role.VIEWER);
    String path = "/v1/" + wsA.id() + "/data-sources/" + id + "/sync-runs?limit=3";
    JsonNode first = tenants.api().get(path, key).json();
    assertEquals(7, first.get("total").asLong());
    assertTrue(first.get("has_more").asBoolean());
    assertEquals(6, first.get("items").get(0).get("event_count").asLong());
    assertEquals(3, first.get("continuation_token").asInt());
    JsonNode last = tenants.api().get(path + "&continuation_token=6", key).json();
    assertEquals(1, last.get("items").size());
    assertEquals(0, last.get("items").get(0).get("event_count").asLong());
    assertFalse(last.get("has_more").asBoolean());
    assertEquals(422, tenants.api().get(path.replace("limit=3", "limit=0"), key).status());
  }

  @Test
  void anotherWorkspacesSourceIsNotFound() {
    UUID id = SafetyFixtures.dataSource(tenants.api(), wsA.id(), wsA.owner());
    runs(wsA.id(), id, 1);
    TestApi.Answer a = tenants.api().get("/v1/" + wsB.id() + "/data-sources/" + id + "/sync-runs",
        tenants.api().key(wsB.id(), wsA.owner(), Role.OWNER));
    assertEquals(404, a.status(), a.text());
    assertFalse(a.text().contains(id.toString()));
  }
}
