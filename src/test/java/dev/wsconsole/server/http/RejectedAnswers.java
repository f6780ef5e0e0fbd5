package dev.wsconsole.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Checks every error answer must pass: its status, a {@code detail} body, a request id, and no database text. */
final class RejectedAnswers {
  private static final List<String> DATABASE_WORDS =
      List.of("ERROR:", "violates", "constraint", "relation", "PSQLException", "SQLSTATE", "DETAIL");

  private RejectedAnswers() {}

  /** Asserts a well-formed error answer with {@code status}, returning its {@code detail}. */
  static JsonNode assertRejected(TestApi.Answer a, int status) {
    assertEquals(status, a.status(), a.text());
    String requestId = a.header("x-request-id");
    assertNotNull(requestId, "no x-request-id on " + a.status() + " " + a.text());
    assertFalse(requestId.isBlank());
    for (String word : DATABASE_WORDS) {
      assertFalse(a.text().contains(word), "database text '" + word + "' leaked: " + a.text());
    }
    JsonNode detail = a.json().get("detail");
    assertNotNull(detail, "no detail in " + a.text());
    return detail;
  }

  /** Asserts a 422 whose first error is at {@code loc}, with a message and a type. */
  static JsonNode assertInvalid(TestApi.Answer a, Object... loc) {
    JsonNode detail = assertRejected(a, 422);
    assertTrue(detail.isArray() && detail.size() > 0, a.text());
    JsonNode first = detail.get(0);
    assertTrue(first.path("msg").isTextual() && first.path("type").isTextual(), a.text());
    List<Object> actual = new ArrayList<>();
    first.path("loc").forEach(n -> actual.add(n.isInt() ? (Object) n.asInt() : n.asText()));
    assertEquals(List.of(loc), actual, a.text());
    return first;
  }

  /** Rows of the directory and of one workspace's API keys, read as the schema owner. */
  record Rows(long workspaces, long apiKeys) {
    static Rows count(TestApi api, UUID workspace) throws SQLException {
      try (Connection c = TestDatabases.admin(api.target); Statement st = c.createStatement()) {
        c.setAutoCommit(false);
        st.execute("SET LOCAL ROLE console_owner");
        st.execute("SELECT set_config('app.workspace_id', '" + workspace + "', true)");
        Rows rows = new Rows(one(st, "SELECT count(*) FROM console.workspaces"),
            one(st, "SELECT count(*) FROM console.api_keys"));
        c.rollback();
        return rows;
      }
    }

    private static long one(Statement st, String sql) throws SQLException {
      try (ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
