package dev.wsconsole.server.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Invitations over HTTP: invite, list, accept (once, in time, by the right person), revoke, and their audit trail. */
@Tag("database")
class InvitationApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("invitations");
  private static final Tenant ws = tenants.workspace("inv-clinic", Environment.STAGING, "owner@inv.example.org")
      .keys(Role.OWNER).memberWithKey("admin@inv.example.org", Role.ADMIN);

  private static JsonNode invite(String key, String email, String role, int expected) {
    TestApi.Answer a = tenants.api().post("/v1/" + ws.id() + "/invitations", key, Map.of("email", email, "role", role));
    assertEquals(expected, a.status(), a.text());
    return a.json();
  }

  private static TestApi.Answer accept(String session, String token) {
    return tenants.api().post("/v1/invitations/accept", session, Map.of("token", token));
  }

  @Test
  void anInvitedPersonAcceptsAndIsListedWithTheInvitedRole() {
    JsonNode created = invite(ws.keyOfMember(Role.ADMIN), "Nurse.Joy@Inv.Example.org", "member", 201);
    String token = created.get("token").asText();
    assertTrue(token.startsWith("wsi_"), token);
    assertEquals("nurse.joy@inv.example.org", created.get("email").asText());
    JsonNode pending = tenants.api().get("/v1/" + ws.id() + "/invitations", ws.keyOfMember(Role.ADMIN)).json();
    assertTrue(pending.get("items").toString().contains("nurse.joy@inv.example.org"));
    assertFalse(pending.toString().contains(token), "a listed invitation never shows its token");

    UUID joy = tenants.api().user("nurse.joy@inv.example.org");
    TestApi.Answer accepted = accept(tenants.api().signIn("nurse.joy@inv.example.org"), token);
    assertEquals(200, accepted.status(), accepted.text());
    assertEquals("member", accepted.json().get("member").get("role").asText());

    JsonNode members = tenants.api().get("/v1/" + ws.id() + "/members?limit=20", ws.keyOfMember(Role.ADMIN)).json();
    JsonNode listed = null;
    for (JsonNode m : members.get("items")) {
      listed = m.get("user_id").asText().equals(joy.toString()) ? m : listed;
    }
    assertEquals("member", listed.get("role").asText());
    assertEquals("nurse.joy@inv.example.org", listed.get("email").asText());
    assertTrue(listed.get("joined_at").asText().endsWith("Z"), listed.toString());
    assertFalse(tenants.api().get("/v1/" + ws.id() + "/invitations",
        ws.keyOfMember(Role.ADMIN)).text().contains("nurse.joy"), "no longer pending");
    assertTrue(tenants.api().auditTrail(ws.id()).contains("member.invite:allowed invitation:" + created.get("id")
        .asText()));
    assertTrue(tenants.api().auditTrail(ws.id()).contains("member.accept:allowed invitation:" + created.get("id")
        .asText()));
  }

  @Test
  void anInvitationCannotBeAcceptedByAnAccountWithAnotherEmail() {
    String token = invite(ws.keyOfMember(Role.ADMIN), "intended@inv.example.org", "viewer", 201).get("token").asText();
    tenants.api().user("intruder@inv.example.org");
    TestApi.Answer a = accept(tenants.api().signIn("intruder@inv.example.org"), token);
    assertEquals(403, a.status(), a.text());
    assertTrue(tenants.api().auditTrail(ws.id()).stream().anyMatch(l -> l.startsWith("member.accept:denied")));
  }

  @Test
  void anInvitationIsSingleUse() {
    String token = invite(ws.keyOfMember(Role.ADMIN), "once@inv.example.org", "viewer", 201).get("token").asText();
    tenants.api().user("once@inv.example.org");
    String session = tenants.api().signIn("once@inv.example.org");
    assertEquals(200, accept(session, token).status());
    assertEquals(410, accept(session, token).status());
  }

  @Test
  void anExpiredInvitationIsRefused() {
    JsonNode created = invite(ws.keyOfMember(Role.ADMIN), "late@inv.example.org", "viewer", 201);
    UUID id = UUID.fromString(created.get("id").asText());
    tenants.api().backend.tx().run(ws.id(),
        h -> h.createUpdate("UPDATE console.invitations SET expires_at = now() - interval '1 second'"
        + " WHERE workspace_id = :ws AND id = :id").bind("ws", ws.id()).bind("id", id).execute());
    tenants.api().user("late@inv.example.org");
    TestApi.Answer a = accept(tenants.api().signIn("late@inv.example.org"), created.get("token").asText());
    assertEquals(410, a.status(), a.text());
    assertTrue(a.json().get("detail").asText().contains("expired"));
  }

  @Test
  void aRevokedInvitationIsRefusedAndNoLongerListed() {
    JsonNode created = invite(ws.ownerKey(), "withdrawn@inv.example.org", "viewer", 201);
    assertEquals(204, tenants.api().call("DELETE", "/v1/" + ws.id() + "/invitations/" + created.get("id").asText(),
        ws.keyOfMember(Role.ADMIN), null)
        .status());
    assertFalse(tenants.api().get("/v1/" + ws.id() + "/invitations",
        ws.keyOfMember(Role.ADMIN)).text().contains("withdrawn@"));
    tenants.api().user("withdrawn@inv.example.org");
    assertEquals(410, accept(tenants.api().signIn("withdrawn@inv.example.org"),
        created.get("token").asText()).status());
    assertEquals(404, tenants.api().call("DELETE", "/v1/" + ws.id() + "/invitations/" + created.get("id").asText(),
        ws.keyOfMember(Role.ADMIN), null)
        .status());
  }

  @Test
  void acceptingWhenAlreadyAMemberIsAConflict() {
    UUID already = tenants.api().user("already@inv.example.org");
    String token = tenants.api().invitation(ws.id(), already, "already@inv.example.org", Role.VIEWER);
    tenants.api().member(ws.id(), already, Role.VIEWER);
    assertEquals(409, accept(tenants.api().signIn("already@inv.example.org"), token).status());
  }

  @Test
  void invitingSomeoneWhoIsAlreadyAMemberIsAConflict() {
    JsonNode refused = invite(ws.keyOfMember(Role.ADMIN), "ADMIN@inv.example.org", "viewer", 409);
    assertTrue(refused.get("detail").asText().contains("already a member"), refused.toString());
  }

  @Test
  void aSecondPendingInvitationForTheSameEmailIsAConflict() {
    invite(ws.keyOfMember(Role.ADMIN), "twice@inv.example.org", "viewer", 201);
    invite(ws.keyOfMember(Role.ADMIN), "Twice@inv.example.org", "member", 409);
  }

  @Test
  void anApiKeyCannotAcceptAnInvitationForItsCreator() {
    UUID other = tenants.api().workspace("inv-other", Environment.STAGING, tenants.api().user("host@inv.example.org"));
    String invitation = tenants.api().invitation(other, tenants.api().user("host2@inv.example.org"),
        "admin@inv.example.org", Role.VIEWER);
    assertEquals(403, accept(ws.keyOfMember(Role.ADMIN), invitation).status());
  }

  @Test
  void anAdminCannotInviteAnOwnerButCanInviteAnAdmin() {
    TestApi.Answer a = tenants.api().post("/v1/" + ws.id() + "/invitations", ws.keyOfMember(Role.ADMIN),
        Map.of("email", "boss@inv.example.org",
        "role", "owner"));
    assertEquals(403, a.status(), a.text());
    invite(ws.keyOfMember(Role.ADMIN), "peer@inv.example.org", "admin", 201);
    invite(ws.ownerKey(), "boss@inv.example.org", "owner", 201);
  }

  @Test
  void badInvitationInputIsRefusedWithTheFieldNamed() {
    assertEquals("email", field(tenants.api().post("/v1/" + ws.id() + "/invitations", ws.keyOfMember(Role.ADMIN),
        Map.of("email", "not-an-email", "role", "viewer"))));
    assertEquals("role", field(tenants.api().post("/v1/" + ws.id() + "/invitations", ws.keyOfMember(Role.ADMIN),
        Map.of("email", "x@inv.example.org", "role", "superuser"))));
    assertEquals("colour", field(tenants.api().post("/v1/" + ws.id() + "/invitations", ws.keyOfMember(Role.ADMIN),
        Map.of("email", "x@inv.example.org", "role", "viewer", "colour", "red"))));
    assertEquals("invitation_id", field(tenants.api().call("DELETE", "/v1/" + ws.id() + "/invitations/42",
        ws.keyOfMember(Role.ADMIN), null)));
    tenants.api().user("typo@inv.example.org");
    assertEquals("token", field(accept(tenants.api().signIn("typo@inv.example.org"), "wsi_nonsense")));
  }

  private static String field(TestApi.Answer a) {
    assertEquals(422, a.status(), a.text());
    JsonNode loc = a.json().get("detail").get(0).get("loc");
    return loc.get(loc.size() - 1).asText();
  }
}
