package dev.wsconsole.server.db;

import dev.wsconsole.model.wire.IsolationReport;
import java.util.List;

/** The database setup breaks an isolation rule, so the app will not serve on it. */
public final class StartupRefusedException extends RuntimeException {
  private final transient IsolationReport report;

  public StartupRefusedException(IsolationReport report) {
    super("refusing to start: workspace isolation is not guaranteed by this database:\n  - "
        + String.join("\n  - ", report.problems())
        + "\nRun `java -jar target/workspace-console.jar check-isolation` for the full report.");
    this.report = report;
  }

  public List<String> problems() {
    return report.problems();
  }

  public IsolationReport report() {
    return report;
  }
}
