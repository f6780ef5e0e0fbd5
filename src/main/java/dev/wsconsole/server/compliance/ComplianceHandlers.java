package dev.wsconsole.server.compliance;

import dev.wsconsole.model.RetentionPolicy;
import dev.wsconsole.model.wire.ComplianceResponses;
import dev.wsconsole.server.audit.AuditChainRules;
import dev.wsconsole.server.audit.AuditEntry;
import dev.wsconsole.server.audit.AuditExportStore;
import dev.wsconsole.server.audit.AuditFilter;
import dev.wsconsole.server.audit.AuditQueryStore;
import dev.wsconsole.server.audit.PhiAccessStore;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.settings.RetentionRules;
import dev.wsconsole.server.settings.SettingsStore;
import dev.wsconsole.server.workspace.DirectoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/compliance: the HIPAA evidence report, the access review and the dashboard. */
public final class ComplianceHandlers {
  static final String SESSIONS_NOTE = "Console sign-in sessions are not listed: they belong to member accounts"
      + " (see the members list) and expire by the workspace's session limits; only API keys are credentials here.";
  private final AuditQueryStore log;
  private final PhiAccessStore phi;
  private final AuditExportStore exports;
  private final CredentialReviewStore keys;
  private final SettingsStore settings;
  private final DirectoryStore directory;
  private final boolean secretsSealed;

  /** {@code secretsSealed}: whether this backend encrypts data-source secrets (it has a secret key). */
  public ComplianceHandlers(AuditQueryStore log, PhiAccessStore phi, AuditExportStore exports,
                            CredentialReviewStore keys, SettingsStore settings, DirectoryStore directory,
                            boolean secretsSealed) {
    this.log = log;
    this.phi = phi;
    this.exports = exports;
    this.keys = keys;
    this.settings = settings;
    this.directory = directory;
    this.secretsSealed = secretsSealed;
  }

  public Object hipaa(ApiCall call) {
    UUID ws = call.workspaceId();
    int days = call.queryInt("report_period_days", 90, 1, 365);
    Instant now = Instant.now();
    Instant from = now.minus(Duration.ofDays(days));
    List<AuditEntry> chain = log.all(ws, new AuditFilter(null, null, null, null, null, false, null, null));
    AuditChainRules.Verdict verdict = AuditChainRules.verify(chain);
    List<AuditEntry> inPeriod = chain.stream().filter(e -> !e.createdAt().isBefore(from)).toList();
    PhiAccessStore.Totals reads = phi.totals(ws, PhiAccessStore.Filter.period(from, null));
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("total_events", inPeriod.size() + reads.accesses());
    audit.put("denied_events", inPeriod.stream().filter(e -> e.result().equals("denied")).count());
    audit.put("unique_actors", inPeriod.stream().map(e -> String.valueOf(e.actor().get("user_id"))).distinct().count());
    audit.put("phi_access_events", reads.accesses());
    audit.put("phi_records_accessed", reads.records());
    audit.put("phi_accessors", reads.actors());
    audit.put("chain_valid", verdict.valid());
    audit.put("chain_entries_checked", verdict.entriesChecked());
    RetentionPolicy retention = retention(ws);
    List<String> findings = ComplianceRules.findings(verdict.valid(), retention);
    audit.put("findings", findings);
    Map<String, Boolean> encryption = new LinkedHashMap<>();
    encryption.put("data_source_secrets", secretsSealed);
    encryption.put("database_at_rest", false);
    encryption.put("transport_tls", false);
    Map<String, Object> access = new LinkedHashMap<>();
    access.put("row_level_security", "forced on every workspace table");
    access.put("role_based_permissions", true);
    access.put("phi_access_audited", true);
    access.put("mfa", null);
    access.put("sso", null);
    access.put("lockout", null);
    return new ComplianceResponses.HipaaReport(now.toString(), days, ws, audit, retentionMap(retention), encryption,
        access, ComplianceRules.keyCounts(keys.all(ws), now), ComplianceRules.status(findings));
  }

  public Object accessReview(ApiCall call) {
    Instant now = Instant.now();
    List<Map<String, Object>> rows = keys.all(call.workspaceId()).stream().map(k -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("credential_id", k.id().toString());
      row.put("credential_type", "api_key");
      row.put("name", k.name());
      row.put("key_prefix", k.keyPrefix());
      row.put("role", k.role());
      row.put("status", ComplianceRules.state(k, now));
      row.put("created_by_entity_id", k.createdBy().toString());
      row.put("created_at", text(k.createdAt()));
      row.put("expires_at", text(k.expiresAt()));
      row.put("last_used_at", text(k.lastUsedAt()));
      row.put("revoked_at", text(k.revokedAt()));
      return row;
    }).toList();
    return new ComplianceResponses.AccessReview(now.toString(), call.workspaceId(), rows, rows.size(), SESSIONS_NOTE);
  }

  public Object dashboard(ApiCall call) {
    UUID ws = call.workspaceId();
    Instant now = Instant.now();
    RetentionPolicy retention = retention(ws);
    boolean chainValid = AuditChainRules.verify(log.all(ws, new AuditFilter(null, null, null, null, null, false,
        null, null))).valid();
    Map<String, Integer> counts = ComplianceRules.keyCounts(keys.all(ws), now);
    return new ComplianceResponses.Dashboard(ComplianceRules.status(ComplianceRules.findings(chainValid, retention)),
        retention.auditLogDays(), retention.legalHold(), counts.get("total"), counts.get("active"),
        exports.latest(ws).map(Instant::toString).orElse(null), now.toString());
  }

  private RetentionPolicy retention(UUID ws) {
    return RetentionRules.effective(settings.read(ws, "retention"),
        directory.get(ws).orElseThrow(() -> DomainException.notFound("Workspace")).environment());
  }

  private static Map<String, Object> retentionMap(RetentionPolicy r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("call_recordings_days", r.callRecordingsDays());
    m.put("call_transcripts_days", r.callTranscriptsDays());
    m.put("audit_log_days", r.auditLogDays());
    m.put("world_events_days", r.worldEventsDays());
    m.put("phi_data_days", r.phiDataDays());
    m.put("legal_hold", r.legalHold());
    m.put("legal_hold_reason", r.legalHoldReason());
    return m;
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
