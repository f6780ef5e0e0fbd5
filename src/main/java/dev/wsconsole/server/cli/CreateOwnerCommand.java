package dev.wsconsole.server.cli;

import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.auth.AccountRules;
import dev.wsconsole.server.auth.PasswordHasher;
import dev.wsconsole.server.db.Database;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code create-owner --email E}: creates the first console account; the password comes from the
 * terminal (not echoed) or, when piped, the first line of standard input.
 */
public final class CreateOwnerCommand {
  private CreateOwnerCommand() {}

  public static int run(CommandLine line, Map<String, String> env, InputStream in, PrintStream out) throws Exception {
    if (!line.has("--email")) {
      throw new IllegalArgumentException("create-owner needs --email you@example.org");
    }
    String email = AccountRules.email(line.option("--email", ""));
    char[] password = readPassword(in, out);
    AccountRules.password(password);
    var options = line.databaseOptions(env);
    try (Database database = Database.open(options)) {
      Backend backend = new Backend(database, line.backendSettings(options, env, false, true));
      if (backend.users().byEmail(email).isPresent()) {
        throw new IllegalStateException("an account for " + email + " exists already");
      }
      var user = backend.users().create(email, email, PasswordHasher.hash(password));
      java.util.Arrays.fill(password, '\0');
      OwnerMarker.of(options).write();
      out.printf("Created the owner account %s (id %s).%n", user.email(), user.id());
      out.println("Sign in with it, then create the first workspace (POST /v1/me/workspaces or the console).");
      return 0;
    }
  }

  private static char[] readPassword(InputStream in, PrintStream out) throws java.io.IOException {
    java.io.Console console = System.console();
    if (console != null && in == System.in) {
      char[] first = console.readPassword("Password (at least %d characters): ", AccountRules.MIN_PASSWORD);
      char[] again = console.readPassword("Repeat the password: ");
      if (first == null || !java.util.Arrays.equals(first, again)) {
        throw new IllegalArgumentException("the two passwords differ");
      }
      return first;
    }
    String text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    if (text == null) {
      throw new IllegalArgumentException("no password on standard input");
    }
    return text.toCharArray();
  }
}
