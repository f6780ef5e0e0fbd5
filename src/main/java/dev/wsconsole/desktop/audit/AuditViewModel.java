package dev.wsconsole.desktop.audit;

import dev.wsconsole.desktop.client.AuditApi.Filter;
import dev.wsconsole.desktop.client.AuditApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.AuditResponses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The audit log a page at a time from the server (never all of it), filtered by action and dates;
 * export of the filtered entries as NDJSON, and verification of the hash chain.
 */
public final class AuditViewModel {
  static final int PAGE_SIZE = 50;
  private final PageContext context;
  private final AuditApi api;
  private final UUID ws;
  private final ServerPages<AuditResponses.Event> pages;
  private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private Filter filter = Filter.NONE;

  public AuditViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().audit();
    this.ws = context.workspace().id();
    this.pages = new ServerPages<>(context.calls(), this::fetch);
  }

  public ServerPages<AuditResponses.Event> pages() {
    return pages;
  }

  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public boolean mayExport() {
    return context.may(Permission.AUDIT_EXPORT);
  }

  public void load() {
    pages.reload();
  }

  /** Filters by action (blank: any) and by days, inclusive (null: open-ended); back to the first page. */
  public void filter(String action, LocalDate from, LocalDate to) {
    filter = new Filter(action == null || action.isBlank() ? null : action.strip(),
        from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    pages.first();
  }

  public void verify() {
    verdict.set("Verifying…");
    context.calls().run(() -> api.verify(ws), v -> verdict.set(v.valid()
        ? "Chain intact: " + v.entriesChecked() + " entries verified."
        : "Chain BROKEN at entry " + v.firstBrokenSeq() + (v.detail() == null ? "" : ": " + v.detail())));
  }

  /** Exports the filtered entries as NDJSON into {@code file}. */
  public void export(Path file) {
    Filter current = filter;
    context.calls().run(() -> {
      String text = api.export(ws, current);
      try {
        Files.writeString(file, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.lines().count();
    }, lines -> message.set("Exported " + lines + " entries to " + file.getFileName() + "."));
  }

  private Page<AuditResponses.Event> fetch(Integer token) {
    int offset = token == null ? 0 : token;
    AuditResponses.EventList page = api.page(ws, filter, offset, PAGE_SIZE);
    Integer next = page.hasMore() ? offset + page.events().size() : null;
    return new Page<>(page.events(), page.hasMore(), next, page.total());
  }
}
