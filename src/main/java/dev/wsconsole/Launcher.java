package dev.wsconsole;

import dev.wsconsole.server.cli.CheckIsolationCommand;
import dev.wsconsole.server.cli.CommandLine;
import dev.wsconsole.server.cli.CreateOwnerCommand;
import dev.wsconsole.server.cli.ServeCommand;
import dev.wsconsole.server.db.StartupRefusedException;
import java.io.PrintStream;
import java.util.Map;

/**
 * Plain entry point of the fat jar (not a JavaFX Application, so the jar starts on a plain JVM):
 * with no command it opens the desktop console, otherwise it dispatches the command word.
 */
public final class Launcher {
  private static final String USAGE = String.join("\n",
      "usage: java -jar workspace-console.jar [command] [options]",
      "",
      "with no command: open the desktop console on the embedded backend, or on a running one with",
      "                    --server URL [--api-key K] (or WSC_API_KEY); otherwise a sign-in asks",
      "",
      "commands:",
      "  serve             run the backend headless and print its URL",
      "                    [--port N] [--host H] (default 127.0.0.1, a free port)",
      "                    [--max-streams-per-workspace N] [--max-streams N] open event streams",
      "                    (defaults 20 per workspace, 200 in all)",
      "                    [--allow-loopback-sources] let FHIR data sources call this host",
      "  check-isolation   print every table's isolation verdict; exit code 1 if any fails",
      "  create-owner      create the first console account: --email E (password from the",
      "                    terminal, or the first line of standard input)",
      "  demo              build the Riverside Health demo: five clinic workspaces with staff of",
      "                    every role, services, numbers, data sources, settings, safety templates,",
      "                    synthetic patients with events, simulated calls and review items",
      "                    (owned by the first account; refuses to run twice)",
      "  voice-eval        score a speaker-verification corpus: --corpus DIR [--clean]",
      "                    (format of the repository's src/test/scripts/voice-corpus;",
      "                    prints EER, minDCF, FA/FR, timing)",
      "",
      "database options (all commands):",
      "  --data-dir DIR        embedded PostgreSQL data (default $XDG_DATA_HOME/workspace-console)",
      "  --database-url URL    external PostgreSQL 15+ as a role allowed to create roles",
      "                        (or WSC_DATABASE_URL), e.g. postgresql://admin:pw@db:5432/console",
      "  --allow-non-durable-commits  start even if the server acknowledges commits before its WAL",
      "                        is flushed (synchronous_commit or fsync off; or",
      "                        WSC_ALLOW_NON_DURABLE_COMMITS=true): a crash then loses acknowledged writes",
      "  WSC_IMPORTS_ROOT      where file-drop data sources may read (default: imports in the data dir;",
      "                        each workspace only under <root>/<workspace id>)",
      "");

  private Launcher() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err, Main::main));
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return run(args, env, out, err, Main::main);
  }

  /** {@code console} opens the desktop console (and returns when its window closes). */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err,
                 java.util.function.Consumer<String[]> console) {
    try {
      CommandLine line = CommandLine.parse(args);
      if (line.has("--help") || "help".equals(line.command())) {
        out.print(USAGE);
        return 0;
      }
      if (line.command() == null) {
        console.accept(args);
        return 0;
      }
      switch (line.command()) {
        case "serve":
          return ServeCommand.run(line, env, out);
        case "check-isolation":
          return CheckIsolationCommand.run(line, env, out);
        case "voice-eval":
          return dev.wsconsole.voice.eval.VoiceEval.run(args, out);
        case "demo":
          return dev.wsconsole.server.cli.DemoCommand.run(line, env, out);
        case "create-owner":
          return CreateOwnerCommand.run(line, env, System.in, out);
        default:
          err.println("unknown command: " + line.command());
          err.print(USAGE);
          return 2;
      }
    } catch (StartupRefusedException e) {
      err.println(e.getMessage());
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("error: " + e);
      return 1;
    }
  }
}
