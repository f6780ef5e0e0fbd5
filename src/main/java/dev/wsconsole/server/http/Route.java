package dev.wsconsole.server.http;

import dev.wsconsole.model.Permission;
import java.lang.reflect.Type;

/**
 * One operation of the API: method, path (OpenAPI syntax), what it needs, its operation id, whether
 * it is our extension to the published platform API, its success status, the Java type of its success
 * body ({@code Void.class} for none; the OpenAPI schema is derived from it), and its handler.
 */
public record Route(String method, String path, Scope scope, Permission permission, String operationId,
                    boolean extension, int successStatus, Type responseType, ApiHandler handler) {

  public Route {
    if (scope == Scope.WORKSPACE && permission == null) {
      throw new IllegalArgumentException(operationId + ": a workspace route must name its permission");
    }
    if (scope == Scope.WORKSPACE && !path.contains("{workspace_id}")) {
      throw new IllegalArgumentException(operationId + ": a workspace route needs {workspace_id} in its path");
    }
    if (responseType == null) {
      throw new IllegalArgumentException(operationId + ": name the response type (Void.class for no body)");
    }
  }

  /** A contract operation. */
  public static Route of(String method, String path, Scope scope, Permission permission, String operationId,
                         int status, Type responseType, ApiHandler handler) {
    return new Route(method, path, scope, permission, operationId, false, status, responseType, handler);
  }

  /** An operation the published API lacks (marked x-extension in our OpenAPI document). */
  public static Route extension(String method, String path, Scope scope, Permission permission, String operationId,
                                int status, Type responseType, ApiHandler handler) {
    return new Route(method, path, scope, permission, operationId, true, status, responseType, handler);
  }
}
