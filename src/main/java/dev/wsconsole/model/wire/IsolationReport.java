package dev.wsconsole.model.wire;

import java.util.ArrayList;
import java.util.List;

/** The startup lint's findings: server and role problems, and one verdict per table. */
public record IsolationReport(String serverVersion, String appRole, List<String> roleProblems, List<TableVerdict> tables) {

  public IsolationReport {
    roleProblems = List.copyOf(roleProblems);
    tables = List.copyOf(tables);
  }

  public boolean passed() {
    return roleProblems.isEmpty() && tables.stream().allMatch(TableVerdict::passed);
  }

  /** Every problem as one line, for the refusal message at startup. */
  public List<String> problems() {
    List<String> all = new ArrayList<>(roleProblems);
    for (TableVerdict t : tables) {
      for (String p : t.problems()) {
        all.add(t.table() + ": " + p);
      }
    }
    return all;
  }

  /** A plain-text table for {@code check-isolation}. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("PostgreSQL ").append(serverVersion).append(", serving as role ").append(appRole).append('\n');
    if (roleProblems.isEmpty()) {
      out.append("role: not superuser, not BYPASSRLS, owns nothing, member of nothing: OK\n");
    }
    roleProblems.forEach(p -> out.append("role: FAIL: ").append(p).append('\n'));
    int width = Math.max(5, tables.stream().mapToInt(t -> t.table().length()).max().orElse(5));
    String format = "%-" + width + "s  %-3s  %-6s  %-19s  %s%n";
    out.append(String.format(format, "table", "rls", "forced", "policy", "verdict"));
    out.append("-".repeat(width + 44)).append('\n');
    for (TableVerdict t : tables) {
      out.append(String.format(format, t.table(), yesNo(t.rlsEnabled()), yesNo(t.rlsForced()), t.policy(), t.verdict()));
    }
    long tenant = tables.stream().filter(TableVerdict::tenant).count();
    long failed = tables.stream().filter(t -> !t.passed()).count();
    out.append(String.format("%d tenant tables, %d global, %d failing: %s%n",
        tenant, tables.size() - tenant, failed, passed() ? "ISOLATION HOLDS" : "ISOLATION BROKEN"));
    return out.toString();
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
