package dev.wsconsole.server.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET .../entities/{id}/fields (extension): each projected field with the winning event's confidence and source. */
@Tag("database")
class EntityFieldsApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("entity_fields");
  private static final Tenant wsA = tenants.workspace("fields-a", Environment.DEVELOPMENT, "owner-fields@example.org")
      .keys(Role.VIEWER);
  private static final Tenant wsB = tenants.workspace("fields-b", Environment.DEVELOPMENT, "owner-fields@example.org")
      .keys(Role.VIEWER);

  @Test
  void eachFieldNamesTheEventThatWonItAndSupersededEventsDoNotCount() {
    var world = tenants.api().backend.world();
    UUID p = world.ensureEntity(wsA.id(), "patient", "Patient/f-1", "Fields Person");
    var json = JsonNodeFactory.instance;
    StoredEvent first = world.append(wsA.id(), List.of(new NewEvent(p, "patient.contact", "clinical", "ehr", 0.9,
        json.objectNode().put("phone", "1").put("city", "Old"), null, null, null))).get(0);
    StoredEvent fix = world.append(wsA.id(), List.of(new NewEvent(p, "patient.contact", "clinical", "desk", 0.5,
        json.objectNode().put("phone", "2"), first.id(), null, null))).get(0);
    world.append(wsA.id(), List.of(new NewEvent(p, "patient.seen", "clinical", "voice", 0.3,
        json.objectNode().put("phone", "3").put("visits", 4), null, null, null)));
    TestApi.Answer a = tenants.api().get("/v1/" + wsA.id() + "/world/entities/" + p + "/fields", wsA.viewerKey());
    assertEquals(200, a.status(), a.text());
    JsonNode fields = a.json().get("fields");
    assertEquals(2, fields.size(), fields.toString());
    JsonNode phone = fields.get(0);
    assertEquals("phone", phone.get("field").asText());
    assertEquals("2", phone.get("value").asText());
    assertEquals("desk", phone.get("source").asText());
    assertEquals(fix.id().toString(), phone.get("event_id").asText());
    assertEquals(0.5, phone.get("confidence").asDouble(), 1e-6);
    assertEquals(4, fields.get(1).get("value").asInt());
    assertEquals("voice", fields.get(1).get("source").asText());
    assertFalse(a.text().contains("Old"));
  }

  @Test
  void anotherWorkspacesEntityIsNotFound() {
    UUID p = tenants.api().backend.world().ensureEntity(wsA.id(), "patient", "Patient/f-2", "Hidden Person");
    TestApi.Answer a = tenants.api().get("/v1/" + wsB.id() + "/world/entities/" + p + "/fields", wsB.viewerKey());
    assertEquals(404, a.status(), a.text());
    assertFalse(a.text().contains("Hidden"));
    assertEquals(404, tenants.api().get("/v1/" + wsA.id() + "/world/entities/" + UUID.randomUUID() + "/fields",
        wsA.viewerKey()).status());
    assertEquals(422, tenants.api().get("/v1/" + wsA.id() + "/world/entities/not-a-uuid/fields",
        wsA.viewerKey()).status());
  }
}
