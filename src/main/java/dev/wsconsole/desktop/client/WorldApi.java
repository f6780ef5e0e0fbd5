package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A workspace's world model, read-only: entities, their fields, timelines, relationships, types and dashboard. */
public final class WorldApi {
  private final JsonHttp http;

  public WorldApi(JsonHttp http) {
    this.http = http;
  }

  /** An entity as listed. */
  public record Entity(UUID id, String entityType, String displayName, double confidence, long eventCount,
                       String source, Instant lastEventAt) {
    /** Its name, or its type and short id when it has none. */
    public String label() {
      return displayName != null ? displayName : entityType + " " + id.toString().substring(0, 8);
    }
  }

  /** One projected field and the event that won it. */
  public record Field(String field, String value, double confidence, String source, String eventType) {}

  /** One event of a timeline; {@code current} is false once a later event superseded it. */
  public record Event(UUID id, String eventType, String domain, String source, double confidence, String data,
                      UUID supersededBy, boolean current, Instant ingestedAt) {}

  /** A relationship seen from one entity: the other end and which way it points. */
  public record Relationship(String relationship, UUID otherId, String otherType, boolean outgoing,
                             double confidence) {}

  /** How many entities of a type. */
  public record EntityType(String entityType, long count) {}

  /** The dashboard strip: totals, velocity over 24 hours and 7 days, and the mean event confidence (null: none). */
  public record Dashboard(long entities, long events, long events24h, long events7d, Double avgConfidence) {}

  /** Entities of {@code type} (null: all) matching {@code text} (null: any), most recently updated first. */
  public Page<Entity> entities(UUID ws, String type, String text, int limit, String token) {
    StringBuilder q = new StringBuilder(base(ws) + "/entities?limit=" + limit);
    if (type != null) {
      q.append("&entity_type=").append(Nodes.enc(type));
    }
    if (text != null) {
      q.append("&q=").append(Nodes.enc(text));
    }
    if (token != null) {
      q.append("&continuation_token=").append(Nodes.enc(token));
    }
    return offsetPage(http.get(q.toString()), "entities", WorldApi::entity);
  }

  public Entity entity(UUID ws, UUID id) {
    return entity(http.get(base(ws) + "/entities/" + id));
  }

  public List<Field> fields(UUID ws, UUID id) {
    return Nodes.list(http.get(base(ws) + "/entities/" + id + "/fields").path("fields"), n -> new Field(
        n.path("field").asText(), value(n.path("value")), n.path("confidence").asDouble(), Nodes.text(n, "source"),
        Nodes.text(n, "event_type")));
  }

  /** The entity's events, newest first; {@code domain} null for every domain. */
  public Page<Event> timeline(UUID ws, UUID id, String domain, int limit, String token) {
    return offsetPage(http.get(base(ws) + "/entities/" + id + "/timeline?limit=" + limit
        + (domain == null ? "" : "&domain=" + Nodes.enc(domain))
        + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))), "events", WorldApi::event);
  }

  public List<Relationship> relationships(UUID ws, UUID id) {
    return Nodes.list(http.get(base(ws) + "/entities/" + id + "/relationships").path("relationships"), n -> {
      boolean outgoing = id.equals(Nodes.uuid(n, "source_entity_id"));
      return new Relationship(n.path("relationship").asText(),
          Nodes.uuid(n, outgoing ? "target_entity_id" : "source_entity_id"),
          n.path(outgoing ? "target_entity_type" : "source_entity_type").asText(), outgoing,
          n.path("confidence").asDouble());
    });
  }

  public List<EntityType> entityTypes(UUID ws) {
    return Nodes.list(http.get(base(ws) + "/entity-types").path("entity_types"),
        n -> new EntityType(n.path("entity_type").asText(), n.path("count").asLong()));
  }

  public Dashboard dashboard(UUID ws) {
    JsonNode n = http.get(base(ws) + "/dashboard");
    JsonNode avg = n.path("avg_confidence");
    return new Dashboard(n.path("entity_counts").path("total_entities").asLong(),
        n.path("entity_counts").path("total_events").asLong(), n.path("events_24h").asLong(),
        n.path("events_7d").asLong(), avg.isNumber() ? avg.asDouble() : null);
  }

  private static String base(UUID ws) {
    return "/v1/" + ws + "/world";
  }

  /** The world API's pages: a named list, {@code total}, {@code has_more} and {@code next_offset}. */
  private static <T> Page<T> offsetPage(JsonNode n, String items, java.util.function.Function<JsonNode, T> read) {
    String next = n.path("has_more").asBoolean(false) ? Nodes.text(n, "next_offset") : null;
    return new Page<>(Nodes.list(n.path(items), read), n.path("total").asLong(-1), next);
  }

  private static Entity entity(JsonNode n) {
    return new Entity(Nodes.uuid(n, "id"), n.path("entity_type").asText(), Nodes.text(n, "display_name"),
        n.path("confidence").asDouble(), n.path("event_count").asLong(), Nodes.text(n, "source"),
        Nodes.instant(n, "last_event_at"));
  }

  private static Event event(JsonNode n) {
    return new Event(Nodes.uuid(n, "id"), n.path("event_type").asText(), n.path("domain").asText(),
        n.path("source").asText(), n.path("confidence").asDouble(), n.path("data").toString(),
        Nodes.uuid(n, "superseded_by"), n.path("is_current").asBoolean(true), Nodes.instant(n, "ingested_at"));
  }

  private static String value(JsonNode v) {
    return v.isTextual() ? v.asText() : v.toString();
  }
}
