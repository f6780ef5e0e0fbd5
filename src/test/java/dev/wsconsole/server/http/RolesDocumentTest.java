package dev.wsconsole.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.voiceprint.VoiceprintRules;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.OperatorFixtures;
import dev.wsconsole.testing.TestApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the written policy, docs/ROLES.md, to the server: for every cell of its table, the row's request is
 * made through real HTTP with an API key of the column's role (made by a member holding it) and the answer
 * must be what the cell says. Expectations come only from the document, never from the permission matrix.
 */
@Tag("database")
class RolesDocumentTest {
  private static final Path DOCUMENT = Path.of("docs", "ROLES.md");
  private static TestApi api;
  private static RouteExamples.Fixture fixture;
  private static final Map<Role, String> KEYS = new EnumMap<>(Role.class);
  private static final Map<Role, String> EMAILS = new EnumMap<>(Role.class);

  /** One row of the table: the capability, its request (operation id and situation) and a cell per role. */
  record Row(String capability, String operationId, String situation, Map<Role, String> cells) {}

  @BeforeAll
  static void setUp() {
    api = TestApi.start("roles_document");
    String slug = "roles-" + RouteExamples.shortId();
    UUID owner = api.user("owner-" + slug + "@example.org");
    UUID ws = api.workspace(slug, Environment.STAGING, owner);
    fixture = new RouteExamples.Fixture(api, ws, owner, slug);
    for (Role role : Role.values()) {
      String email = role.wireName() + "-" + slug + "@example.org";
      UUID holder = role == Role.OWNER ? owner : api.user(email);
      if (role != Role.OWNER) {
        api.member(ws, holder, role);
      }
      EMAILS.put(role, role == Role.OWNER ? "owner-" + slug + "@example.org" : email);
      KEYS.put(role, api.key(ws, holder, role));
    }
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @TestFactory
  Stream<DynamicTest> everyCellOfTheWrittenPolicyHolds() throws IOException {
    List<Row> rows = table(Files.readAllLines(DOCUMENT));
    assertTrue(rows.size() >= 20, "ROLES.md's table has " + rows.size() + " rows");
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : rows) {
      for (Map.Entry<Role, String> cell : row.cells().entrySet()) {
        String name = row.capability() + " as " + cell.getKey().wireName() + ": " + cell.getValue();
        tests.add(DynamicTest.dynamicTest(name, () -> {
          TestApi.Answer a = call(row, cell.getKey());
          switch (cell.getValue()) {
            case "yes" -> assertTrue(a.status() >= 200 && a.status() < 300, a.status() + " " + a.text());
            case "no" -> assertEquals(403, a.status(), a.text());
            case "404" -> assertEquals(404, a.status(), a.text());
            case "409" -> assertEquals(409, a.status(), a.text());
            default -> throw new AssertionError("unknown cell '" + cell.getValue() + "' in ROLES.md");
          }
        }));
      }
    }
    return tests.stream();
  }

  /** The rows of the table whose header starts with "capability", every role a column. */
  static List<Row> table(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    List<Role> columns = null;
    for (String line : lines) {
      if (!line.startsWith("|")) {
        columns = null;
        continue;
      }
      List<String> cells = cells(line);
      if (cells.get(0).equals("capability")) {
        columns = cells.subList(2, cells.size()).stream().map(Role::fromWire).toList();
        assertEquals(Role.values().length, columns.size(), "one column per role: " + line);
      } else if (columns != null && !cells.get(0).startsWith("---")) {
        String request = cells.get(1).replace("`", "");
        String[] parts = request.split(" @", 2);
        Map<Role, String> byRole = new EnumMap<>(Role.class);
        for (int i = 0; i < columns.size(); i++) {
          byRole.put(columns.get(i), cells.get(i + 2));
        }
        rows.add(new Row(cells.get(0), parts[0].strip(), parts.length > 1 ? parts[1].strip() : "", byRole));
      }
    }
    return rows;
  }

  private static List<String> cells(String line) {
    String inner = line.strip().substring(1, line.strip().length() - 1);
    return java.util.Arrays.stream(inner.split("\\|")).map(String::strip).toList();
  }

  private static TestApi.Answer call(Row row, Role role) {
    Route route = api.backend.routes().stream().filter(r -> r.operationId().equals(row.operationId())).findFirst()
        .orElse(null);
    assertNotNull(route, "ROLES.md names an unknown operation " + row.operationId());
    Function<RouteExamples.Fixture, RouteExamples.Request> example = situation(row);
    fixture.caller().set(EMAILS.get(role));
    RouteExamples.Request r = example.apply(fixture);
    try {
      return api.call(route.method(), r.path(), KEYS.get(role), r.body());
    } finally {
      r.after().run();
    }
  }

  /** The row's request: the operation's role-matrix example, changed by the row's situation. */
  private static Function<RouteExamples.Fixture, RouteExamples.Request> situation(Row row) {
    Function<RouteExamples.Fixture, RouteExamples.Request> plain = RouteExamples.EXAMPLES.get(row.operationId());
    assertNotNull(plain, "no example request for " + row.operationId());
    Map<String, Function<RouteExamples.Fixture, RouteExamples.Request>> situations = new HashMap<>();
    situations.put("", plain);
    situations.put("archived", f -> {
      RouteExamples.Request r = plain.apply(f);
      RouteExamples.setArchived(f, true);
      return new RouteExamples.Request(r.path(), r.body(), () -> {
        RouteExamples.setArchived(f, false);
        r.after().run();
      });
    });
    situations.put("another-person", f -> new RouteExamples.Request(RouteExamples.in(f) + "/voiceprints/"
        + VoiceprintRules.personEntity(f.workspace(), someoneElse(f, Role.MEMBER)), null));
    situations.put("another-persons-record", f -> {
      String email = "colleague-" + RouteExamples.shortId() + "@example.org";
      f.api().member(f.workspace(), f.api().user(email), Role.OPERATOR);
      UUID record = OperatorFixtures.operator(f.api(), f.workspace(), email);
      return new RouteExamples.Request(RouteExamples.in(f) + "/operators/" + record + "/join-call",
          Map.of("call_sid", CallFixtures.call(f.api(), f.workspace(), true).callSid()));
    });
    Function<RouteExamples.Fixture, RouteExamples.Request> chosen = situations.get(row.situation());
    assertNotNull(chosen, "ROLES.md names an unknown situation @" + row.situation());
    return chosen;
  }

  private static UUID someoneElse(RouteExamples.Fixture f, Role role) {
    UUID user = f.api().user("someone-" + RouteExamples.shortId() + "@example.org");
    f.api().member(f.workspace(), user, role);
    return user;
  }
}
