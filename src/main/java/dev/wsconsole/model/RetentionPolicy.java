package dev.wsconsole.model;

/**
 * How long a workspace keeps each kind of record, and whether a legal hold suspends deletion
 * (the platform's RetentionPolicyResponse). Advisory: nothing is deleted automatically yet.
 */
public record RetentionPolicy(int callRecordingsDays, int callTranscriptsDays, int auditLogDays, int worldEventsDays,
                              int phiDataDays, boolean legalHold, String legalHoldReason) {
  /** HIPAA's six years: the default of every period the environment does not set. */
  public static final int DEFAULT_DAYS = 2190;
  /** Shortest period the API accepts for any record kind. */
  public static final int MIN_DAYS = 365;
  /** Longest period the API accepts. */
  public static final int MAX_DAYS = 36500;
}
