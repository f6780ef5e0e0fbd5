package dev.wsconsole.server.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Members over HTTP: role changes, removal and ownership transfer, within the role ladder and never ownerless. */
@Tag("database")
class MemberApiTest {
  private TestApi api;
  private UUID ws;
  private UUID owner;
  private String ownerKey;
  private UUID admin;
  private String adminKey;

  @BeforeEach
  void setUp() {
    api = TestApi.start("members");
    owner = api.user("owner@mem.example.org");
    ws = api.workspace("mem-clinic", Environment.STAGING, owner);
    admin = api.user("admin@mem.example.org");
    api.member(ws, admin, Role.ADMIN);
    ownerKey = api.key(ws, owner, Role.OWNER);
    adminKey = api.key(ws, admin, Role.ADMIN);
  }

  @AfterEach
  void tearDown() throws Exception {
    api.close();
  }

  private UUID member(String name, Role role) {
    UUID user = api.user(name + "@mem.example.org");
    api.member(ws, user, role);
    return user;
  }

  private TestApi.Answer patch(String key, Object userId, String role) {
    return api.call("PATCH", "/v1/" + ws + "/members/" + userId, key, Map.of("role", role));
  }

  private TestApi.Answer delete(String key, Object userId) {
    return api.call("DELETE", "/v1/" + ws + "/members/" + userId, key, null);
  }

  private Optional<Role> roleOf(UUID user) {
    return api.backend.memberships().roleOf(ws, user);
  }

  @Test
  void anAdminChangesAMembersRoleAndItIsAudited() {
    UUID nurse = member("nurse", Role.VIEWER);
    TestApi.Answer a = patch(adminKey, nurse, "operator");
    assertEquals(200, a.status(), a.text());
    assertEquals("operator", a.json().get("role").asText());
    assertEquals("nurse@mem.example.org", a.json().get("email").asText());
    assertEquals(Optional.of(Role.OPERATOR), roleOf(nurse));
    assertTrue(api.auditTrail(ws).contains("member.role_change:allowed user:" + nurse));
  }

  @Test
  void aMemberCannotChangeRoles() {
    UUID plain = member("plain", Role.MEMBER);
    UUID nurse = member("nurse", Role.VIEWER);
    assertEquals(403, patch(api.key(ws, plain, Role.MEMBER), nurse, "member").status());
    assertEquals(Optional.of(Role.VIEWER), roleOf(nurse));
  }

  @Test
  void nobodyGrantsOrTouchesARoleAboveTheirOwn() {
    UUID nurse = member("nurse", Role.VIEWER);
    assertEquals(403, patch(adminKey, nurse, "owner").status());
    UUID coOwner = member("co-owner", Role.OWNER);
    assertEquals(403, patch(adminKey, coOwner, "viewer").status());
    assertEquals(403, delete(adminKey, coOwner).status());
    assertEquals(Optional.of(Role.OWNER), roleOf(coOwner));
  }

  @Test
  void theLastOwnerCanBeNeitherDemotedNorRemoved() {
    TestApi.Answer demote = patch(ownerKey, owner, "admin");
    assertEquals(409, demote.status(), demote.text());
    assertTrue(demote.json().get("detail").asText().contains("at least one owner"), demote.text());
    assertEquals(409, delete(ownerKey, owner).status());
    assertEquals(Optional.of(Role.OWNER), roleOf(owner));
    member("second-owner", Role.OWNER);
    assertEquals(200, patch(ownerKey, owner, "admin").status(), "with a second owner the first may step down");
  }

  @Test
  void transferringOwnershipSwapsTheRolesAndIsAudited() {
    UUID heir = member("heir", Role.MEMBER);
    TestApi.Answer a = api.post("/v1/" + ws + "/members/transfer-ownership", ownerKey, Map.of("user_id", heir.toString()));
    assertEquals(200, a.status(), a.text());
    assertEquals("owner", a.json().get("owner").get("role").asText());
    assertEquals("admin", a.json().get("previous_owner").get("role").asText());
    assertEquals(Optional.of(Role.OWNER), roleOf(heir));
    assertEquals(Optional.of(Role.ADMIN), roleOf(owner));
    assertTrue(api.auditTrail(ws).contains("member.transfer_ownership:allowed user:" + heir));
    assertEquals(403, api.post("/v1/" + ws + "/members/transfer-ownership", ownerKey,
        Map.of("user_id", owner.toString())).status(), "the old owner's key now acts as an admin");
  }

  @Test
  void removingAMemberKillsTheirApiKeyAtOnceAndForGood() {
    UUID leaver = member("leaver", Role.MEMBER);
    String key = api.key(ws, leaver, Role.MEMBER);
    assertEquals(200, api.get("/v1/" + ws + "/members", key).status());
    assertEquals(204, delete(adminKey, leaver).status());
    assertEquals(401, api.get("/v1/" + ws + "/members", key).status());
    assertEquals(Optional.empty(), roleOf(leaver));
    assertTrue(api.auditTrail(ws).contains("member.remove:allowed user:" + leaver));
    api.member(ws, leaver, Role.MEMBER);
    assertEquals(401, api.get("/v1/" + ws + "/members", key).status(), "coming back does not revive old keys");
  }

  @Test
  void demotingAKeysCreatorShrinksTheKeyAtOnce() {
    UUID deputy = member("deputy", Role.ADMIN);
    String key = api.key(ws, deputy, Role.ADMIN);
    assertEquals(200, api.get("/v1/" + ws + "/invitations", key).status());
    assertEquals(200, patch(ownerKey, deputy, "viewer").status());
    assertEquals(403, api.get("/v1/" + ws + "/invitations", key).status());
    assertEquals(200, api.get("/v1/" + ws + "/members", key).status(), "what a viewer may do still works");
  }

  @Test
  void unknownMembersAreNotFound() {
    UUID nobody = UUID.randomUUID();
    assertEquals(404, patch(adminKey, nobody, "viewer").status());
    assertEquals(404, delete(adminKey, nobody).status());
    assertEquals(404, api.post("/v1/" + ws + "/members/transfer-ownership", ownerKey,
        Map.of("user_id", nobody.toString())).status());
  }

  @Test
  void badMemberInputIsRefusedWithTheFieldNamed() {
    UUID nurse = member("nurse", Role.VIEWER);
    assertEquals("user_id", field(patch(adminKey, "not-a-uuid", "viewer")));
    assertEquals("user_id", field(delete(adminKey, "42")));
    assertEquals("role", field(patch(adminKey, nurse, "superuser")));
    assertEquals("user_id", field(api.post("/v1/" + ws + "/members/transfer-ownership", ownerKey,
        Map.of("user_id", "nope"))));
    assertEquals("limit", field(api.get("/v1/" + ws + "/members?limit=0", adminKey)));
  }

  @Test
  void theMemberListPagesWithAContinuationToken() {
    member("third", Role.VIEWER);
    JsonNode first = api.get("/v1/" + ws + "/members?limit=2", adminKey).json();
    assertEquals(2, first.get("items").size());
    assertTrue(first.get("has_more").asBoolean());
    assertEquals(3, first.get("total").asInt());
    JsonNode rest = api.get("/v1/" + ws + "/members?limit=2&continuation_token="
        + first.get("continuation_token").asInt(), adminKey).json();
    assertEquals(1, rest.get("items").size());
    assertEquals("third@mem.example.org", rest.get("items").get(0).get("email").asText());
  }

  private static String field(TestApi.Answer a) {
    assertEquals(422, a.status(), a.text());
    JsonNode loc = a.json().get("detail").get(0).get("loc");
    return loc.get(loc.size() - 1).asText();
  }
}
