package dev.wsconsole.desktop.world;

import dev.wsconsole.desktop.client.WorldApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.WorldViews;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The world model, read-only: entities searched and paged on the server, and the one opened with its
 * projected fields, its timeline (by domain, paged) and its relationships, which open in turn (with Back).
 */
public final class WorldViewModel {
  static final int PAGE_SIZE = 20;
  static final int TIMELINE_PAGE_SIZE = 20;
  /** How many related entities get their names looked up; the rest show type and short id. */
  static final int NAMED_RELATIONS = 50;
  public static final List<String> DOMAINS = List.of("clinical", "operational", "administrative", "financial",
      "communication", "scheduling", "identity", "audit", "system");
  private final PageContext context;
  private final WorldApi api;
  private final UUID ws;
  private final ServerPages<WorldViews.Entity> entities;
  private final ServerPages<WorldViews.Event> timeline;
  private final ReadOnlyObjectWrapper<WorldViews.Entity> opened = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<WorldViews.Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
  private final ObservableList<WorldViews.EntityTypeSummary> types = FXCollections.observableArrayList();
  private final ObservableList<WorldViews.Field> fields = FXCollections.observableArrayList();
  private final ObservableList<Related> related = FXCollections.observableArrayList();
  private final Deque<UUID> back = new ArrayDeque<>();
  private String type;
  private String text;
  private String domain;
  private UUID wanted;

  /** A relationship with the other end's label. */
  public record Related(RelationshipEnd relationship, String otherLabel) {}

  private record Detail(WorldViews.Entity entity, List<WorldViews.Field> fields, List<Related> related) {}

  public WorldViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().world();
    this.ws = context.workspace().id();
    this.entities = new ServerPages<>(context.calls(), token -> api.entities(ws, type, text, PAGE_SIZE, token));
    this.timeline = new ServerPages<>(context.calls(), token -> opened.get() == null
        ? new Page<WorldViews.Event>(List.of(), false, null, 0L)
        : api.timeline(ws, opened.get().id(), domain, TIMELINE_PAGE_SIZE, token));
  }

  /** An entity's name, or its type and short id when it has none. */
  public static String label(WorldViews.Entity e) {
    return e.displayName() != null ? e.displayName() : e.entityType() + " " + e.id().toString().substring(0, 8);
  }

  public ServerPages<WorldViews.Entity> entities() {
    return entities;
  }

  public ServerPages<WorldViews.Event> timeline() {
    return timeline;
  }

  public ReadOnlyObjectProperty<WorldViews.Entity> openedProperty() {
    return opened.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<WorldViews.Dashboard> dashboardProperty() {
    return dashboard.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canGoBackProperty() {
    return canGoBack.getReadOnlyProperty();
  }

  public ObservableList<WorldViews.EntityTypeSummary> types() {
    return types;
  }

  public ObservableList<WorldViews.Field> fields() {
    return fields;
  }

  public ObservableList<Related> related() {
    return related;
  }

  /** The first page of every entity, the type registry and the dashboard strip. */
  public void load() {
    entities.first();
    context.calls().run(() -> api.entityTypes(ws), types::setAll);
    context.calls().run(() -> api.dashboard(ws), dashboard::set);
  }

  /** Filters by type (null or blank: all) and text (null or blank: any), from the first page. */
  public void search(String entityType, String query) {
    type = entityType == null || entityType.isBlank() ? null : entityType;
    text = query == null || query.isBlank() ? null : query.strip();
    entities.first();
  }

  /** Opens an entity (from the list or a relationship); Back returns to the one open before. */
  public void open(UUID id) {
    if (opened.get() != null && !opened.get().id().equals(id)) {
      back.push(opened.get().id());
    }
    show(id);
  }

  public void back() {
    if (!back.isEmpty()) {
      show(back.pop());
    }
  }

  /** Shows the opened entity's events of one domain (null: all), from the newest. */
  public void domain(String value) {
    domain = value == null || value.isBlank() ? null : value;
    timeline.first();
  }

  private void show(UUID id) {
    wanted = id;
    context.calls().run(() -> detail(id), d -> {
      if (!id.equals(wanted)) {
        return; // the user moved on (arrow keys through the list) before this answer came
      }
      opened.set(d.entity());
      fields.setAll(d.fields());
      related.setAll(d.related());
      canGoBack.set(!back.isEmpty());
      timeline.first();
    });
  }

  private Detail detail(UUID id) {
    WorldViews.Entity e = api.entity(ws, id);
    List<RelationshipEnd> relationships = api.relationships(ws, id).stream()
        .map(r -> RelationshipEnd.seenFrom(id, r)).toList();
    Map<UUID, String> labels = new HashMap<>();
    relationships.stream().map(RelationshipEnd::otherId).distinct().limit(NAMED_RELATIONS)
        .forEach(other -> labels.put(other, label(api.entity(ws, other))));
    List<Related> out = relationships.stream().map(r -> new Related(r, labels.getOrDefault(r.otherId(),
        r.otherType() + " " + r.otherId().toString().substring(0, 8)))).toList();
    return new Detail(e, api.fields(ws, id), out);
  }
}
