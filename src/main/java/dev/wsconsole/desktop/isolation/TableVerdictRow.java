package dev.wsconsole.desktop.isolation;

import dev.wsconsole.model.wire.TableVerdict;

/** One row of the "prove isolation" table: a table, how it is protected, and whether that holds. */
public record TableVerdictRow(String table, String kind, String rlsEnabled, String rlsForced, String policy,
                              boolean passed, String verdict) {

  public static TableVerdictRow of(TableVerdict t) {
    String verdict = t.passed()
        ? (t.tenant() ? "isolated by row-level security" : "global, no direct access")
        : String.join("; ", t.problems());
    return new TableVerdictRow(t.table(), t.tenant() ? "tenant" : "global", yesNo(t.rlsEnabled()),
        yesNo(t.rlsForced()), t.policy(), t.passed(), verdict);
  }

  public String result() {
    return passed ? "PASS" : "FAIL";
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
