package dev.wsconsole.server.compliance;

import dev.wsconsole.model.RetentionPolicy;
import dev.wsconsole.server.compliance.CredentialReviewStore.Credential;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pure decisions of the compliance reports: a key's state, the key counts, and the overall HIPAA status. */
public final class ComplianceRules {
  public static final String COMPLIANT = "compliant";
  public static final String ATTENTION = "attention_required";

  private ComplianceRules() {}

  /** "revoked", "expired" or "active" at {@code now}. */
  public static String state(Credential c, Instant now) {
    if (c.revokedAt() != null) {
      return "revoked";
    }
    return c.expiresAt() != null && !c.expiresAt().isAfter(now) ? "expired" : "active";
  }

  /** Keys by state, with the total. */
  public static Map<String, Integer> keyCounts(List<Credential> keys, Instant now) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("total", keys.size());
    for (String s : List.of("active", "expired", "revoked")) {
      counts.put(s, 0);
    }
    keys.forEach(k -> counts.merge(state(k, now), 1, Integer::sum));
    return counts;
  }

  /**
   * What keeps a workspace from compliant: a broken audit chain, or an audit log kept for less than HIPAA's six
   * years. Empty: compliant.
   */
  public static List<String> findings(boolean chainValid, RetentionPolicy retention) {
    List<String> out = new ArrayList<>();
    if (!chainValid) {
      out.add("the audit log's hash chain does not verify");
    }
    if (retention.auditLogDays() < RetentionPolicy.DEFAULT_DAYS) {
      out.add("audit logs are kept " + retention.auditLogDays() + " days, less than HIPAA's six years ("
          + RetentionPolicy.DEFAULT_DAYS + ")");
    }
    return out;
  }

  public static String status(List<String> findings) {
    return findings.isEmpty() ? COMPLIANT : ATTENTION;
  }
}
