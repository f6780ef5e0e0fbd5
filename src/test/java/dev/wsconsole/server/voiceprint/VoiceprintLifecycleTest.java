package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Re-enrolment, deletion, who may touch whose voiceprint, the skip path, and workspace isolation. */
@Tag("database")
class VoiceprintLifecycleTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("voice_lifecycle");
  private static final Tenant ws = tenants.workspace("voice-life", Environment.STAGING, "owner-voice-life@example.org");

  @BeforeAll
  static void enableVoice() {
    VoiceFixtures.enableVoice(tenants.api(), ws.id());
  }

  private record Member(UUID user, VoiceApiClient client) {
    UUID entity() {
      return VoiceprintRules.personEntity(client.ws, user);
    }
  }

  private static Member member(UUID workspace, String name, Role role) {
    UUID user = tenants.api().user(name + "@example.org");
    tenants.api().member(workspace, user, role);
    return new Member(user, new VoiceApiClient(tenants.api(), workspace, tenants.api().key(workspace, user, role)));
  }

  private static List<Map<String, Object>> voiceEvents(UUID entity) {
    return tenants.api().backend.tx().call(ws.id(),
        h -> h.createQuery("SELECT id, event_type, supersedes FROM console.events"
            + " WHERE workspace_id = :ws AND entity_id = :e ORDER BY ingested_at")
        .bind("ws", ws.id()).bind("e", entity).mapToMap().list());
  }

  @Test
  void reEnrolmentSupersedesAndDeletionLeavesNothingUsable() {
    Member quin = member(ws.id(), "quin", Role.VIEWER);
    assertEquals(201, quin.client().enrolSpeakerA().status());
    assertEquals(201, quin.client().enrol(quin.entity().toString(), "a_enroll2.wav", "a_enroll1.wav").status());
    assertEquals(204, quin.client().delete("me").status());
    List<Map<String, Object>> events = voiceEvents(quin.entity());
    assertEquals(List.of("voiceprint.enrolled", "voiceprint.enrolled", "voiceprint.deleted"),
        events.stream().map(e -> e.get("event_type")).toList());
    assertNull(events.get(0).get("supersedes"));
    assertEquals(events.get(0).get("id"), events.get(1).get("supersedes"));
    assertEquals(events.get(1).get("id"), events.get(2).get("supersedes"));
    assertFalse(quin.client().status("me").json().get("enrolled").asBoolean());
    long rows = tenants.api().backend.tx().call(ws.id(),
        h -> h.createQuery("SELECT count(*) FROM console.voiceprints WHERE"
        + " workspace_id = :ws AND entity_id = :e").bind("ws", ws.id()).bind("e",
        quin.entity()).mapTo(Long.class).one());
    assertEquals(0, rows, "the model bytes are erased, not just marked");
    TestApi.Answer verify = quin.client().verify("a_pass.wav");
    assertEquals(404, verify.status(), verify.text());
    assertEquals(404, quin.client().delete("me").status());
  }

  @Test
  void membersEnrolOnlyTheirOwnVoice() {
    Member rae = member(ws.id(), "rae", Role.ADMIN);
    Member sam = member(ws.id(), "sam", Role.MEMBER);
    TestApi.Answer forOther = rae.client().enrol(sam.entity().toString(), "a_enroll1.wav", "a_enroll2.wav");
    assertEquals(403, forOther.status(), forOther.text());
    assertTrue(tenants.api().auditTrail(ws.id()).stream()
        .anyMatch(l -> l.startsWith("voiceprint.enroll:denied entity:" + sam.entity())));
    UUID challenge = VoiceFixtures.challenge(tenants.api(), ws.id(), rae.user());
    TestApi.Answer verifyOther = tenants.api().post(rae.client().base() + "/verify", rae.client().key,
        VoiceFixtures.verifyBody(sam.entity().toString(), challenge, Fixtures.wav("a_pass.wav")));
    assertEquals(403, verifyOther.status(), verifyOther.text());
  }

  @Test
  void onlyVoiceprintManagersDeleteAnotherMembersVoiceprint() {
    Member tom = member(ws.id(), "tom", Role.MEMBER);
    VoiceFixtures.enrolDirectly(tenants.api(), ws.id(), tom.user());
    for (Role role : new Role[] {Role.VIEWER, Role.OPERATOR, Role.MEMBER}) {
      Member other = member(ws.id(), "del-" + role.wireName(), role);
      TestApi.Answer denied = other.client().delete(tom.entity().toString());
      assertEquals(403, denied.status(), role + ": " + denied.text());
    }
    assertTrue(tom.client().status("me").json().get("enrolled").asBoolean());
    Member admin = member(ws.id(), "uma", Role.ADMIN);
    assertEquals(204, admin.client().delete(tom.entity().toString()).status());
    assertTrue(tenants.api().auditTrail(ws.id()).stream()
        .anyMatch(l -> l.equals("voiceprint.delete:allowed entity:" + tom.entity())));
  }

  /** Issue 14, point 10: another person's voiceprint status is an admin's to read; anyone else gets 404. */
  @Test
  void anotherPersonsVoiceprintStatusIsNotFoundWithoutVoiceprintManage() {
    Member enrolled = member(ws.id(), "enrolled-ivy", Role.MEMBER);
    VoiceFixtures.enrolDirectly(tenants.api(), ws.id(), enrolled.user());
    Member never = member(ws.id(), "never-enrolled-ned", Role.MEMBER);
    for (Role role : new Role[] {Role.VIEWER, Role.OPERATOR, Role.MEMBER}) {
      Member reader = member(ws.id(), "status-" + role.wireName(), role);
      for (UUID other : List.of(enrolled.entity(), never.entity(), UUID.randomUUID())) {
        TestApi.Answer a = reader.client().status(other.toString());
        assertEquals(404, a.status(), role + " reading " + other + ": " + a.text());
        assertFalse(a.text().contains("enrolled"), a.text());
      }
      TestApi.Answer own = reader.client().status("me");
      assertEquals(200, own.status(), own.text());
      TestApi.Answer ownById = reader.client().status(reader.entity().toString());
      assertEquals(200, ownById.status(), ownById.text());
    }
    Member admin = member(ws.id(), "status-admin", Role.ADMIN);
    TestApi.Answer byAdmin = admin.client().status(enrolled.entity().toString());
    assertEquals(200, byAdmin.status(), byAdmin.text());
    assertTrue(byAdmin.json().get("enrolled").asBoolean());
  }

  @Test
  void aVoiceprintOfOneWorkspaceIsNeverUsedInAnother() {
    UUID otherWs = tenants.api().workspace("voice-life-b", Environment.PRODUCTION, ws.owner());
    VoiceFixtures.enableVoice(tenants.api(), otherWs);
    UUID vic = tenants.api().user("vic@example.org");
    tenants.api().member(ws.id(), vic, Role.MEMBER);
    tenants.api().member(otherWs, vic, Role.MEMBER);
    VoiceApiClient inA = new VoiceApiClient(tenants.api(), ws.id(), tenants.api().key(ws.id(), vic, Role.MEMBER));
    VoiceApiClient inB = new VoiceApiClient(tenants.api(), otherWs, tenants.api().key(otherWs, vic, Role.MEMBER));
    assertEquals(201, inA.enrolSpeakerA().status());
    assertFalse(inB.status("me").json().get("enrolled").asBoolean());
    assertFalse(inB.policy().json().get("enrolled").asBoolean());
    UUID entityInA = VoiceprintRules.personEntity(ws.id(), vic);
    assertEquals(404, inB.status(entityInA.toString()).status(), "not vic's entity in B, so not B's to read");
    assertEquals(404, inB.verify("a_pass.wav").status(), "no voiceprint in B, whatever A holds");
    UUID challenge = VoiceFixtures.challenge(tenants.api(), otherWs, vic);
    TestApi.Answer crossEntity = tenants.api().post(inB.base() + "/verify", inB.key,
        VoiceFixtures.verifyBody(entityInA.toString(), challenge, Fixtures.wav("a_pass.wav")));
    assertEquals(403, crossEntity.status(), crossEntity.text());
    assertEquals(404, tenants.api().get("/v1/" + ws.id() + "/voiceprints/me", inB.key).status(),
        "B's key does not open A");
  }

  @Test
  void aSkippedVoiceStepIsAuditedWithItsReason() {
    Member wes = member(ws.id(), "wes", Role.OPERATOR);
    String session = tenants.api().signIn("wes@example.org"); // a skip is a sign-in session's (decision 0033)
    TestApi.Answer skip = tenants.api().post(wes.client().base() + "/skip", session,
        Map.of("reason", "no_device", "detail", "LineUnavailableException"));
    assertEquals(200, skip.status(), skip.text());
    assertTrue(tenants.api().auditTrail(ws.id()).contains("voiceprint.skip:allowed entity:" + wes.entity()));
    TestApi.Answer unknown = tenants.api().post(wes.client().base() + "/skip", session, Map.of("reason", "bored"));
    assertEquals(422, unknown.status(), unknown.text());
    TestApi.Answer missing = tenants.api().post(wes.client().base() + "/skip", session, Map.of("detail", "x"));
    assertEquals(422, missing.status(), missing.text());
  }
}
