package dev.wsconsole.server.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.core.Secrets;
import dev.wsconsole.testing.DatabaseDump;
import dev.wsconsole.testing.TestApi;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** API keys through the API: shown once, stored as digests, checked, rotated, revoked, bounded by role. */
@Tag("database")
class ApiKeyTest {
  private static TestApi api;
  private static UUID workspace;
  private static String ownerSession;
  private static UUID owner;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("api_keys");
    owner = api.user("keys-owner@example.org");
    workspace = api.workspace("keys-clinic", Environment.STAGING, owner);
    ownerSession = api.signIn("keys-owner@example.org");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static JsonNode createKey(String token, Map<String, Object> body) {
    TestApi.Answer a = api.post("/v1/" + workspace + "/api-keys", token, body);
    assertEquals(201, a.status(), a.text());
    return a.json();
  }

  @Test
  void theSecretIsShownOnceAndOnlyItsDigestIsStored() throws Exception {
    JsonNode created = createKey(ownerSession, Map.of("duration_days", 30, "name", "dump-check", "role", "admin"));
    String secret = created.get("api_key").asText();
    assertTrue(secret.startsWith("wsk_"), secret);
    JsonNode listed = api.get("/v1/" + workspace + "/api-keys", ownerSession).json();
    String secretPart = secret.substring(37, 77); // wsk_ + 32 hex + _ | 40 secret chars | _ + checksum
    assertFalse(listed.toString().contains(secretPart.substring(6)), "the list shows the secret");
    String dump = DatabaseDump.dump(api.target);
    assertFalse(dump.contains(secret), "the full key is stored somewhere");
    assertFalse(dump.contains(secretPart.substring(6)), "the key's secret part is stored somewhere");
    assertTrue(dump.contains(HexFormat.of().formatHex(Secrets.sha256(secret))), "its SHA-256 digest is not stored");
    assertEquals(200, api.get("/v1/auth/me", secret).status());
  }

  @Test
  void aKeyWithABrokenChecksumIsRefusedBeforeAnyLookup() {
    String secret = createKey(ownerSession, Map.of("duration_days", 1)).get("api_key").asText();
    char last = secret.charAt(secret.length() - 1);
    String typo = secret.substring(0, secret.length() - 1) + (last == 'a' ? 'b' : 'a');
    assertTrue(ApiKeyToken.parse(typo).isEmpty());
    assertEquals(401, api.get("/v1/auth/me", typo).status());
    assertEquals(401, api.get("/v1/auth/me", "wsk_" + "0".repeat(80)).status());
  }

  @Test
  void rotatingKillsTheOldSecretAtOnce() {
    JsonNode created = createKey(ownerSession, Map.of("duration_days", 10));
    String old = created.get("api_key").asText();
    TestApi.Answer rotated = api.post("/v1/" + workspace + "/api-keys/" + created.get("key_id").asText() + "/rotate",
        ownerSession, Map.of("duration_days", 20));
    assertEquals(200, rotated.status(), rotated.text());
    String fresh = rotated.json().get("api_key").asText();
    assertEquals(401, api.get("/v1/auth/me", old).status());
    assertEquals(200, api.get("/v1/auth/me", fresh).status());
    assertEquals(created.get("key_id").asText(), rotated.json().get("key_id").asText());
  }

  @Test
  void aRevokedKeyStopsWorkingAndLeavesTheList() {
    JsonNode created = createKey(ownerSession, Map.of("duration_days", 10, "name", "to-revoke"));
    String id = created.get("key_id").asText();
    assertEquals(204, api.call("DELETE", "/v1/" + workspace + "/api-keys/" + id, ownerSession, null).status());
    assertEquals(401, api.get("/v1/auth/me", created.get("api_key").asText()).status());
    assertFalse(api.get("/v1/" + workspace + "/api-keys?limit=20", ownerSession).text().contains(id));
    assertEquals(404, api.call("DELETE", "/v1/" + workspace + "/api-keys/" + id, ownerSession, null).status());
  }

  @Test
  void nobodyCreatesAKeyAboveTheirOwnRole() {
    UUID member = api.user("keys-member@example.org");
    api.member(workspace, member, Role.MEMBER);
    String memberKey = api.key(workspace, member, Role.MEMBER);
    TestApi.Answer a = api.post("/v1/" + workspace + "/api-keys", memberKey, Map.of("duration_days", 5, "role", "admin"));
    assertEquals(403, a.status(), a.text());
    assertEquals(201, api.post("/v1/" + workspace + "/api-keys", memberKey,
        Map.of("duration_days", 5, "role", "viewer")).status());
  }

  @Test
  void durationsOutside1To90DaysAreRefused() {
    for (int days : new int[] {0, 91, -3}) {
      TestApi.Answer a = api.post("/v1/" + workspace + "/api-keys", ownerSession, Map.of("duration_days", days));
      assertEquals(422, a.status(), a.text());
      assertEquals("duration_days", a.json().get("detail").get(0).get("loc").get(1).asText());
    }
  }

  @Test
  void lastUsedAtIsRecordedAndTheListPagesWithAContinuationToken() {
    for (int i = 0; i < 3; i++) {
      createKey(ownerSession, Map.of("duration_days", 3, "name", "page-" + i));
    }
    JsonNode created = createKey(ownerSession, Map.of("duration_days", 3, "name", "used"));
    assertEquals(200, api.get("/v1/auth/me", created.get("api_key").asText()).status());
    JsonNode first = api.get("/v1/" + workspace + "/api-keys?limit=2", ownerSession).json();
    assertEquals(2, first.get("items").size());
    assertTrue(first.get("has_more").asBoolean());
    JsonNode second = api.get("/v1/" + workspace + "/api-keys?limit=2&continuation_token="
        + first.get("continuation_token").asInt(), ownerSession).json();
    assertFalse(second.get("items").get(0).get("id").asText().equals(first.get("items").get(0).get("id").asText()));
    JsonNode all = api.get("/v1/" + workspace + "/api-keys?limit=20", ownerSession).json();
    boolean used = false;
    for (JsonNode k : all.get("items")) {
      if (k.get("name").asText().equals("used")) {
        used = !k.get("last_used_at").isNull();
      } else if (k.get("name").asText().equals("page-0")) {
        assertNull(k.get("last_used_at").textValue());
      }
    }
    assertTrue(used, "last_used_at was not recorded");
  }
}
