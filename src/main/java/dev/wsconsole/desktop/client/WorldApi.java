package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.WorldViews;
import java.util.List;
import java.util.UUID;

/** A workspace's world model, read-only: entities, their fields, timelines, relationships, types and dashboard. */
public final class WorldApi {
  private final JsonHttp http;

  public WorldApi(JsonHttp http) {
    this.http = http;
  }

  /** A projected field's value as the console shows it: text as is, anything else as JSON. */
  public static String valueText(WorldViews.Field field) {
    JsonNode v = field.value();
    return v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
  }

  /** An event's data as one line of JSON. */
  public static String dataText(WorldViews.Event event) {
    return event.data() == null ? "" : event.data().toString();
  }

  /** Entities of {@code type} (null: all) matching {@code text} (null: any), most recently updated first. */
  public Page<WorldViews.Entity> entities(UUID ws, String type, String text, int limit, Integer token) {
    StringBuilder q = new StringBuilder(base(ws) + "/entities?limit=" + limit);
    if (type != null) {
      q.append("&entity_type=").append(QueryText.enc(type));
    }
    if (text != null) {
      q.append("&q=").append(QueryText.enc(text));
    }
    WorldViews.EntityList list = http.get(q + QueryText.token(token), WorldViews.EntityList.class);
    return new Page<>(list.entities(), list.hasMore(), list.nextOffset(), list.total());
  }

  public WorldViews.Entity entity(UUID ws, UUID id) {
    return http.get(base(ws) + "/entities/" + id, WorldViews.Entity.class);
  }

  public List<WorldViews.Field> fields(UUID ws, UUID id) {
    return http.get(base(ws) + "/entities/" + id + "/fields", WorldViews.Fields.class).fields();
  }

  /** The entity's events, newest first; {@code domain} null for every domain. */
  public Page<WorldViews.Event> timeline(UUID ws, UUID id, String domain, int limit, Integer token) {
    WorldViews.Timeline t = http.get(base(ws) + "/entities/" + id + "/timeline?limit=" + limit
        + (domain == null ? "" : "&domain=" + QueryText.enc(domain)) + QueryText.token(token), WorldViews.Timeline.class);
    return new Page<>(t.events(), t.hasMore(), t.nextOffset(), t.total());
  }

  /** The entity's relationships, either end. */
  public List<WorldViews.Relationship> relationships(UUID ws, UUID id) {
    return http.get(base(ws) + "/entities/" + id + "/relationships", WorldViews.Relationships.class)
        .relationships();
  }

  public List<WorldViews.EntityTypeSummary> entityTypes(UUID ws) {
    return http.get(base(ws) + "/entity-types", WorldViews.EntityTypes.class).entityTypes();
  }

  public WorldViews.Dashboard dashboard(UUID ws) {
    return http.get(base(ws) + "/dashboard", WorldViews.Dashboard.class);
  }

  private static String base(UUID ws) {
    return "/v1/" + ws + "/world";
  }
}
