package dev.wsconsole.desktop.audit;

import dev.wsconsole.desktop.client.ComplianceApi;
import dev.wsconsole.desktop.shell.BackgroundCalls;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.model.wire.ComplianceResponses;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The compliance summary as the server reports it: HIPAA status and evidence, the dashboard, the credential review. */
public final class ComplianceViewModel {
  static final int PERIOD_DAYS = 90;
  private final ComplianceApi api;
  private final BackgroundCalls calls;
  private final UUID ws;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ObservableList<Map<String, Object>> credentials = FXCollections.observableArrayList();

  /** The three reports, read together. */
  record Snapshot(ComplianceResponses.Dashboard dashboard, ComplianceResponses.HipaaReport hipaa,
                  ComplianceResponses.AccessReview review) {}

  public ComplianceViewModel(PageContext context) {
    this.api = context.api().compliance();
    this.calls = context.calls();
    this.ws = context.workspace().id();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ObservableList<Map<String, Object>> credentials() {
    return credentials;
  }

  public void load() {
    status.set("Loading…");
    calls.run(() -> new Snapshot(api.dashboard(ws), api.hipaa(ws, PERIOD_DAYS), api.accessReview(ws)), this::show);
  }

  private void show(Snapshot s) {
    status.set("HIPAA: " + s.dashboard().hipaaStatus().replace('_', ' '));
    summary.set(describe(s));
    credentials.setAll(s.review().credentials());
  }

  /** The summary's lines: PHI access, the audit chain, retention, credentials, the last export, and any findings. */
  static String describe(Snapshot s) {
    Map<String, Object> audit = s.hipaa().auditSummary();
    ComplianceResponses.Dashboard d = s.dashboard();
    StringBuilder out = new StringBuilder();
    out.append("PHI access (last ").append(s.hipaa().reportPeriodDays()).append(" days): ")
        .append(audit.get("phi_access_events")).append(" reads of ").append(audit.get("phi_records_accessed"))
        .append(" records by ").append(audit.get("phi_accessors")).append(" accounts\n");
    out.append("Audit log: ").append(audit.get("total_events")).append(" events, ")
        .append(audit.get("denied_events")).append(" denied; chain ")
        .append(Boolean.TRUE.equals(audit.get("chain_valid")) ? "intact" : "BROKEN").append('\n');
    out.append("Retention: audit log ").append(d.retentionDays()).append(" days")
        .append(d.legalHold() ? ", legal hold on" : "").append('\n');
    out.append("API keys: ").append(d.activeCredentials()).append(" active of ").append(d.totalCredentials())
        .append('\n');
    out.append("Last audit export: ").append(d.lastAuditExport() == null ? "never" : d.lastAuditExport());
    if (audit.get("findings") instanceof java.util.List<?> findings && !findings.isEmpty()) {
      findings.forEach(f -> out.append("\nFinding: ").append(f));
    }
    return out.toString();
  }
}
