package dev.wsconsole.server.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Invitations over HTTP: invite, list, accept (once, in time, by the right person), revoke, and their audit trail. */
@Tag("database")
class InvitationApiTest {
  private static TestApi api;
  private static UUID ws;
  private static String ownerKey;
  private static String adminKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("invitations");
    UUID owner = api.user("owner@inv.example.org");
    ws = api.workspace("inv-clinic", Environment.STAGING, owner);
    UUID admin = api.user("admin@inv.example.org");
    api.member(ws, admin, Role.ADMIN);
    ownerKey = api.key(ws, owner, Role.OWNER);
    adminKey = api.key(ws, admin, Role.ADMIN);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static JsonNode invite(String key, String email, String role, int expected) {
    TestApi.Answer a = api.post("/v1/" + ws + "/invitations", key, Map.of("email", email, "role", role));
    assertEquals(expected, a.status(), a.text());
    return a.json();
  }

  private static TestApi.Answer accept(String session, String token) {
    return api.post("/v1/invitations/accept", session, Map.of("token", token));
  }

  @Test
  void anInvitedPersonAcceptsAndIsListedWithTheInvitedRole() {
    JsonNode created = invite(adminKey, "Nurse.Joy@Inv.Example.org", "member", 201);
    String token = created.get("token").asText();
    assertTrue(token.startsWith("wsi_"), token);
    assertEquals("nurse.joy@inv.example.org", created.get("email").asText());
    JsonNode pending = api.get("/v1/" + ws + "/invitations", adminKey).json();
    assertTrue(pending.get("items").toString().contains("nurse.joy@inv.example.org"));
    assertFalse(pending.toString().contains(token), "a listed invitation never shows its token");

    UUID joy = api.user("nurse.joy@inv.example.org");
    TestApi.Answer accepted = accept(api.signIn("nurse.joy@inv.example.org"), token);
    assertEquals(200, accepted.status(), accepted.text());
    assertEquals("member", accepted.json().get("member").get("role").asText());

    JsonNode members = api.get("/v1/" + ws + "/members?limit=20", adminKey).json();
    JsonNode listed = null;
    for (JsonNode m : members.get("items")) {
      listed = m.get("user_id").asText().equals(joy.toString()) ? m : listed;
    }
    assertEquals("member", listed.get("role").asText());
    assertEquals("nurse.joy@inv.example.org", listed.get("email").asText());
    assertTrue(listed.get("joined_at").asText().endsWith("Z"), listed.toString());
    assertFalse(api.get("/v1/" + ws + "/invitations", adminKey).text().contains("nurse.joy"), "no longer pending");
    assertTrue(api.auditTrail(ws).contains("member.invite:allowed invitation:" + created.get("id").asText()));
    assertTrue(api.auditTrail(ws).contains("member.accept:allowed invitation:" + created.get("id").asText()));
  }

  @Test
  void anInvitationCannotBeAcceptedByAnAccountWithAnotherEmail() {
    String token = invite(adminKey, "intended@inv.example.org", "viewer", 201).get("token").asText();
    api.user("intruder@inv.example.org");
    TestApi.Answer a = accept(api.signIn("intruder@inv.example.org"), token);
    assertEquals(403, a.status(), a.text());
    assertTrue(api.auditTrail(ws).stream().anyMatch(l -> l.startsWith("member.accept:denied")));
  }

  @Test
  void anInvitationIsSingleUse() {
    String token = invite(adminKey, "once@inv.example.org", "viewer", 201).get("token").asText();
    api.user("once@inv.example.org");
    String session = api.signIn("once@inv.example.org");
    assertEquals(200, accept(session, token).status());
    assertEquals(410, accept(session, token).status());
  }

  @Test
  void anExpiredInvitationIsRefused() {
    JsonNode created = invite(adminKey, "late@inv.example.org", "viewer", 201);
    UUID id = UUID.fromString(created.get("id").asText());
    api.backend.tx().run(ws, h -> h.createUpdate("UPDATE console.invitations SET expires_at = now() - interval '1 second'"
        + " WHERE workspace_id = :ws AND id = :id").bind("ws", ws).bind("id", id).execute());
    api.user("late@inv.example.org");
    TestApi.Answer a = accept(api.signIn("late@inv.example.org"), created.get("token").asText());
    assertEquals(410, a.status(), a.text());
    assertTrue(a.json().get("detail").asText().contains("expired"));
  }

  @Test
  void aRevokedInvitationIsRefusedAndNoLongerListed() {
    JsonNode created = invite(ownerKey, "withdrawn@inv.example.org", "viewer", 201);
    assertEquals(204, api.call("DELETE", "/v1/" + ws + "/invitations/" + created.get("id").asText(), adminKey, null)
        .status());
    assertFalse(api.get("/v1/" + ws + "/invitations", adminKey).text().contains("withdrawn@"));
    api.user("withdrawn@inv.example.org");
    assertEquals(410, accept(api.signIn("withdrawn@inv.example.org"), created.get("token").asText()).status());
    assertEquals(404, api.call("DELETE", "/v1/" + ws + "/invitations/" + created.get("id").asText(), adminKey, null)
        .status());
  }

  @Test
  void acceptingWhenAlreadyAMemberIsAConflict() {
    UUID already = api.user("already@inv.example.org");
    String token = api.invitation(ws, already, "already@inv.example.org", Role.VIEWER);
    api.member(ws, already, Role.VIEWER);
    assertEquals(409, accept(api.signIn("already@inv.example.org"), token).status());
  }

  @Test
  void invitingSomeoneWhoIsAlreadyAMemberIsAConflict() {
    JsonNode refused = invite(adminKey, "ADMIN@inv.example.org", "viewer", 409);
    assertTrue(refused.get("detail").asText().contains("already a member"), refused.toString());
  }

  @Test
  void aSecondPendingInvitationForTheSameEmailIsAConflict() {
    invite(adminKey, "twice@inv.example.org", "viewer", 201);
    invite(adminKey, "Twice@inv.example.org", "member", 409);
  }

  @Test
  void anApiKeyCannotAcceptAnInvitationForItsCreator() {
    UUID other = api.workspace("inv-other", Environment.STAGING, api.user("host@inv.example.org"));
    String invitation = api.invitation(other, api.user("host2@inv.example.org"), "admin@inv.example.org", Role.VIEWER);
    assertEquals(403, accept(adminKey, invitation).status());
  }

  @Test
  void anAdminCannotInviteAnOwnerButCanInviteAnAdmin() {
    TestApi.Answer a = api.post("/v1/" + ws + "/invitations", adminKey, Map.of("email", "boss@inv.example.org",
        "role", "owner"));
    assertEquals(403, a.status(), a.text());
    invite(adminKey, "peer@inv.example.org", "admin", 201);
    invite(ownerKey, "boss@inv.example.org", "owner", 201);
  }

  @Test
  void badInvitationInputIsRefusedWithTheFieldNamed() {
    assertEquals("email", field(api.post("/v1/" + ws + "/invitations", adminKey,
        Map.of("email", "not-an-email", "role", "viewer"))));
    assertEquals("role", field(api.post("/v1/" + ws + "/invitations", adminKey,
        Map.of("email", "x@inv.example.org", "role", "superuser"))));
    assertEquals("colour", field(api.post("/v1/" + ws + "/invitations", adminKey,
        Map.of("email", "x@inv.example.org", "role", "viewer", "colour", "red"))));
    assertEquals("invitation_id", field(api.call("DELETE", "/v1/" + ws + "/invitations/42", adminKey, null)));
    api.user("typo@inv.example.org");
    assertEquals("token", field(accept(api.signIn("typo@inv.example.org"), "wsi_nonsense")));
  }

  private static String field(TestApi.Answer a) {
    assertEquals(422, a.status(), a.text());
    JsonNode loc = a.json().get("detail").get(0).get("loc");
    return loc.get(loc.size() - 1).asText();
  }
}
