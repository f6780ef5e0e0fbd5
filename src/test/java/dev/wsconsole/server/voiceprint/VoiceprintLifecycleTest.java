package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Re-enrolment, deletion, who may touch whose voiceprint, the skip path, and workspace isolation. */
@Tag("database")
class VoiceprintLifecycleTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID owner;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("voice_lifecycle");
    owner = api.user("owner-voice-life@example.org");
    ws = api.workspace("voice-life", Environment.STAGING, owner);
    VoiceFixtures.enableVoice(api, ws);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private record Member(UUID user, VoiceApiClient client) {
    UUID entity() {
      return VoiceprintRules.personEntity(client.ws, user);
    }
  }

  private static Member member(UUID workspace, String name, Role role) {
    UUID user = api.user(name + "@example.org");
    api.member(workspace, user, role);
    return new Member(user, new VoiceApiClient(api, workspace, api.key(workspace, user, role)));
  }

  private static List<Map<String, Object>> voiceEvents(UUID entity) {
    return api.backend.tx().call(ws, h -> h.createQuery("SELECT id, event_type, supersedes FROM console.events"
            + " WHERE workspace_id = :ws AND entity_id = :e ORDER BY ingested_at")
        .bind("ws", ws).bind("e", entity).mapToMap().list());
  }

  @Test
  void reEnrolmentSupersedesAndDeletionLeavesNothingUsable() {
    Member quin = member(ws, "quin", Role.VIEWER);
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
    long rows = api.backend.tx().call(ws, h -> h.createQuery("SELECT count(*) FROM console.voiceprints WHERE"
        + " workspace_id = :ws AND entity_id = :e").bind("ws", ws).bind("e", quin.entity()).mapTo(Long.class).one());
    assertEquals(0, rows, "the model bytes are erased, not just marked");
    TestApi.Answer verify = quin.client().verify("a_pass.wav");
    assertEquals(404, verify.status(), verify.text());
    assertEquals(404, quin.client().delete("me").status());
  }

  @Test
  void membersEnrolOnlyTheirOwnVoice() {
    Member rae = member(ws, "rae", Role.ADMIN);
    Member sam = member(ws, "sam", Role.MEMBER);
    TestApi.Answer forOther = rae.client().enrol(sam.entity().toString(), "a_enroll1.wav", "a_enroll2.wav");
    assertEquals(403, forOther.status(), forOther.text());
    assertTrue(api.auditTrail(ws).stream().anyMatch(l -> l.startsWith("voiceprint.enroll:denied entity:" + sam.entity())));
    UUID challenge = VoiceFixtures.challenge(api, ws, rae.user());
    TestApi.Answer verifyOther = api.post(rae.client().base() + "/verify", rae.client().key,
        VoiceFixtures.verifyBody(sam.entity().toString(), challenge, Fixtures.wav("a_pass.wav")));
    assertEquals(403, verifyOther.status(), verifyOther.text());
  }

  @Test
  void onlyVoiceprintManagersDeleteAnotherMembersVoiceprint() {
    Member tom = member(ws, "tom", Role.MEMBER);
    VoiceFixtures.enrolDirectly(api, ws, tom.user());
    for (Role role : new Role[] {Role.VIEWER, Role.OPERATOR, Role.MEMBER}) {
      Member other = member(ws, "del-" + role.wireName(), role);
      TestApi.Answer denied = other.client().delete(tom.entity().toString());
      assertEquals(403, denied.status(), role + ": " + denied.text());
    }
    assertTrue(tom.client().status("me").json().get("enrolled").asBoolean());
    Member admin = member(ws, "uma", Role.ADMIN);
    assertEquals(204, admin.client().delete(tom.entity().toString()).status());
    assertTrue(api.auditTrail(ws).stream().anyMatch(l -> l.equals("voiceprint.delete:allowed entity:" + tom.entity())));
  }

  @Test
  void aVoiceprintOfOneWorkspaceIsNeverUsedInAnother() {
    UUID otherWs = api.workspace("voice-life-b", Environment.PRODUCTION, owner);
    VoiceFixtures.enableVoice(api, otherWs);
    UUID vic = api.user("vic@example.org");
    api.member(ws, vic, Role.MEMBER);
    api.member(otherWs, vic, Role.MEMBER);
    VoiceApiClient inA = new VoiceApiClient(api, ws, api.key(ws, vic, Role.MEMBER));
    VoiceApiClient inB = new VoiceApiClient(api, otherWs, api.key(otherWs, vic, Role.MEMBER));
    assertEquals(201, inA.enrolSpeakerA().status());
    assertFalse(inB.status("me").json().get("enrolled").asBoolean());
    assertFalse(inB.policy().json().get("enrolled").asBoolean());
    UUID entityInA = VoiceprintRules.personEntity(ws, vic);
    assertFalse(inB.status(entityInA.toString()).json().get("enrolled").asBoolean());
    assertEquals(404, inB.verify("a_pass.wav").status(), "no voiceprint in B, whatever A holds");
    UUID challenge = VoiceFixtures.challenge(api, otherWs, vic);
    TestApi.Answer crossEntity = api.post(inB.base() + "/verify", inB.key,
        VoiceFixtures.verifyBody(entityInA.toString(), challenge, Fixtures.wav("a_pass.wav")));
    assertEquals(403, crossEntity.status(), crossEntity.text());
    assertEquals(404, api.get("/v1/" + ws + "/voiceprints/me", inB.key).status(), "B's key does not open A");
  }

  @Test
  void aSkippedVoiceStepIsAuditedWithItsReason() {
    Member wes = member(ws, "wes", Role.OPERATOR);
    TestApi.Answer skip = api.post(wes.client().base() + "/skip", wes.client().key,
        Map.of("reason", "no_device", "detail", "LineUnavailableException"));
    assertEquals(200, skip.status(), skip.text());
    assertTrue(api.auditTrail(ws).contains("voiceprint.skip:allowed entity:" + wes.entity()));
    TestApi.Answer unknown = api.post(wes.client().base() + "/skip", wes.client().key, Map.of("reason", "bored"));
    assertEquals(422, unknown.status(), unknown.text());
    TestApi.Answer missing = api.post(wes.client().base() + "/skip", wes.client().key, Map.of("detail", "x"));
    assertEquals(422, missing.status(), missing.text());
  }
}
