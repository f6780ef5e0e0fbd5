package dev.wsconsole.server.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Phone numbers through the API: the contract's fields and defaults, paging, updates, forwarding, audit. */
@Tag("database")
class PhoneNumberTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("phone_numbers");
  private static final Tenant north = tenants.workspace("phones-north", Environment.STAGING, "phones-owner@example.org")
      .keys(Role.ADMIN);

  static String path(UUID ws) {
    return "/v1/" + ws + "/phone-numbers";
  }

  static JsonNode create(Map<String, Object> body) {
    TestApi.Answer a = tenants.api().post(path(north.id()), north.adminKey(), body);
    assertEquals(201, a.status(), a.text());
    return a.json();
  }

  @Test
  void aNewNumberCarriesTheContractDefaults() {
    String e164 = TestPhoneNumbers.fresh();
    JsonNode n = create(Map.of("phone_number", e164));
    assertEquals(e164, n.get("phone_number").asText());
    assertEquals(north.id().toString(), n.get("workspace_id").asText());
    assertEquals("twilio", n.get("provider").asText());
    assertEquals("active", n.get("status").asText());
    assertEquals("[\"inbound\",\"outbound\"]", n.get("capabilities").toString());
    assertEquals("", n.get("display_name").asText());
    assertEquals("", n.get("notes").asText());
    assertTrue(n.get("forwarding").isNull() && n.get("inbound_service_id").isNull()
        && n.get("provider_phone_sid").isNull(), n.toString());
    JsonNode fetched = tenants.api().get(path(north.id()) + "/" + n.get("id").asText(), north.adminKey()).json();
    assertEquals(n, fetched);
  }

  @Test
  void theListPagesWithAContinuationTokenAndFiltersByStatus() {
    UUID owner = tenants.api().user("pager@example.org");
    UUID ws = tenants.api().workspace("phones-pager", Environment.DEVELOPMENT, owner);
    String key = tenants.api().key(ws, owner, Role.OWNER);
    for (int i = 0; i < 3; i++) {
      assertEquals(201, tenants.api().post(path(ws), key, Map.of("phone_number", TestPhoneNumbers.fresh(),
          "status", i == 0 ? "inactive" : "active")).status());
    }
    JsonNode first = tenants.api().get(path(ws) + "?limit=2", key).json();
    assertEquals(2, first.get("items").size());
    assertTrue(first.get("has_more").asBoolean());
    assertEquals(3, first.get("total").asInt());
    JsonNode second = tenants.api().get(path(ws) + "?limit=2&continuation_token=" + first.get("continuation_token")
        .asInt(),
        key).json();
    assertEquals(1, second.get("items").size());
    assertFalse(second.get("has_more").asBoolean());
    JsonNode inactive = tenants.api().get(path(ws) + "?status=inactive", key).json();
    assertEquals(1, inactive.get("total").asInt());
    assertEquals("inactive", inactive.get("items").get(0).get("status").asText());
  }

  @Test
  void anUpdateChangesOnlyTheFieldsItNames() {
    JsonNode n = create(Map.of("phone_number", TestPhoneNumbers.fresh(), "display_name", "Front desk",
        "notes", "Ground floor", "provider_phone_sid", "PN123"));
    String one = path(north.id()) + "/" + n.get("id").asText();
    TestApi.Answer a = tenants.api().call("PUT", one, north.adminKey(), Map.of("status", "inactive", "capabilities",
        List.of("inbound")));
    assertEquals(200, a.status(), a.text());
    assertEquals("inactive", a.json().get("status").asText());
    assertEquals("[\"inbound\"]", a.json().get("capabilities").toString());
    assertEquals("Front desk", a.json().get("display_name").asText());
    assertEquals("Ground floor", a.json().get("notes").asText());
    Map<String, Object> clearSid = new HashMap<>();
    clearSid.put("provider_phone_sid", null);
    clearSid.put("display_name", null); // not nullable in the response: null leaves it as it is
    JsonNode cleared = tenants.api().call("PUT", one, north.adminKey(), clearSid).json();
    assertTrue(cleared.get("provider_phone_sid").isNull(), cleared.toString());
    assertEquals("Front desk", cleared.get("display_name").asText());
  }

  @Test
  void forwardingIsSetWithDefaultsAndCleared() {
    JsonNode n = create(Map.of("phone_number", TestPhoneNumbers.fresh()));
    String forwarding = path(north.id()) + "/" + n.get("id").asText() + "/forwarding";
    String to = TestPhoneNumbers.fresh();
    TestApi.Answer set = tenants.api().call("PUT", forwarding, north.adminKey(), Map.of("forward_to", to));
    assertEquals(200, set.status(), set.text());
    assertEquals("{\"enabled\":true,\"forward_to\":\"" + to + "\",\"should_disconnect\":true}",
        set.json().get("forwarding").toString());
    TestApi.Answer off = tenants.api().call("PUT", forwarding, north.adminKey(), Map.of("forward_to", to, "enabled",
        false,
        "should_disconnect", false));
    assertFalse(off.json().get("forwarding").get("enabled").asBoolean());
    TestApi.Answer cleared = tenants.api().call("DELETE", forwarding, north.adminKey(), null);
    assertEquals(200, cleared.status(), cleared.text());
    assertTrue(cleared.json().get("forwarding").isNull());
  }

  @Test
  void anInboundServiceOfTheWorkspaceIsAttachedAndDetachedWithNull() {
    UUID service = TestPhoneNumbers.service(tenants.api(), north.id(), "Scheduling " + UUID.randomUUID());
    JsonNode n = create(Map.of("phone_number", TestPhoneNumbers.fresh(), "inbound_service_id", service.toString()));
    assertEquals(service.toString(), n.get("inbound_service_id").asText());
    Map<String, Object> detach = new HashMap<>();
    detach.put("inbound_service_id", null);
    JsonNode detached = tenants.api().call("PUT", path(north.id()) + "/" + n.get("id").asText(), north.adminKey(),
        detach).json();
    assertTrue(detached.get("inbound_service_id").isNull(), detached.toString());
  }

  @Test
  void deletingANumberAnswers204AndThenItIsGone() {
    JsonNode n = create(Map.of("phone_number", TestPhoneNumbers.fresh()));
    String one = path(north.id()) + "/" + n.get("id").asText();
    assertEquals(204, tenants.api().call("DELETE", one, north.adminKey(), null).status());
    assertEquals(404, tenants.api().get(one, north.adminKey()).status());
    assertEquals(404, tenants.api().call("DELETE", one, north.adminKey(), null).status());
  }

  @Test
  void everyWriteIsAuditedAndReadsAreNot() {
    UUID owner = tenants.api().user("audited@example.org");
    UUID ws = tenants.api().workspace("phones-audited", Environment.STAGING, owner);
    String key = tenants.api().key(ws, owner, Role.OWNER);
    JsonNode n = tenants.api().post(path(ws), key, Map.of("phone_number", TestPhoneNumbers.fresh())).json();
    String one = path(ws) + "/" + n.get("id").asText();
    tenants.api().get(one, key);
    tenants.api().get(path(ws), key);
    tenants.api().call("PUT", one, key, Map.of("notes", "x"));
    tenants.api().call("PUT", one + "/forwarding", key, Map.of("forward_to", TestPhoneNumbers.fresh()));
    tenants.api().call("DELETE", one + "/forwarding", key, null);
    tenants.api().call("DELETE", one, key, null);
    List<String> actions = TestPhoneNumbers.auditActions(tenants.api(), ws).stream()
        .filter(a -> a.startsWith("phone_number.")).toList();
    assertEquals(List.of("phone_number.create", "phone_number.update", "phone_number.set_forwarding",
        "phone_number.clear_forwarding", "phone_number.delete"), actions);
  }
}
