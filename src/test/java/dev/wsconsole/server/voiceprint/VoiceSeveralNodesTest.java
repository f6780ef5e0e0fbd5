package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two server nodes over one database agree on rate limits and on single-use challenges. */
@Tag("database")
class VoiceSeveralNodesTest {
  private static TestApi api;
  private static ApiServer second;
  private static UUID ws;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void setUp() {
    api = TestApi.start("voice_nodes");
    Backend other = new Backend(api.database, TestDatabases.backendSettings());
    other.voice().environmentSwitch.set(true, "test");
    second = other.serve("127.0.0.1", 0);
    UUID owner = api.user("owner-voice-nodes@example.org");
    ws = api.workspace("voice-nodes", Environment.STAGING, owner);
    VoiceFixtures.enableVoice(api, ws);
  }

  @AfterAll
  static void tearDown() throws Exception {
    second.close();
    api.close();
  }

  private static String memberKey(String name) {
    UUID user = api.user(name + "@example.org");
    api.member(ws, user, Role.MEMBER);
    VoiceFixtures.enrolDirectly(api, ws, user);
    return api.key(ws, user, Role.MEMBER);
  }

  private static int verifyOn(String baseUrl, String key, UUID challenge) {
    TestApi.RawBody body = VoiceFixtures.verifyBody("me", challenge, Fixtures.wav("a_pass.wav"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/" + ws + "/voiceprints/verify"))
        .header("Authorization", "Bearer " + key).header("Content-Type", body.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theLimitCountsAttemptsOnEveryNode() {
    String key = memberKey("node-user");
    String[] nodes = {api.baseUrl(), "http://127.0.0.1:" + second.port()};
    for (int i = 0; i < RateLimitRules.VERIFY.perUser(); i++) {
      assertEquals(409, verifyOn(nodes[i % 2], key, UUID.randomUUID()), "attempt " + i);
    }
    assertEquals(429, verifyOn(nodes[0], key, UUID.randomUUID()));
    assertEquals(429, verifyOn(nodes[1], key, UUID.randomUUID()));
  }

  @Test
  void aChallengeSentToBothNodesAtOnceIsUsedOnce() {
    String key = memberKey("race-user");
    UUID user = api.backend.users().byEmail("race-user@example.org").orElseThrow().id();
    UUID challenge = VoiceFixtures.challenge(api, ws, user);
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (String node : new String[] {api.baseUrl(), "http://127.0.0.1:" + second.port()}) {
      calls.add(CompletableFuture.supplyAsync(() -> verifyOn(node, key, challenge)));
    }
    List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
    assertEquals(List.of(200, 409), statuses);
  }
}
