package dev.wsconsole.server.cli;

import dev.wsconsole.model.wire.IsolationReport;
import dev.wsconsole.server.db.Database;
import java.io.PrintStream;
import java.util.Map;

/** {@code check-isolation}: prints the isolation lint as a table; exit code 1 when any row fails. */
public final class CheckIsolationCommand {
  private CheckIsolationCommand() {}

  public static int run(CommandLine line, Map<String, String> env, PrintStream out) throws Exception {
    try (Database database = Database.open(line.databaseOptions(env), false)) {
      IsolationReport report = database.startupReport();
      out.print(report.render());
      return report.passed() ? 0 : 1;
    }
  }
}
