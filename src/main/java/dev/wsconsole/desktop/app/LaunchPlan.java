package dev.wsconsole.desktop.app;

import java.util.concurrent.Callable;

/**
 * How this console reaches its backend: a description for the splash, the (possibly slow) step that
 * connects, and an API key to use instead of a sign-in (null to ask).
 */
public record LaunchPlan(String description, Callable<Connection> connect, String apiKey) {
  /** Attaches to a running server at {@code url}. */
  public static LaunchPlan remote(String url, String apiKey) {
    return new LaunchPlan("Connecting to " + url, () -> Connection.remote(url), apiKey);
  }
}
