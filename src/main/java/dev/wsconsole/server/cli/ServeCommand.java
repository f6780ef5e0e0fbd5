package dev.wsconsole.server.cli;

import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.http.ApiServer;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: the headless backend; prints its URL and runs until interrupted. */
public final class ServeCommand {
  private ServeCommand() {}

  public static int run(CommandLine line, Map<String, String> env, PrintStream out) throws Exception {
    String host = line.option("--host", "127.0.0.1");
    int port = Integer.parseInt(line.option("--port", "0"));
    long started = System.nanoTime();
    var options = line.databaseOptions(env);
    // A shared server refuses FHIR servers on its own loopback unless asked (decision 0022).
    var settings = line.backendSettings(options, env, true, line.has("--allow-loopback-sources"));
    Database database = Database.open(options);
    ApiServer server = new Backend(database, settings).serve(host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        database.close();
      } catch (Exception e) {
        System.err.println("while closing the database: " + e.getMessage());
      }
      stopped.countDown();
    }, "serve-shutdown"));
    out.printf("Workspace Console backend on %s, ready in %d ms%n", database.describe(),
        (System.nanoTime() - started) / 1_000_000);
    out.printf("Listening on http://%s:%d%n", host, server.port());
    out.flush();
    stopped.await();
    return 0;
  }
}
