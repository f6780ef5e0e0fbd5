package dev.wsconsole.desktop.isolation;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.util.Map;
import java.util.UUID;

/**
 * The real backend with two workspaces an owner can see (different counts, made through the API) and a
 * third one of a stranger, which must never show up.
 */
final class TwoClinics implements AutoCloseable {
  final TestApi api;
  final UUID owner;
  final String ownerToken;
  final UUID north;
  final UUID south;
  final UUID stranger;
  final String viewerToken;

  TwoClinics(String label) {
    api = TestApi.start(label);
    owner = api.user("owner-" + label + "@clinic.test");
    north = api.workspace("north-" + label, Environment.PRODUCTION, owner);
    south = api.workspace("south-" + label, Environment.DEVELOPMENT, owner);
    UUID other = api.user("other-" + label + "@clinic.test");
    stranger = api.workspace("stranger-" + label, Environment.STAGING, other);
    UUID viewer = api.user("viewer-" + label + "@clinic.test");
    api.member(south, viewer, Role.VIEWER);
    ownerToken = api.signIn("owner-" + label + "@clinic.test");
    viewerToken = api.signIn("viewer-" + label + "@clinic.test");
    fill(north, owner, 2, 1, 1);
    fill(south, owner, 1, 0, 3);
    fill(stranger, other, 4, 4, 4);
  }

  private void fill(UUID ws, UUID ownerOfWs, int services, int numbers, int sources) {
    String key = api.key(ws, ownerOfWs, Role.OWNER);
    for (int i = 0; i < services; i++) {
      ConfigFixtures.service(api, ws, key);
    }
    for (int i = 0; i < numbers; i++) {
      TestPhoneNumbers.number(api, ws, TestPhoneNumbers.fresh());
    }
    for (int i = 0; i < sources; i++) {
      TestApi.Answer a = api.post("/v1/" + ws + "/data-sources", key,
          SafetyFixtures.dataSourceBody(ConfigFixtures.uniqueName("Source")));
      if (a.status() != 201) {
        throw new AssertionError("data source fixture: " + a.status() + " " + a.text());
      }
    }
  }

  /** The world dashboard's totals, or null when this server has no world model yet. */
  Map<String, Long> worldTotals(UUID ws) {
    TestApi.Answer a = api.get("/v1/" + ws + "/world/dashboard", ownerToken);
    if (a.status() == 404) {
      return null;
    }
    var counts = a.json().path("entity_counts");
    return Map.of("entities", counts.path("total_entities").asLong(), "events", counts.path("total_events").asLong());
  }

  @Override
  public void close() throws Exception {
    api.close();
  }
}
