package dev.wsconsole.desktop.audit;

import dev.wsconsole.desktop.client.AuditApi;
import dev.wsconsole.desktop.client.AuditApi.PhiFilter;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.AuditResponses;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The PHI access report a page at a time from the server: who read which patient records, when; filtered by record and days. */
public final class PhiAccessViewModel {
  static final int PAGE_SIZE = 50;
  private final AuditApi api;
  private final UUID ws;
  private final ServerPages<AuditResponses.Event> pages;
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private PhiFilter filter = PhiFilter.NONE;

  public PhiAccessViewModel(PageContext context) {
    this.api = context.api().audit();
    this.ws = context.workspace().id();
    this.pages = new ServerPages<>(context.calls(), this::fetch);
  }

  public ServerPages<AuditResponses.Event> pages() {
    return pages;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public void load() {
    pages.reload();
  }

  /** Filters by record id (blank: any) and by days, inclusive (null: open-ended); back to the first page. */
  public void filter(String entityId, LocalDate from, LocalDate to) {
    UUID record = null;
    if (entityId != null && !entityId.isBlank()) {
      try {
        record = UUID.fromString(entityId.strip());
      } catch (IllegalArgumentException e) {
        message.set("Record id must be a UUID.");
        return;
      }
    }
    message.set("");
    filter = new PhiFilter(record, from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    pages.first();
  }

  /** "3 × entity" for an entry that read three entities. */
  public static String records(AuditResponses.Event e) {
    Object count = e.metadata().get("record_count");
    return (count == null ? "1" : count.toString()) + " × " + e.resourceType();
  }

  /** Who read: the account and the kind of credential ("api_key", "session"). */
  public static String reader(AuditResponses.Event e) {
    Object kind = e.metadata().get("actor_kind");
    return (e.actorEntityId() == null ? "?" : e.actorEntityId()) + (kind == null ? "" : " (" + kind + ")");
  }

  private Page<AuditResponses.Event> fetch(Integer token) {
    int offset = token == null ? 0 : token;
    AuditResponses.EventList page = api.phiAccess(ws, filter, offset, PAGE_SIZE);
    Integer next = page.hasMore() ? offset + page.events().size() : null;
    return new Page<>(page.events(), page.hasMore(), next, page.total());
  }
}
