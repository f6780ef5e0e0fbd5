package dev.wsconsole.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.testing.TestApi;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated from the Routes table: every route, called as every role (through an API key of that
 * role, made by a member holding it), with no credentials and with another workspace's credentials,
 * answers exactly 2xx / 403 / 401 / 404 as the permission matrix says.
 */
@Tag("database")
class RoleMatrixTest {
  private static TestApi api;
  private static final Map<Role, String> KEYS = new EnumMap<>(Role.class);
  private static final Map<String, String> EMAIL_BY_KEY = new java.util.HashMap<>();
  private static String foreignKey;
  private static RouteExamples.Fixture fixture;
  /**
   * Operations called with a session rather than a key: every ACCOUNT route (sign-out, creating a workspace,
   * accepting an invitation: keys get 403 there, tested apart); promotion, which reaches a second workspace a
   * key (bound to its own) cannot see; and the voice step's skip, which only a session has.
   */
  private static final Set<String> SESSION_ONLY = Set.of("preview-workspace-promotion", "promote-workspace",
      "report-voiceprint-skip");

  @BeforeAll
  static void setUp() {
    api = TestApi.start("role_matrix");
    String slug = "matrix-" + RouteExamples.shortId();
    UUID owner = api.user("owner-" + slug + "@example.org");
    UUID ws = api.workspace(slug, Environment.STAGING, owner);
    fixture = new RouteExamples.Fixture(api, ws, owner, slug);
    for (Role role : Role.values()) {
      String email = role == Role.OWNER ? "owner-" + slug + "@example.org" : role.wireName() + "-" + slug + "@example.org";
      UUID holder = role == Role.OWNER ? owner : api.user(email);
      if (role != Role.OWNER) {
        api.member(ws, holder, role);
      }
      KEYS.put(role, api.key(ws, holder, role));
      EMAIL_BY_KEY.put(KEYS.get(role), email);
    }
    UUID stranger = api.user("stranger-" + slug + "@example.org");
    UUID other = api.workspace("other-" + slug, Environment.PRODUCTION, stranger);
    foreignKey = api.key(other, stranger, Role.OWNER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @TestFactory
  Stream<DynamicTest> everyRouteAnswersAsTheMatrixSays() {
    List<Route> routes = api.backend.routes();
    List<DynamicTest> tests = new ArrayList<>();
    for (Route route : routes) {
      String name = route.method() + " " + route.path() + " (" + route.operationId() + ")";
      tests.add(DynamicTest.dynamicTest(name + " has an example", () ->
          assertNotNull(RouteExamples.EXAMPLES.get(route.operationId()),
              "add a request for " + route.operationId() + " to RouteExamples")));
      if (route.scope() == Scope.PUBLIC || !RouteExamples.EXAMPLES.containsKey(route.operationId())) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(name + " without credentials: 401", () ->
          assertEquals(401, call(route, null).status())));
      if (route.scope() == Scope.WORKSPACE) {
        tests.add(DynamicTest.dynamicTest(name + " with another workspace's key: 404", () ->
            assertEquals(404, call(route, foreignKey).status())));
      }
      if (route.scope() == Scope.ACCOUNT) {
        for (Role role : Role.values()) { // a key acts only inside its workspace, never for an account
          tests.add(DynamicTest.dynamicTest(name + " with a " + role.wireName() + " API key: 403", () -> {
            TestApi.Answer a = keyCall(route, KEYS.get(role));
            assertEquals(403, a.status(), a.text());
            assertTrue(a.json().get("detail").asText().startsWith("API keys cannot act for an account"), a.text());
          }));
        }
      }
      for (Role role : Role.values()) {
        boolean allowed = route.scope() != Scope.WORKSPACE || RolePermissions.of(role).contains(route.permission());
        int expected = allowed ? route.successStatus() : 403;
        tests.add(DynamicTest.dynamicTest(name + " as " + role.wireName() + ": " + expected, () -> {
          TestApi.Answer a = call(route, KEYS.get(role));
          assertEquals(expected, a.status(), a.text());
          if (expected == 403) {
            assertTrue(a.json().get("detail").asText().startsWith("Insufficient permissions"), a.text());
          }
        }));
      }
    }
    return tests.stream();
  }

  /** The route's example called with the API key itself, never swapped for a session. */
  private static TestApi.Answer keyCall(Route route, String key) {
    fixture.caller().set(EMAIL_BY_KEY.get(key));
    RouteExamples.Request r = RouteExamples.EXAMPLES.get(route.operationId()).apply(fixture);
    try {
      return api.call(route.method(), r.path(), key, r.body());
    } finally {
      r.after().run();
    }
  }

  private static TestApi.Answer call(Route route, String token) {
    fixture.caller().set(token == null ? null : EMAIL_BY_KEY.get(token));
    RouteExamples.Request r = RouteExamples.EXAMPLES.get(route.operationId()).apply(fixture);
    if ((route.scope() == Scope.ACCOUNT || SESSION_ONLY.contains(route.operationId())) && token != null && EMAIL_BY_KEY.containsKey(token)) {
      token = api.signIn(EMAIL_BY_KEY.get(token)); // these act for a signed-in person: give them a fresh session
    }
    try {
      return api.call(route.method(), r.path(), token, r.body());
    } finally {
      r.after().run();
    }
  }
}
