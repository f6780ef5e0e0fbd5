package dev.wsconsole.server.cli;

import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.demo.HospitalDemo;
import dev.wsconsole.server.http.ApiServer;
import java.io.PrintStream;
import java.util.Map;

/** {@code demo}: builds the Riverside Health demo (five clinics) through a loopback API, then stops. */
public final class DemoCommand {
  private DemoCommand() {}

  public static int run(CommandLine line, Map<String, String> env, PrintStream out) throws Exception {
    var options = line.databaseOptions(env);
    try (Database database = Database.open(options)) {
      // The demo stores no data-source secrets: no key needed.
      Backend backend = new Backend(database, line.backendSettings(options, env, false, true));
      try (ApiServer server = backend.serve("127.0.0.1", 0)) {
        out.println("Building the Riverside Health demo on " + database.describe());
        HospitalDemo.Result r = new HospitalDemo(backend, "http://127.0.0.1:" + server.port(), out).build();
        OwnerMarker.of(options).write();
        out.printf("Five clinic workspaces, owned by account %s.%n", r.owner());
        if (r.newOwnerEmail() != null) {
          out.printf("No account existed, so the demo made one: %s, password %s (shown once).%n",
              r.newOwnerEmail(), r.newOwnerPassword());
        }
        out.printf("Staff accounts admin@, member@, operator@, viewer@riverside-health.example, password %s"
            + " (shown once).%n", r.staffPassword());
        return 0;
      }
    }
  }
}
