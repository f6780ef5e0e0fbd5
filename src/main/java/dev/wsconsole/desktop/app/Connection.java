package dev.wsconsole.desktop.app;

import dev.wsconsole.desktop.signin.FirstRun;

/** A backend the console talks to: its URL, first-run setup when it offers one (null otherwise), and how to stop it. */
public record Connection(String baseUrl, FirstRun firstRun, AutoCloseable stop) {
  /** A server someone else runs: nothing to set up or stop. */
  public static Connection remote(String baseUrl) {
    return new Connection(baseUrl, null, () -> { });
  }
}
