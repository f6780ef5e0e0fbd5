package dev.wsconsole.server.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wsconsole.server.world.NewEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Requests for the world model routes, over a patient with one event and one relationship. */
final class WorldRouteExamples {
  private WorldRouteExamples() {}

  static void register(BiConsumer<String, Function<RouteExamples.Fixture, RouteExamples.Request>> add) {
    add.accept("list-entities", f -> get(base(f) + "/entities?entity_type=patient&limit=5"));
    add.accept("get-entity", f -> get(base(f) + "/entities/" + patient(f)));
    add.accept("get-entity-timeline", f -> get(base(f) + "/entities/" + patient(f) + "/timeline?domain=clinical"));
    add.accept("get-entity-relationships", f -> get(base(f) + "/entities/" + patient(f) + "/relationships"));
    add.accept("get-entity-fields", f -> get(base(f) + "/entities/" + patient(f) + "/fields"));
    add.accept("list-entity-types", f -> get(base(f) + "/entity-types"));
    add.accept("list-event-types", f -> get(base(f) + "/event-types"));
    add.accept("search-world-entities", f -> get(base(f) + "/search?q=ada"));
    add.accept("world-dashboard", f -> get(base(f) + "/dashboard"));
    add.accept("append-world-events", f -> new RouteExamples.Request(base(f) + "/events", Map.of(
        "entity_id", patient(f).toString(), "event_type", "patient.updated", "domain", "clinical",
        "source", "ehr", "confidence", 1.0, "data", Map.of("phone", "+15550100"))));
    add.accept("ensure-world-entity", f -> new RouteExamples.Request(base(f) + "/entities", Map.of(
        "entity_type", "practitioner", "external_key", "Practitioner/" + UUID.randomUUID(), "display_name", "Dr Who")));
    add.accept("recompute-world-projections", f -> new RouteExamples.Request(base(f) + "/recompute",
        Map.of("entity_id", patient(f).toString())));
  }

  private static RouteExamples.Request get(String path) {
    return new RouteExamples.Request(path, null);
  }

  /** The workspace's example patient, made once, with an event and a relationship to a practitioner. */
  static UUID patient(RouteExamples.Fixture f) {
    var world = f.api().backend.world();
    UUID ws = f.workspace();
    UUID p = world.ensureEntity(ws, "patient", "Patient/example", "Ada Example");
    UUID dr = world.ensureEntity(ws, "practitioner", "Practitioner/example", "Dr Example");
    world.append(ws, List.of(new NewEvent(p, "patient.registered", "clinical", "ehr", 1.0,
        JsonNodeFactory.instance.objectNode().put("name", "Ada Example"), null, "example-registered", null)));
    world.relate(ws, p, dr, "attended_by");
    return p;
  }

  private static String base(RouteExamples.Fixture f) {
    return "/v1/" + f.workspace() + "/world";
  }
}
