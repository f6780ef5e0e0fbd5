package dev.wsconsole.server.http;

/** The body of one route: returns the response body (null for none); the route fixes the status. */
@FunctionalInterface
public interface ApiHandler {
  Object handle(ApiCall call) throws Exception;
}
