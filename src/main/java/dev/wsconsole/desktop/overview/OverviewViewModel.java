package dev.wsconsole.desktop.overview;

import dev.wsconsole.desktop.client.AuditApi;
import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.model.EnvironmentPolicy;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.AuditResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The workspace at a glance: how many members, keys, services and numbers, recent activity, and the environment's policies. */
public final class OverviewViewModel {
  /** One count tile; {@code value} is empty when the caller may not see it. */
  public record Count(String id, String label, OptionalLong value) {}

  /** What the overview shows once loaded. */
  public record Summary(List<Count> counts, List<AuditResponses.Event> recent, boolean mayReadAudit) {}

  private final PageContext context;
  private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>();
  private final ObservableList<String> policies = FXCollections.observableArrayList();

  public OverviewViewModel(PageContext context) {
    this.context = context;
    EnvironmentPolicy p = context.workspace().environment().policy();
    policies.setAll(
        "Sessions lock after " + p.idleTimeout().toMinutes() + " min idle",
        "Sessions end after " + p.absoluteSessionLimit().toHours() + " h",
        "HITRUST controls " + (p.hitrustControls() ? "on" : "off"),
        "Audit kept at least " + p.minimumAuditRetentionDays() + " days (default " + p.defaultAuditRetentionDays() + ")");
  }

  public ReadOnlyObjectProperty<Summary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ObservableList<String> policies() {
    return FXCollections.unmodifiableObservableList(policies);
  }

  public String environment() {
    return context.workspace().environment().wireName();
  }

  public void load() {
    context.calls().run(this::read, summary::set);
  }

  private Summary read() {
    ConsoleApi api = context.api();
    UUID ws = context.workspace().id();
    List<Count> counts = new ArrayList<>();
    counts.add(new Count("overview-members", "Members", context.may(Permission.MEMBER_VIEW)
        ? OptionalLong.of(api.members().list(ws, 1, null).total()) : OptionalLong.empty()));
    counts.add(new Count("overview-apikeys", "API keys", context.may(Permission.API_KEY_VIEW)
        ? OptionalLong.of(api.apiKeys().list(ws, 1, null).total()) : OptionalLong.empty()));
    counts.add(new Count("overview-services", "Services", api.isolation().total(ws, "services")));
    counts.add(new Count("overview-numbers", "Phone numbers", api.isolation().total(ws, "phone-numbers")));
    boolean audit = context.may(Permission.AUDIT_VIEW);
    List<AuditResponses.Event> recent = audit
        ? api.audit().page(ws, AuditApi.Filter.NONE, 0, 8).events() : List.of();
    return new Summary(counts, recent, audit);
  }
}
