package dev.wsconsole.server.http;

import static dev.wsconsole.server.http.RejectedAnswers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every error answer (401, 403, 404, 405, 500) is {@code {"detail": ...}} with a request id; sent ids are echoed. */
@Tag("database")
class ErrorAnswersTest {
  private static final String SLUG = "errors-" + RouteExamples.shortId();
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("error_answers");
  private static final Tenant workspace = tenants.workspace(SLUG, Environment.PRODUCTION,
      "owner-" + SLUG + "@example.org").keys(Role.OWNER).memberWithKey("viewer-" + SLUG + "@example.org", Role.VIEWER);

  @Test
  void unauthenticatedAndForbiddenAnswersCarryARequestId() {
    assertRejected(tenants.api().get("/v1/workspaces", null), 401);
    assertRejected(tenants.api().get("/v1/workspaces", "wsk_not-a-real-key"), 401);
    assertRejected(tenants.api().get("/v1/" + workspace.id() + "/api-keys", workspace.keyOfMember(Role.VIEWER)), 403);
  }

  @Test
  void unknownPathsAnswerNotFoundAsJson() {
    assertEquals("Not Found", assertRejected(tenants.api().get("/v1/no/such/thing", workspace.ownerKey()),
        404).asText());
    assertEquals("Not Found", assertRejected(tenants.api().get("/nothing-here", null), 404).asText());
    assertRejected(tenants.api().get("/v1/workspaces/" + UUID.randomUUID(), workspace.ownerKey()), 404);
  }

  @Test
  void aWrongMethodAnswersAsJson() {
    TestApi.Answer a = tenants.api().call("DELETE", "/healthz", null, null);
    assertTrue(a.status() == 404 || a.status() == 405, a.text());
    assertRejected(a, a.status());
  }

  @Test
  void aDatabaseFailureIsA500WithoutItsText() throws Exception {
    ownerSays("REVOKE SELECT ON console.api_keys FROM console_app");
    try {
      TestApi.Answer a = tenants.api().get("/v1/" + workspace.id() + "/api-keys", workspace.ownerKey());
      String detail = assertRejected(a, 500).asText();
      assertTrue(detail.contains(a.header("x-request-id")), a.text());
      assertTrue(!a.text().contains("permission denied") && !a.text().contains("api_keys"), a.text());
    } finally {
      ownerSays("GRANT SELECT ON console.api_keys TO console_app");
    }
    assertEquals(200, tenants.api().get("/v1/" + workspace.id() + "/api-keys", workspace.ownerKey()).status());
  }

  @Test
  void aWellFormedRequestIdIsEchoedAndAnyOtherIsReplaced() throws Exception {
    assertEquals("trace-42.abc:1", send("/healthz", "trace-42.abc:1").headers().firstValue("x-request-id").orElse(""));
    assertEquals("trace-404", send("/nothing-here", "trace-404").headers().firstValue("x-request-id").orElse(""));
    String replaced = send("/healthz", "bad id with spaces <script>").headers().firstValue("x-request-id").orElse("");
    assertNotEquals("", replaced);
    assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
  }

  private static HttpResponse<String> send(String path, String requestId) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(tenants.api().baseUrl() + path)).header("x-request-id",
        requestId)
        .GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void ownerSays(String sql) throws Exception {
    try (Connection c = TestDatabases.admin(tenants.api().target); Statement st = c.createStatement()) {
      st.execute("SET ROLE console_owner");
      st.execute(sql);
    }
  }
}
