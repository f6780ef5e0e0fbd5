package dev.wsconsole;

import dev.wsconsole.desktop.app.Connection;
import dev.wsconsole.desktop.app.ConsoleApp;
import dev.wsconsole.desktop.app.LaunchPlan;
import dev.wsconsole.desktop.signin.FirstRun;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.auth.AccountRules;
import dev.wsconsole.server.auth.PasswordHasher;
import dev.wsconsole.server.cli.CommandLine;
import dev.wsconsole.server.cli.OwnerMarker;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.DatabaseOptions;
import dev.wsconsole.server.http.ApiServer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens the desktop console: with {@code --server URL} (and optionally {@code --api-key K} or
 * {@code WSC_API_KEY}) on a running backend, otherwise on a backend it starts embedded on loopback.
 * The one place where the desktop side reaches into the server, and only to start it.
 */
public final class Main {
  private static final Object FIRST_OWNER = new Object();

  private Main() {}

  public static void main(String[] args) {
    ConsoleApp.launchWith(plan(CommandLine.parse(args), System.getenv()));
  }

  /** What the console will connect to, from the command line and the environment. */
  public static LaunchPlan plan(CommandLine line, Map<String, String> env) {
    String apiKey = line.option("--api-key", env.get("WSC_API_KEY"));
    if (line.has("--server")) {
      return LaunchPlan.remote(line.option("--server", ""), apiKey);
    }
    DatabaseOptions options = line.databaseOptions(env);
    String where = options.external() ? "the external database" : "the embedded database in " + options.dataDir();
    // The marker (written when the first account was made) lets the sign-in form show while the database starts.
    boolean ownerKnown = OwnerMarker.of(options).present();
    return new LaunchPlan("Starting " + where, () -> embedded(line, options, env), apiKey, ownerKnown);
  }

  /** Starts the database and the API on a free loopback port; first-run setup works only in this process. */
  static Connection embedded(CommandLine line, DatabaseOptions options, Map<String, String> env) throws Exception {
    // The embedded backend serves one desktop user: a FHIR server on this machine is theirs (decision 0022).
    var settings = line.backendSettings(options, env, true, true);
    Database database = Database.open(options);
    Backend backend = new Backend(database, settings);
    ApiServer server = backend.serve("127.0.0.1", 0);
    OwnerMarker marker = OwnerMarker.of(options);
    FirstRun firstRun = new FirstRun(() -> ownerMissing(backend, marker), (email, password) -> {
      createFirstOwner(backend, email, password);
      marker.write();
    });
    AtomicBoolean stopped = new AtomicBoolean();
    AutoCloseable stop = () -> {
      if (stopped.compareAndSet(false, true)) {
        server.close();
        database.close();
      }
    };
    // Closing the window stops it; so does a terminated JVM, or the embedded PostgreSQL would outlive us.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        stop.close();
      } catch (Exception e) {
        System.err.println("while stopping the embedded backend: " + e.getMessage());
      }
    }, "console-backend-stop"));
    return new Connection("http://127.0.0.1:" + server.port(), firstRun, stop);
  }

  /** Asks the database (the truth) and brings the data folder's marker in line with its answer. */
  static boolean ownerMissing(Backend backend, OwnerMarker marker) {
    boolean missing = backend.users().count() == 0;
    if (missing) {
      marker.remove();
    } else {
      marker.write();
    }
    return missing;
  }

  /** Creates the owner account only while no account exists (one process at a time: the embedded database is ours). */
  public static void createFirstOwner(Backend backend, String email, char[] password) {
    String checked = AccountRules.email(email);
    AccountRules.password(password);
    synchronized (FIRST_OWNER) {
      if (backend.users().count() > 0) {
        throw new IllegalStateException("An account exists already: sign in instead.");
      }
      backend.users().create(checked, checked, PasswordHasher.hash(password));
    }
    Arrays.fill(password, '\0');
  }
}
