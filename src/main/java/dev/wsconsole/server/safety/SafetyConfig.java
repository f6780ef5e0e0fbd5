package dev.wsconsole.server.safety;

import java.util.List;

/** SafetyConfigResponse: the workspace's triage and accumulation settings and the templates applied to it. */
public record SafetyConfig(boolean triageEnabled, String triageModel, double triageTimeoutS,
                           int triageMaxHistoryTurns, boolean accumulationEnabled, int accumulationWindowSize,
                           int accumulationSingleTurnThreshold, int accumulationCumulativeCount,
                           int accumulationMildThreshold, int accumulationFastTrackLevel,
                           List<String> appliedTemplateIds) {

  /** UpdateSafetyConfigRequest: every field optional; a null or absent field keeps its value. */
  public record Update(Boolean triageEnabled, String triageModel, Double triageTimeoutS,
                       Integer triageMaxHistoryTurns, Boolean accumulationEnabled, Integer accumulationWindowSize,
                       Integer accumulationSingleTurnThreshold, Integer accumulationCumulativeCount,
                       Integer accumulationMildThreshold, Integer accumulationFastTrackLevel) {}

  SafetyConfig withApplied(List<String> ids) {
    return new SafetyConfig(triageEnabled, triageModel, triageTimeoutS, triageMaxHistoryTurns, accumulationEnabled,
        accumulationWindowSize, accumulationSingleTurnThreshold, accumulationCumulativeCount,
        accumulationMildThreshold, accumulationFastTrackLevel, List.copyOf(ids));
  }
}
