package dev.wsconsole.desktop.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.MonitorConcept;
import dev.wsconsole.model.wire.MonitorConceptRequests;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TenantFixture.Tenant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generic collection facet against the real server: a whole create-to-delete round on monitor concepts. */
@Tag("database")
class ResourceApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("resource_api");
  private static final Tenant clinic = tenants.workspace("resource-clinic", Environment.STAGING,
      "owner-resource@example.org").keys(Role.ADMIN);

  private ResourceApi<MonitorConcept> concepts() {
    return new ConsoleApi(tenants.api().baseUrl(), clinic.adminKey()).resource("monitor-concepts",
        MonitorConcept.class);
  }

  @Test
  void aConceptIsCreatedListedReadChangedAndDeletedThroughTheGenericFacet() {
    ResourceApi<MonitorConcept> api = concepts();
    MonitorConcept made = api.create(clinic.id(), new MonitorConceptRequests.Fields("Chest pain", "first",
        0.7, null, List.of("cardiac"), null, null));
    assertEquals("Chest pain", made.name());
    assertEquals(clinic.id(), made.workspaceId());
    Page<MonitorConcept> page = api.list(clinic.id(), 10, null);
    assertTrue(page.items().stream().anyMatch(c -> c.id().equals(made.id())), "listed: " + page.items());
    assertEquals("first", api.get(clinic.id(), made.id()).description());
    MonitorConcept changed = api.update(clinic.id(), made.id(), "PATCH", new MonitorConceptRequests.Fields(null,
        "second", null, null, null, null, null));
    assertEquals("second", changed.description());
    assertEquals("Chest pain", changed.name(), "a partial update keeps the fields it leaves out");
    api.delete(clinic.id(), made.id());
    assertEquals(404, assertThrows(ApiFailure.class, () -> api.get(clinic.id(), made.id())).status());
  }

  @Test
  void aCollectionReadAsTheWrongRecordFailsInsteadOfShowingNulls() {
    concepts().create(clinic.id(), new MonitorConceptRequests.Fields("Fall risk", "", 0.5, null, List.of(), null,
        null));
    ResourceApi<PhoneNumber> wrong = new ConsoleApi(tenants.api().baseUrl(), clinic.adminKey())
        .resource("monitor-concepts", PhoneNumber.class);
    assertThrows(ApiFailure.class, () -> wrong.list(clinic.id(), 10, null));
    assertThrows(IllegalArgumentException.class, () -> concepts().update(clinic.id(), clinic.id(), "POST", null));
    assertThrows(IllegalArgumentException.class, () -> new ConsoleApi(tenants.api().baseUrl(), clinic.adminKey())
        .resource("../audit", MonitorConcept.class));
  }
}
