package dev.wsconsole.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Holds the route table to the published contract (a copy of ../shared/contract in test resources):
 * every operation we serve that the contract has keeps its operationId and success status, and its live
 * answer carries every field the contract marks required; every other operation is marked an extension.
 */
@Tag("database")
class ContractDriftTest {
  private static JsonNode contract;
  private static TestApi api;
  private static RouteExamples.Fixture fixture;
  private static String ownerKey;

  @BeforeAll
  static void setUp() throws Exception {
    try (InputStream in = ContractDriftTest.class.getResourceAsStream("/contract/amigo-platform-subset.openapi.json")) {
      contract = new ObjectMapper().readTree(in);
    }
    api = TestApi.start("contract_drift");
    String slug = "drift-" + RouteExamples.shortId();
    UUID owner = api.user("owner-" + slug + "@example.org");
    UUID ws = api.workspace(slug, Environment.STAGING, owner);
    fixture = new RouteExamples.Fixture(api, ws, owner, slug);
    ownerKey = api.key(ws, owner, Role.OWNER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static JsonNode operation(Route r) {
    return contract.path("paths").path(r.path()).path(r.method().toLowerCase(Locale.ROOT));
  }

  @Test
  void contractOperationsKeepTheirIdsAndStatusesAndTheRestAreExtensions() {
    List<String> drift = new ArrayList<>();
    int matched = 0;
    for (Route r : Routes.all(api.backend)) {
      JsonNode op = operation(r);
      if (op.isMissingNode()) {
        if (!r.extension()) {
          drift.add(r.method() + " " + r.path() + " is not in the contract but not marked as an extension");
        }
        continue;
      }
      matched++;
      if (r.extension()) {
        drift.add(r.method() + " " + r.path() + " is in the contract but marked as an extension");
      }
      if (!op.path("operationId").asText().equals(r.operationId())) {
        drift.add(r.method() + " " + r.path() + ": operationId " + r.operationId() + " vs " + op.path("operationId"));
      }
      String success = successCode(op);
      if (success != null && !success.equals(Integer.toString(r.successStatus()))) {
        drift.add(r.method() + " " + r.path() + ": status " + r.successStatus() + " vs contract " + success);
      }
    }
    assertEquals(List.of(), drift);
    assertTrue(matched >= 15, "only " + matched + " routes matched the contract");
  }

  @Test
  void liveAnswersCarryEveryFieldTheContractRequires() {
    List<String> drift = new ArrayList<>();
    for (Route r : Routes.all(api.backend)) {
      JsonNode op = operation(r);
      String code = op.isMissingNode() ? null : successCode(op);
      JsonNode schema = code == null ? null
          : op.path("responses").path(code).path("content").path("application/json").path("schema");
      if (schema == null || schema.isMissingNode() || !RouteExamples.EXAMPLES.containsKey(r.operationId())) {
        continue;
      }
      RouteExamples.Request req = RouteExamples.EXAMPLES.get(r.operationId()).apply(fixture);
      TestApi.Answer a = api.call(r.method(), req.path(), ownerKey, req.body());
      if (a.status() != r.successStatus()) {
        drift.add(r.operationId() + " answered " + a.status() + ": " + a.text());
        continue;
      }
      missing(resolve(schema), a.json(), r.operationId(), drift);
    }
    assertEquals(List.of(), drift);
  }

  private static void missing(JsonNode schema, JsonNode body, String where, List<String> drift) {
    for (JsonNode field : schema.path("required")) {
      if (!body.has(field.asText())) {
        drift.add(where + " lacks required field " + field.asText());
      }
    }
    JsonNode items = schema.path("properties").path("items").path("items");
    if (!items.isMissingNode() && body.path("items").size() > 0) {
      missing(resolve(items), body.path("items").get(0), where + ".items[0]", drift);
    }
  }

  private static JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#/components/schemas/")) {
      return contract.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }
    return schema;
  }

  private static String successCode(JsonNode op) {
    for (Iterator<String> it = op.path("responses").fieldNames(); it.hasNext(); ) {
      String code = it.next();
      if (code.startsWith("2")) {
        return code;
      }
    }
    return null;
  }
}
