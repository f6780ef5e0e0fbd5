package dev.wsconsole.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds our served OpenAPI document to the platform contract: every route the contract also has keeps
 * its operation id, success status and required response fields (in the schema and in a real GET
 * answer for every contract operation, called with the role-matrix examples), and every other route is
 * marked as an extension. Routes still marked {@link Untyped} are held to the contract by their live answers.
 */
@Tag("database")
class ContractDriftTest {
  private static TestApi api;
  private static ContractSchemas contract;
  private static JsonNode ours;
  private static UUID workspace;
  private static UUID owner;
  private static String slug;
  private static String ownerKey;

  @BeforeAll
  static void setUp() throws Exception {
    api = TestApi.start("contract_drift");
    contract = ContractSchemas.load();
    slug = "drift-" + RouteExamples.shortId();
    owner = api.user("owner-" + slug + "@example.org");
    workspace = api.workspace(slug, Environment.STAGING, owner);
    ownerKey = api.key(workspace, owner, Role.OWNER);
    TestApi.Answer doc = api.get("/openapi.json", null);
    assertEquals(200, doc.status(), doc.text());
    ours = doc.json();
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @TestFactory
  Stream<DynamicTest> everyRouteMatchesTheContractOrIsAnExtension() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Route route : api.backend.routes()) {
      String name = route.method() + " " + route.path() + " (" + route.operationId() + ")";
      JsonNode served = ours.path("paths").path(route.path()).path(route.method().toLowerCase());
      JsonNode theirs = contract.operation(route.method(), route.path());
      tests.add(DynamicTest.dynamicTest(name, () -> assertTrue(drift(served, theirs).isEmpty(),
          name + " drifts from the contract:\n  " + String.join("\n  ", drift(served, theirs)))));
    }
    return tests.stream();
  }

  private static List<String> drift(JsonNode served, JsonNode theirs) {
    List<String> problems = new ArrayList<>();
    if (served.isMissingNode()) {
      problems.add("missing from GET /openapi.json");
      return problems;
    }
    boolean extension = served.path("x-extension").asBoolean(false);
    if (theirs == null) {
      if (!extension) {
        problems.add("not in the contract, so it must be marked x-extension: true");
      }
      return problems;
    }
    if (extension) {
      problems.add("in the contract, yet marked x-extension");
    }
    if (!theirs.path("operationId").asText().equals(served.path("operationId").asText())) {
      problems.add("operationId " + served.path("operationId") + ", contract says " + theirs.path("operationId"));
    }
    Map.Entry<String, JsonNode> success = ContractSchemas.success(theirs);
    JsonNode ourResponse = served.path("responses").path(success.getKey());
    if (ourResponse.isMissingNode()) {
      problems.add("success status " + served.path("responses").fieldNames().next() + ", contract says "
          + success.getKey());
      return problems;
    }
    JsonNode ourSchema = ContractSchemas.resolve(ContractSchemas.jsonSchema(ourResponse), ours);
    if (ourSchema.path("x-untyped").asBoolean(false)) {
      return problems; // no response record yet: its live answers are checked below instead
    }
    for (String field : contract.missingInSchema(ContractSchemas.jsonSchema(success.getValue()), ourSchema, ours)) {
      problems.add("response schema lacks required field " + field);
    }
    return problems;
  }

  /** Every contract operation's answer is described by a response record, so the schema check above applies. */
  @TestFactory
  Stream<DynamicTest> everyContractOperationHasATypedResponseSchema() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Route route : api.backend.routes()) {
      if (contract.operation(route.method(), route.path()) == null) {
        continue;
      }
      String name = route.method() + " " + route.path() + " (" + route.operationId() + ")";
      tests.add(DynamicTest.dynamicTest(name, () -> {
        JsonNode served = ours.path("paths").path(route.path()).path(route.method().toLowerCase())
            .path("responses").path(Integer.toString(route.successStatus()));
        assertTrue(!ContractSchemas.jsonSchema(served).path("x-untyped").asBoolean(false),
            name + " still answers with Untyped: give it a response record");
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyContractOperationAnswersWithTheRequiredFields() {
    List<DynamicTest> tests = new ArrayList<>();
    RouteExamples.Fixture fixture = new RouteExamples.Fixture(api, workspace, owner, slug);
    for (Route route : api.backend.routes()) {
      JsonNode theirs = contract.operation(route.method(), route.path());
      if (theirs == null) {
        continue;
      }
      String name = route.method() + " " + route.path() + " (" + route.operationId() + ")";
      tests.add(DynamicTest.dynamicTest(name, () -> {
        RouteExamples.Request request = RouteExamples.EXAMPLES.get(route.operationId()).apply(fixture);
        TestApi.Answer answer;
        try {
          // Account-level operations take a console session: a key is refused there (decision 0032).
          String token = route.scope() == Scope.ACCOUNT ? api.signIn("owner-" + slug + "@example.org") : ownerKey;
          answer = api.call(route.method(), request.path(), token, request.body());
        } finally {
          request.after().run();
        }
        assertEquals(route.successStatus(), answer.status(), answer.text());
        if (answer.text().isEmpty()) {
          return;
        }
        JsonNode body = answer.json();
        List<String> missing = new ArrayList<>();
        contract.missingInBody(ContractSchemas.jsonSchema(ContractSchemas.success(theirs).getValue()), body)
            .forEach(f -> missing.add("contract field " + f));
        JsonNode served = ours.path("paths").path(route.path()).path(route.method().toLowerCase())
            .path("responses").path(Integer.toString(route.successStatus()));
        if (!served.isMissingNode()) {
          contract.missingInBody(ContractSchemas.jsonSchema(served), body)
              .forEach(f -> missing.add("field our schema requires: " + f));
        }
        if (!missing.isEmpty()) {
          fail(route.operationId() + " answered without:\n  " + String.join("\n  ", missing) + "\n" + answer.text());
        }
      }));
    }
    return tests.stream();
  }
}
