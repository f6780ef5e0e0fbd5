package dev.wsconsole.server.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input to the phone-number routes: 422s that point at the field, and 404s for ids of other workspaces. */
@Tag("database")
class PhoneNumberInputTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("phone_input");
  private static final Tenant north = tenants.workspace("input-north", Environment.STAGING, "alice@input.example")
      .keys(Role.OWNER);
  private static final Tenant south = tenants.workspace("input-south", Environment.STAGING, "bob@input.example");

  private static String numbers() {
    return "/v1/" + north.id() + "/phone-numbers";
  }

  private static void assertInvalid(TestApi.Answer a, String type, Object... loc) {
    assertEquals(422, a.status(), a.text());
    JsonNode error = a.json().get("detail").get(0);
    assertEquals(type, error.get("type").asText(), a.text());
    assertEquals(List.of(loc).toString().replace(" ", ""), error.get("loc").toString().replace("\"", ""), a.text());
  }

  private static TestApi.Answer create(Map<String, Object> body) {
    return tenants.api().post(numbers(), north.ownerKey(), body);
  }

  @Test
  void numbersThatAreNotE164AreRefused() {
    for (String bad : List.of("4155550123", "+04155550123", "+1 415 555 0123", "+141555", "+1234567890123456",
        "+1-415-555-0123", "+")) {
      TestApi.Answer a = create(Map.of("phone_number", bad));
      assertEquals(422, a.status(), bad + ": " + a.text());
      assertEquals("[\"body\",\"phone_number\"]", a.json().get("detail").get(0).get("loc").toString(), bad);
    }
    assertInvalid(create(Map.of("display_name", "no number")), "missing", "body", "phone_number");
    assertInvalid(create(Map.of("phone_number", 14155550123L)), "string_type", "body", "phone_number");
  }

  @Test
  void unknownEnumValuesAreRefused() {
    String e164 = TestPhoneNumbers.fresh();
    assertInvalid(create(Map.of("phone_number", e164, "status", "paused")), "enum", "body", "status");
    assertInvalid(create(Map.of("phone_number", e164, "provider", "vonage")), "enum", "body", "provider");
    assertInvalid(create(Map.of("phone_number", e164, "capabilities", List.of("inbound", "sms"))), "enum",
        "body", "capabilities", 1);
    assertInvalid(tenants.api().get(numbers() + "?status=deleted", north.ownerKey()), "enum", "query", "status");
  }

  @Test
  void oversizedFieldsAndListsAreRefused() {
    String e164 = TestPhoneNumbers.fresh();
    assertInvalid(create(Map.of("phone_number", e164, "capabilities", List.of("inbound", "outbound", "inbound"))),
        "too_long", "body", "capabilities");
    assertInvalid(create(Map.of("phone_number", e164, "display_name", "x".repeat(257))), "string_too_long",
        "body", "display_name");
    assertInvalid(create(Map.of("phone_number", e164, "notes", "x".repeat(2001))), "string_too_long", "body", "notes");
    assertInvalid(create(Map.of("phone_number", e164, "provider_phone_sid", "x".repeat(65))), "string_too_long",
        "body", "provider_phone_sid");
    assertInvalid(tenants.api().get(numbers() + "?limit=21", north.ownerKey()), "less_than_equal", "query", "limit");
    assertInvalid(tenants.api().get(numbers() + "?limit=0", north.ownerKey()), "greater_than_equal", "query", "limit");
  }

  @Test
  void unknownFieldsWrongTypesAndBadIdsAreRefused() {
    String e164 = TestPhoneNumbers.fresh();
    assertInvalid(create(Map.of("phone_number", e164, "workspace_id", south.id().toString())), "extra_forbidden",
        "body", "workspace_id");
    assertInvalid(create(Map.of("phone_number", e164, "inbound_service_id", "not-a-uuid")), "uuid_parsing",
        "body", "inbound_service_id");
    assertInvalid(create(Map.of("phone_number", e164, "forwarding", Map.of("forward_to", "555"))), "value_error",
        "body", "forwarding", "forward_to");
    assertInvalid(create(Map.of("phone_number", e164, "forwarding", Map.of("enabled", true))), "missing",
        "body", "forwarding", "forward_to");
    assertInvalid(create(Map.of("phone_number", e164, "forwarding", Map.of("forward_to", e164))), "value_error",
        "body", "forwarding", "forward_to");
    assertInvalid(tenants.api().get(numbers() + "/12345", north.ownerKey()), "uuid_parsing", "path", "phone_number_id");
    PhoneNumber n = TestPhoneNumbers.number(tenants.api(), north.id(), TestPhoneNumbers.fresh());
    assertInvalid(tenants.api().call("PUT", numbers() + "/" + n.id(), north.ownerKey(), Map.of("phone_number", e164)),
        "extra_forbidden",
        "body", "phone_number");
    assertInvalid(tenants.api().call("PUT", numbers() + "/" + n.id(), north.ownerKey(), Map.of("capabilities",
        List.of("a", "b", "c",
        "d", "e"))), "too_long", "body", "capabilities");
    assertInvalid(tenants.api().call("PUT", numbers() + "/" + n.id() + "/forwarding", north.ownerKey(),
        Map.of("forward_to",
        "+1 555")), "value_error", "body", "forward_to");
    assertInvalid(tenants.api().call("PUT", numbers() + "/" + n.id(), north.ownerKey(), "[1, 2]"), "model_type",
        "body");
  }

  @Test
  void anotherWorkspacesPhoneNumberIdIsNotFoundOnEveryRoute() {
    PhoneNumber theirs = TestPhoneNumbers.number(tenants.api(), south.id(), TestPhoneNumbers.fresh());
    String one = numbers() + "/" + theirs.id();
    assertEquals(404, tenants.api().get(one, north.ownerKey()).status());
    assertEquals(404, tenants.api().call("PUT", one, north.ownerKey(), Map.of("notes", "mine now")).status());
    assertEquals(404, tenants.api().call("PUT", one + "/forwarding", north.ownerKey(), Map.of("forward_to",
        TestPhoneNumbers.fresh())).status());
    assertEquals(404, tenants.api().call("DELETE", one + "/forwarding", north.ownerKey(), null).status());
    assertEquals(404, tenants.api().call("DELETE", one, north.ownerKey(), null).status());
    assertEquals(theirs, tenants.api().backend.phoneNumbers().get(south.id(), theirs.id()).orElseThrow(),
        "the number changed");
  }

  @Test
  void anotherWorkspacesServiceIsNotFoundAndNamed() {
    UUID theirService = TestPhoneNumbers.service(tenants.api(), south.id(), "Their scheduling");
    TestApi.Answer created = create(Map.of("phone_number", TestPhoneNumbers.fresh(),
        "inbound_service_id", theirService.toString()));
    assertEquals(404, created.status(), created.text());
    assertTrue(created.json().get("detail").asText().contains("inbound_service_id"), created.text());
    PhoneNumber mine = TestPhoneNumbers.number(tenants.api(), north.id(), TestPhoneNumbers.fresh());
    TestApi.Answer updated = tenants.api().call("PUT", numbers() + "/" + mine.id(), north.ownerKey(),
        Map.of("inbound_service_id", theirService.toString()));
    assertEquals(404, updated.status(), updated.text());
    assertTrue(updated.json().get("detail").asText().contains("inbound_service_id"), updated.text());
    assertEquals(null, tenants.api().backend.phoneNumbers().get(north.id(),
        mine.id()).orElseThrow().inboundServiceId());
  }
}
