package dev.wsconsole.model.wire;

import dev.wsconsole.model.Nullable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the compliance reports (HIPAA evidence, access review, dashboard), shaped as in the contract. */
public final class ComplianceResponses {
  private ComplianceResponses() {}

  /**
   * HipaaReportResponse: audit and PHI access figures over the period, the retention policy, what is encrypted,
   * the access controls in force (identity ones null until integrated) and the API keys by state.
   */
  public record HipaaReport(String generatedAt, int reportPeriodDays, UUID workspaceId, Map<String, Object> auditSummary,
                            Map<String, Object> retentionPolicy, Map<String, Boolean> encryption,
                            Map<String, Object> accessControls, Map<String, Integer> apiKeySummary,
                            String complianceStatus) {}

  /** AccessReviewResponse: every API key with its role, state and activity dates, for a reviewer to attest. */
  public record AccessReview(String generatedAt, UUID workspaceId, List<Map<String, Object>> credentials,
                             int totalCredentials, String jwtCredentialsNote) {}

  /** ComplianceDashboardResponse: the signals of the other two reports on one card. */
  public record Dashboard(String hipaaStatus, @Nullable Integer retentionDays, boolean legalHold, int totalCredentials,
                          int activeCredentials, @Nullable String lastAuditExport, String generatedAt) {}
}
