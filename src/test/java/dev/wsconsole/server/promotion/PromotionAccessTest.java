package dev.wsconsole.server.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who may promote where, and bad input: each refusal writes nothing in either workspace. */
@Tag("database")
class PromotionAccessTest {
  private static TestApi api;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("promotion_access");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  /** A person with {@code sourceRole} in the source and {@code targetRole} in the target (null: not a member). */
  private static String person(PromotionFixtures f, Role sourceRole, Role targetRole) {
    String email = "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    UUID user = api.user(email);
    api.member(f.source, user, sourceRole);
    if (targetRole != null) {
      api.member(f.target, user, targetRole);
    }
    return api.signIn(email);
  }

  private static void refused(PromotionFixtures f, String token, Object body, int status, String detail) {
    List<String> sourceAudit = api.auditTrail(f.source);
    List<String> targetAudit = api.auditTrail(f.target);
    for (TestApi.Answer a : List.of(f.preview(token, body), f.promote(token, body))) {
      assertEquals(status, a.status(), a.text());
      assertTrue(a.text().contains(detail), a.text());
    }
    assertEquals(targetAudit, api.auditTrail(f.target));
    assertEquals(sourceAudit.stream().filter(l -> l.startsWith("promotion")).toList(),
        api.auditTrail(f.source).stream().filter(l -> l.startsWith("promotion")).toList());
  }

  @Test
  void adminsOfBothWorkspacesMayPromote() {
    PromotionFixtures f = new PromotionFixtures(api);
    String admin = person(f, Role.ADMIN, Role.ADMIN);
    assertEquals(200, f.preview(admin, f.toTarget()).status());
    assertEquals(200, f.promote(admin, f.toTarget()).status());
  }

  @Test
  void aTargetTheCallerSeesButDoesNotAdministerIsForbidden() {
    PromotionFixtures f = new PromotionFixtures(api);
    for (Role role : List.of(Role.MEMBER, Role.OPERATOR, Role.VIEWER)) {
      refused(f, person(f, Role.ADMIN, role), f.toTarget(), 403, "in the target workspace");
    }
  }

  @Test
  void aSourceTheCallerDoesNotAdministerIsForbidden() {
    PromotionFixtures f = new PromotionFixtures(api);
    refused(f, person(f, Role.MEMBER, Role.OWNER), f.toTarget(), 403, "Insufficient permissions");
  }

  @Test
  void aTargetTheCallerCannotSeeIsNotFound() {
    PromotionFixtures f = new PromotionFixtures(api);
    refused(f, person(f, Role.ADMIN, null), f.toTarget(), 404, "Workspace not found");
    refused(f, f.session, Map.of("target_workspace_id", UUID.randomUUID().toString()), 404, "Workspace not found");
  }

  @Test
  void anApiKeyReachesOnlyItsOwnWorkspaceSoTheTargetIsNotFound() {
    PromotionFixtures f = new PromotionFixtures(api);
    refused(f, f.sourceKey, f.toTarget(), 404, "Workspace not found");
  }

  @Test
  void badInputIsRefusedWithItsLocation() {
    PromotionFixtures f = new PromotionFixtures(api);
    refused(f, f.session, Map.of(), 422, "target_workspace_id");
    refused(f, f.session, Map.of("target_workspace_id", "not-a-uuid"), 422, "target_workspace_id");
    refused(f, f.session, Map.of("target_workspace_id", 42), 422, "target_workspace_id");
    refused(f, f.session, Map.of("target_workspace_id", f.source.toString()), 422, "another workspace");
    refused(f, f.session, Map.of("target_workspace_id", f.target.toString(), "extra", 1), 422, "extra");
    TestApi.Answer digest = f.promote(f.session, Map.of("target_workspace_id", f.target.toString(),
        "preview_digest", "abc"));
    assertEquals(422, digest.status(), digest.text());
    assertTrue(digest.text().contains("preview_digest"), digest.text());
    assertEquals(422, f.promote(f.session, "{\"target_workspace_id\":").status());
  }
}
