package dev.wsconsole.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.OperatorFixtures;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TestApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14, point 10 (archived workspaces): once archived, a workspace answers every write with 409 and
 * writes nothing (new API keys included, even through the store), reads still work, and after an owner's
 * restore it takes writes again.
 */
@Tag("database")
class ArchivedWorkspaceTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("archived_ws");
  private static final Tenant ws = tenants.workspace("archived-clinic", Environment.STAGING, "owner@arch.example")
      .memberWithKey("adam@arch.example", Role.ADMIN)
      .memberWithKey("vera@arch.example", Role.VIEWER);

  private static TestApi api() {
    return tenants.api();
  }

  private static String in() {
    return "/v1/" + ws.id();
  }

  private static String wsPath() {
    return "/v1/workspaces/" + ws.id();
  }

  private static long total(String path) {
    TestApi.Answer a = api().get(path, ws.ownerKey());
    assertEquals(200, a.status(), path + ": " + a.text());
    return a.json().get("total").asLong();
  }

  private static void assertArchivedRefusal(TestApi.Answer a, String what) {
    assertEquals(409, a.status(), what + ": " + a.text());
    assertEquals("This workspace is archived; an owner can restore it.", a.json().get("detail").asText(), what);
  }

  @Test
  void anArchivedWorkspaceRefusesEveryWriteReadsWorkAndAnOwnersRestoreReopensIt() {
    String owner = ws.ownerKey();
    UUID entity = UUID.fromString(api().post(in() + "/world/entities", owner, Map.of("entity_type", "patient",
        "external_key", "Patient/arch-1", "display_name", "Pat")).json().get("id").asText());
    Map<String, Object> event = Map.of("entity_id", entity.toString(), "event_type", "patient.updated",
        "domain", "clinical", "source", "ehr", "confidence", 1.0, "data", Map.of("phone", "+15550100"));
    assertEquals(201, api().post(in() + "/world/events", owner, event).status());
    UUID source = SafetyFixtures.dataSource(api(), ws.id(), ws.owner());
    UUID operator = OperatorFixtures.operator(api(), ws.id());
    String callSid = CallFixtures.call(api(), ws.id(), true).callSid();
    UUID viewer = ws.memberId(Role.VIEWER);
    String timeline = in() + "/world/entities/" + entity + "/timeline";
    String runs = in() + "/data-sources/" + source + "/sync-runs";
    long keys = total(in() + "/api-keys");
    long events = total(timeline);
    long syncRuns = total(runs);

    assertEquals(200, api().post(wsPath() + "/archive", owner, Map.of("slug", ws.slug())).status());

    Map<String, TestApi.Answer> writes = new LinkedHashMap<>();
    writes.put("create api key", api().post(in() + "/api-keys", owner, Map.of("duration_days", 7, "role", "viewer")));
    writes.put("change a member's role", api().call("PATCH", in() + "/members/" + viewer, owner,
        Map.of("role", "member")));
    writes.put("invite", api().post(in() + "/invitations", owner, Map.of("email", "new@arch.example",
        "role", "viewer")));
    writes.put("append world events", api().post(in() + "/world/events", owner, event));
    writes.put("sync a data source", api().post(in() + "/data-sources/" + source + "/sync", owner, null));
    writes.put("join a call", api().post(in() + "/operators/" + operator + "/join-call", owner,
        Map.of("call_sid", callSid)));
    writes.put("rename the workspace", api().call("PATCH", wsPath(), owner, Map.of("name", "Renamed")));
    writes.put("change settings", api().call("PUT", in() + "/settings/security", owner,
        Map.of("voice_auth_enabled", true)));
    writes.put("archive again", api().post(wsPath() + "/archive", owner, Map.of("slug", ws.slug())));
    writes.forEach((what, answer) -> assertArchivedRefusal(answer, what));
    TestApi.Answer byAdmin = api().post(in() + "/api-keys", ws.keyOfMember(Role.ADMIN),
        Map.of("duration_days", 7, "role", "viewer"));
    assertArchivedRefusal(byAdmin, "an admin's key");
    DomainException store = assertThrows(DomainException.class, () -> api().key(ws.id(), ws.owner(), Role.VIEWER),
        "the database refuses a new key in an archived workspace whatever code path tries");
    assertEquals(DomainException.Kind.CONFLICT, store.kind());

    assertEquals(keys, total(in() + "/api-keys"), "no key was created");
    assertEquals(events, total(timeline), "no event was appended");
    assertEquals(syncRuns, total(runs), "no sync started");
    JsonNode members = api().get(in() + "/members", owner).json().get("items");
    members.forEach(m -> {
      if (m.get("user_id").asText().equals(viewer.toString())) {
        assertEquals("viewer", m.get("role").asText());
      }
    });
    assertEquals("offline", api().get(in() + "/operators/" + operator, owner).json().get("status").asText());
    JsonNode read = api().get(wsPath(), ws.keyOfMember(Role.VIEWER)).json();
    assertEquals("archived-clinic", read.get("slug").asText());
    assertTrue(read.hasNonNull("archived_at"), read.toString());
    assertEquals(200, api().get(in() + "/world/entities/" + entity, ws.keyOfMember(Role.VIEWER)).status());
    assertEquals(200, api().post(in() + "/audit/verify", owner, null).status(), "verifying the chain only reads");

    TestApi.Answer adminRestore = api().post(wsPath() + "/restore", ws.keyOfMember(Role.ADMIN), null);
    assertEquals(403, adminRestore.status(), "only owners restore: " + adminRestore.text());
    TestApi.Answer restored = api().post(wsPath() + "/restore", owner, null);
    assertEquals(200, restored.status(), restored.text());
    assertTrue(restored.json().get("archived_at").isNull(), restored.text());
    assertEquals(409, api().post(wsPath() + "/restore", owner, null).status(), "nothing left to restore");
    assertEquals(201, api().post(in() + "/api-keys", owner, Map.of("duration_days", 7, "role", "viewer")).status());
    assertEquals(201, api().post(in() + "/world/events", owner, event).status());
    assertEquals(keys + 1, total(in() + "/api-keys"));
    assertTrue(api().auditTrail(ws.id()).stream().anyMatch(line -> line.startsWith("workspace.restore:allowed")),
        String.join("\n", api().auditTrail(ws.id())));
  }

  @Test
  void aViewerIsStillRefusedByPermissionFirstAndNoInvitationJoinsAnArchivedWorkspace() {
    UUID other = api().workspace("archived-two", Environment.DEVELOPMENT, ws.owner());
    String owner = api().key(other, ws.owner(), Role.OWNER);
    UUID vera = ws.memberId(Role.VIEWER);
    api().member(other, vera, Role.VIEWER);
    String viewer = api().key(other, vera, Role.VIEWER);
    UUID invitee = api().user("invitee@arch.example");
    String invitation = api().invitation(other, ws.owner(), "invitee@arch.example", Role.MEMBER);
    assertEquals(200, api().post("/v1/workspaces/" + other + "/archive", owner, Map.of("slug", "archived-two"))
        .status());
    assertEquals(403, api().post("/v1/" + other + "/world/events", viewer, Map.of()).status(),
        "a write the role may not make is a 403 whatever the workspace's state");

    TestApi.Answer accepted = api().post("/v1/invitations/accept", api().signIn("invitee@arch.example"),
        Map.of("token", invitation));
    assertArchivedRefusal(accepted, "accepting an invitation");
    assertTrue(api().get("/v1/" + other + "/members", owner).json().get("items").findValuesAsText("user_id").stream()
        .noneMatch(id -> id.equals(invitee.toString())), "the invitee did not join");
  }
}
