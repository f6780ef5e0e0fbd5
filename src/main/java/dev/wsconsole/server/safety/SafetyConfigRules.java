package dev.wsconsole.server.safety;

import static dev.wsconsole.server.core.FieldRules.at;

import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.FieldRules;
import java.util.List;

/**
 * Defaults and bounds of the safety configuration. The contract gives no ranges, so these are ours:
 * risk is scored per turn on a severity scale of 0 (none) to {@link #MAX_LEVEL} (imminent); the
 * triage timeout matches the contract's agent timeout (0.1-60 s); a mild level may not exceed the
 * single-turn threshold, and the cumulative count may not exceed the window it is counted in.
 */
public final class SafetyConfigRules {
  public static final int MAX_LEVEL = 5;
  public static final SafetyConfig DEFAULTS = new SafetyConfig(true, "gemini-2.5-flash", 3.0, 10, true, 10, 4, 3,
      2, 5, List.of());
  private static final List<Object> BODY = List.of("body");

  private SafetyConfigRules() {}

  /** {@code current} with the update's non-null fields, checked. */
  public static SafetyConfig merge(SafetyConfig c, SafetyConfig.Update u) {
    if (u.triageModel() != null) {
      FieldRules.name(u.triageModel(), at(BODY, "triage_model"), 128);
    }
    FieldRules.range(u.triageTimeoutS(), at(BODY, "triage_timeout_s"), 0.1, 60.0);
    FieldRules.range(u.triageMaxHistoryTurns(), at(BODY, "triage_max_history_turns"), 1, 100);
    FieldRules.range(u.accumulationWindowSize(), at(BODY, "accumulation_window_size"), 1, 100);
    FieldRules.range(u.accumulationSingleTurnThreshold(), at(BODY, "accumulation_single_turn_threshold"), 1,
        MAX_LEVEL);
    FieldRules.range(u.accumulationCumulativeCount(), at(BODY, "accumulation_cumulative_count"), 1, 100);
    FieldRules.range(u.accumulationMildThreshold(), at(BODY, "accumulation_mild_threshold"), 1, MAX_LEVEL);
    FieldRules.range(u.accumulationFastTrackLevel(), at(BODY, "accumulation_fast_track_level"), 1, MAX_LEVEL);
    SafetyConfig next = new SafetyConfig(or(u.triageEnabled(), c.triageEnabled()),
        u.triageModel() == null ? c.triageModel() : u.triageModel().strip(),
        or(u.triageTimeoutS(), c.triageTimeoutS()), or(u.triageMaxHistoryTurns(), c.triageMaxHistoryTurns()),
        or(u.accumulationEnabled(), c.accumulationEnabled()), or(u.accumulationWindowSize(), c.accumulationWindowSize()),
        or(u.accumulationSingleTurnThreshold(), c.accumulationSingleTurnThreshold()),
        or(u.accumulationCumulativeCount(), c.accumulationCumulativeCount()),
        or(u.accumulationMildThreshold(), c.accumulationMildThreshold()),
        or(u.accumulationFastTrackLevel(), c.accumulationFastTrackLevel()), c.appliedTemplateIds());
    if (next.accumulationMildThreshold() > next.accumulationSingleTurnThreshold()) {
      throw DomainException.invalid(at(BODY, "accumulation_mild_threshold"),
          "Should be at most accumulation_single_turn_threshold (" + next.accumulationSingleTurnThreshold() + ")",
          "value_error");
    }
    if (next.accumulationCumulativeCount() > next.accumulationWindowSize()) {
      throw DomainException.invalid(at(BODY, "accumulation_cumulative_count"),
          "Should be at most accumulation_window_size (" + next.accumulationWindowSize() + ")", "value_error");
    }
    return next;
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
