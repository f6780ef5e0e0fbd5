package dev.wsconsole.server.settings;

import static dev.wsconsole.model.RetentionPolicy.DEFAULT_DAYS;
import static dev.wsconsole.model.RetentionPolicy.MAX_DAYS;
import static dev.wsconsole.model.RetentionPolicy.MIN_DAYS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.EnvironmentPolicy;
import dev.wsconsole.model.RetentionPolicy;
import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.DomainException;
import java.util.List;

/**
 * Pure rules of the retention policy: each period 365-36500 days, a legal hold needs a reason, and
 * the audit log is kept at least as long as the workspace's environment requires (2190 days in
 * production). Unset periods default to six years, the audit log to its environment's default.
 */
public final class RetentionRules {
  public static final List<String> PERIODS = List.of("call_recordings_days", "call_transcripts_days",
      "audit_log_days", "world_events_days", "phi_data_days");
  public static final int REASON_MAX = 2000;

  private RetentionRules() {}

  /** Validates a RetentionPolicyRequest and applies it to the stored fields (null resets to the default). */
  public static void apply(BodyFields in, ObjectNode stored, Environment environment) {
    for (String period : PERIODS) {
      SettingsFields.put(in, stored, period, in.integer(period, MIN_DAYS, MAX_DAYS));
    }
    Integer audit = in.integer("audit_log_days", MIN_DAYS, MAX_DAYS);
    int minimum = environment.policy().minimumAuditRetentionDays();
    if (audit != null && audit < minimum) {
      throw DomainException.invalid(in.loc("audit_log_days"), "A " + environment.wireName() + " workspace keeps its"
          + " audit log at least " + minimum + " days (" + (minimum / 365) + " years"
          + (environment.policy().hitrustControls() ? ", HIPAA/HITRUST" : "") + "); " + audit + " is shorter",
          "greater_than_equal");
    }
    SettingsFields.put(in, stored, "legal_hold", in.bool("legal_hold"));
    String reason = in.string("legal_hold_reason", 0, REASON_MAX);
    SettingsFields.put(in, stored, "legal_hold_reason", reason == null ? null : reason.strip());
    boolean hold = stored.path("legal_hold").asBoolean(false);
    if (!hold) {
      stored.remove("legal_hold_reason"); // the reason belongs to a hold; none is on
    } else if (stored.path("legal_hold_reason").asText("").isBlank()) {
      throw DomainException.invalid(in.loc("legal_hold_reason"), "A legal hold needs a reason (e.g. the matter or"
          + " request it preserves records for)", "missing");
    }
  }

  /** The policy in force: stored values, defaults for the rest, and never less audit retention than required. */
  public static RetentionPolicy effective(ObjectNode s, Environment environment) {
    EnvironmentPolicy policy = environment.policy();
    int audit = Math.max(s.path("audit_log_days").asInt(policy.defaultAuditRetentionDays()),
        policy.minimumAuditRetentionDays());
    return new RetentionPolicy(s.path("call_recordings_days").asInt(DEFAULT_DAYS),
        s.path("call_transcripts_days").asInt(DEFAULT_DAYS), audit, s.path("world_events_days").asInt(DEFAULT_DAYS),
        s.path("phi_data_days").asInt(DEFAULT_DAYS), s.path("legal_hold").asBoolean(false),
        s.hasNonNull("legal_hold_reason") ? s.get("legal_hold_reason").asText() : null);
  }
}
