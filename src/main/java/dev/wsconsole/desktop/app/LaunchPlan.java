package dev.wsconsole.desktop.app;

import java.util.concurrent.Callable;

/**
 * How this console reaches its backend: a description for the splash, the (possibly slow) step that
 * connects, an API key to use instead of a sign-in (null to ask), and whether an account is known to
 * exist already (then the sign-in form shows at once while {@code connect} runs).
 */
public record LaunchPlan(String description, Callable<Connection> connect, String apiKey, boolean ownerKnown) {
  /** A plan that waits for the backend before it shows any form. */
  public LaunchPlan(String description, Callable<Connection> connect, String apiKey) {
    this(description, connect, apiKey, false);
  }

  /** Attaches to a running server at {@code url}. */
  public static LaunchPlan remote(String url, String apiKey) {
    return new LaunchPlan("Connecting to " + url, () -> Connection.remote(url), apiKey);
  }
}
