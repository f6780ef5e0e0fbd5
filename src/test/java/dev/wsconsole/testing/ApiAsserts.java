package dev.wsconsole.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Assertions on API answers shared by resource tests: 422 locations, audit entries. */
public final class ApiAsserts {
  private ApiAsserts() {}

  /** A 422 whose first error points at {@code loc} (joined with dots) and has {@code type}. */
  public static void invalid(TestApi.Answer a, String loc, String type) {
    assertEquals(422, a.status(), a.text());
    JsonNode err = a.json().get("detail").get(0);
    List<String> parts = new ArrayList<>();
    err.get("loc").forEach(p -> parts.add(p.asText()));
    assertEquals(loc, String.join(".", parts), a.text());
    assertEquals(type, err.get("type").asText(), a.text());
  }

  /** The texts of a JSON array's items, in order. */
  public static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** A 404 whose detail mentions {@code field}. */
  public static void notFoundNaming(TestApi.Answer a, String field) {
    assertEquals(404, a.status(), a.text());
    assertTrue(a.json().get("detail").asText().contains(field), a.text());
  }

  /** The audit log's actions and targets of {@code ws}, in order, as "action target". */
  public static List<String> auditTrail(TestApi api, UUID ws) {
    return api.backend.tx().call(ws, h -> h.createQuery("SELECT action || ' ' || target FROM console.audit_events"
        + " WHERE workspace_id = :ws ORDER BY seq").bind("ws", ws).mapTo(String.class).list());
  }
}
