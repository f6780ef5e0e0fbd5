package dev.wsconsole.server.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14, point 10 (operators): only admins keep the operator roster, and an operator acts only as the
 * record bound to their own account (the record's email is their account's), while admins act as any.
 */
@Tag("database")
class OperatorBindingTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("operator_binding");
  private static final Tenant ws = tenants.workspace("ops-binding", Environment.STAGING, "owner@bind.example")
      .memberWithKey("olga@bind.example", Role.OPERATOR)
      .memberWithKey("adam@bind.example", Role.ADMIN);
  private static final String OMAR = "omar@bind.example";

  private static String ops() {
    return "/v1/" + ws.id() + "/operators";
  }

  private static String olga() {
    return ws.keyOfMember(Role.OPERATOR);
  }

  private static String admin() {
    return ws.keyOfMember(Role.ADMIN);
  }

  private static String record(String email) {
    TestApi.Answer a = tenants.api().post(ops(), admin(), Map.of("name", "Roster " + email, "email", email));
    assertEquals(201, a.status(), a.text());
    return a.json().get("id").asText();
  }

  private static TestApi.Answer join(String key, String operator) {
    String sid = CallFixtures.call(tenants.api(), ws.id(), true).callSid();
    return tenants.api().post(ops() + "/" + operator + "/join-call", key, Map.of("call_sid", sid));
  }

  private static long rosterSize() {
    return tenants.api().get(ops(), olga()).json().get("total").asLong();
  }

  @Test
  void anOperatorCannotRegisterOrEditOperatorsButAnAdminCan() {
    long before = rosterSize();
    TestApi.Answer create = tenants.api().post(ops(), olga(), Map.of("name", "Eve", "email", "eve@bind.example"));
    assertEquals(403, create.status(), create.text());
    assertEquals(before, rosterSize(), "the refused create wrote nothing");

    String own = record("olga@bind.example");
    TestApi.Answer editOwn = tenants.api().call("PATCH", ops() + "/" + own, olga(), Map.of("name", "Olga the Great"));
    assertEquals(403, editOwn.status(), editOwn.text());
    String other = record("someone@bind.example");
    TestApi.Answer editOther = tenants.api().call("PATCH", ops() + "/" + other, olga(), Map.of("status", "online"));
    assertEquals(403, editOther.status(), editOther.text());
    assertEquals("offline", tenants.api().get(ops() + "/" + other, olga()).json().get("status").asText());

    TestApi.Answer byAdmin = tenants.api().call("PATCH", ops() + "/" + other, admin(), Map.of("status", "online"));
    assertEquals(200, byAdmin.status(), byAdmin.text());
    assertEquals("online", byAdmin.json().get("status").asText());
  }

  @Test
  void anOperatorActsAsTheirOwnRecordOnly() {
    String own = record("OLGA@bind.example"); // the binding ignores case
    assertEquals(200, join(olga(), own).status());

    tenants.api().member(ws.id(), tenants.api().user(OMAR), Role.OPERATOR);
    String omars = record(OMAR);
    TestApi.Answer asOmar = join(olga(), omars);
    assertEquals(403, asOmar.status(), asOmar.text());
    assertTrue(asOmar.json().get("detail").asText().contains("bound to your own account"), asOmar.text());
    String unbound = record("nobody-here@bind.example");
    assertEquals(403, join(olga(), unbound).status(), "a record bound to no account is an admin's to act as");
    assertEquals(0, tenants.api().get(ops() + "/audit-log?action=operator.join_call&operator_id=" + omars, olga())
        .json().get("total").asInt(), "the refused join wrote nothing");
    assertEquals("offline", tenants.api().get(ops() + "/" + omars, olga()).json().get("status").asText());
  }

  @Test
  void anAdminActsAsAnyOperatorAndRebindsARecordByItsEmail() {
    String unbound = record("later@bind.example");
    assertEquals(200, join(admin(), unbound).status(), "admins act as any operator record");

    String record = record("first@bind.example");
    assertEquals(403, join(olga(), record).status());
    TestApi.Answer rebind = tenants.api().call("PATCH", ops() + "/" + record, admin(),
        Map.of("email", "olga@bind.example"));
    assertEquals(200, rebind.status(), rebind.text());
    assertEquals(200, join(olga(), record).status(), "the record now belongs to Olga's account");
  }
}
