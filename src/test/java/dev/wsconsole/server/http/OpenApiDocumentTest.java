package dev.wsconsole.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wsconsole.testing.TestApi;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.OutputUnit;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.OpenAPIVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The served {@code /openapi.json} passes the official OpenAPI 3.1 schema (vertx-openapi's validator), declares
 * every parameter and request body the routes declare, and is written to docs/openapi.json for readers.
 */
@Tag("database")
class OpenApiDocumentTest {
  /** Keys sorted, so the copy in docs/ changes only when the document does. */
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static TestApi api;
  private static JsonNode served;
  private static String text;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("openapi_document");
    TestApi.Answer doc = api.get("/openapi.json", null);
    assertEquals(200, doc.status(), doc.text());
    served = doc.json();
    text = doc.text();
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @Test
  void theDocumentPassesTheOpenApi31Schema() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      JsonObject contract = new JsonObject(text);
      var repository = OpenAPIVersion.V3_1.getRepository(vertx, "app://").toCompletionStage().toCompletableFuture()
          .get(60, TimeUnit.SECONDS);
      OutputUnit result = OpenAPIVersion.V3_1.validateContract(vertx, repository, contract).toCompletionStage()
          .toCompletableFuture().get(60, TimeUnit.SECONDS);
      assertTrue(result.getValid(), () -> "not valid OpenAPI 3.1: " + result.getErrors());
      // Resolving every $ref (and the library's own checks of the whole contract) must succeed too.
      OpenAPIContract.from(vertx, contract).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void anInvalidDocumentIsRefused() throws Exception {
    // The validator above is not vacuous: the same document with a broken parameter fails it.
    JsonNode broken = served.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("paths").path("/v1/workspaces/{workspace_id}")
        .path("get").path("parameters").get(0)).put("in", "nowhere");
    Vertx vertx = Vertx.vertx();
    try {
      var repository = OpenAPIVersion.V3_1.getRepository(vertx, "app://").toCompletionStage().toCompletableFuture()
          .get(60, TimeUnit.SECONDS);
      OutputUnit result = OpenAPIVersion.V3_1.validateContract(vertx, repository,
          new JsonObject(JSON.writeValueAsString(broken))).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      assertTrue(!result.getValid(), "a parameter 'in: nowhere' passed the validator");
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void everyRouteDeclaresItsParametersAndBody() {
    List<String> problems = new ArrayList<>();
    for (Route route : api.backend.routes()) {
      JsonNode op = served.path("paths").path(route.path()).path(route.method().toLowerCase());
      List<String> declared = new ArrayList<>();
      op.path("parameters").forEach(p -> declared.add(p.path("in").asText() + ":" + p.path("name").asText()));
      route.pathParams().forEach(p -> check(problems, route, declared.contains("path:" + p), "path parameter " + p));
      route.query().forEach(q -> check(problems, route, declared.contains("query:" + q.name()), "query " + q.name()));
      if (route.requestBody() != null) {
        JsonNode content = op.path("requestBody").path("content").path(route.requestBody().contentType());
        check(problems, route, content.has("schema"), "its request body");
      }
      check(problems, route, op.path("responses").has(Integer.toString(route.successStatus())), "its success answer");
      check(problems, route, route.scope() == Scope.PUBLIC || op.path("responses").has("401"), "its 401 answer");
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyReferenceNamesADeclaredComponent() {
    Set<String> names = Set.copyOf(iterable(served.path("components").path("schemas").fieldNames()));
    List<String> dangling = new ArrayList<>();
    collectRefs(served.path("paths"), names, dangling);
    collectRefs(served.path("components"), names, dangling);
    assertTrue(dangling.isEmpty(), "unresolved $refs: " + dangling);
    assertTrue(names.size() > 50, "few component schemas: " + names.size());
  }

  @Test
  void aCopyIsWrittenToDocs() throws Exception {
    Path docs = Path.of("docs", "openapi.json");
    Object tree = JSON.readValue(text, Map.class);
    Files.writeString(docs, JSON.writeValueAsString(tree) + "\n");
    assertEquals(served, JSON.readTree(Files.readString(docs)));
  }

  private static void check(List<String> problems, Route route, boolean ok, String what) {
    if (!ok) {
      problems.add(route.method() + " " + route.path() + " (" + route.operationId() + ") does not declare " + what);
    }
  }

  private static void collectRefs(JsonNode node, Set<String> names, List<String> dangling) {
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      String prefix = "#/components/schemas/";
      if (!ref.startsWith(prefix) || !names.contains(ref.substring(prefix.length()))) {
        dangling.add(ref);
      }
    }
    node.forEach(child -> collectRefs(child, names, dangling));
  }

  private static List<String> iterable(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
