package dev.wsconsole.model.wire;

import java.util.List;

/**
 * What the isolation lint found for one table: a tenant table (it has {@code workspace_id}) must be
 * under the workspace policy; a global table must be out of the app role's direct reach.
 */
public record TableVerdict(
    String table, boolean tenant, boolean rlsEnabled, boolean rlsForced, String policy, List<String> problems) {

  public TableVerdict {
    problems = List.copyOf(problems);
  }

  public boolean passed() {
    return problems.isEmpty();
  }

  public String verdict() {
    if (passed()) {
      return tenant ? "ISOLATED" : "GLOBAL (no direct access)";
    }
    return "FAIL: " + String.join("; ", problems);
  }
}
