package dev.wsconsole.server.http;

import dev.wsconsole.model.Permission;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the API, typed: method and path (OpenAPI syntax), what it needs, its operation id,
 * whether it is our extension to the published platform API, its success status and the Java type of its
 * success body ({@code Void.class} for none), the request body it reads and the query parameters it takes.
 * The OpenAPI document is generated from these declarations, and {@link ApiCall} refuses a handler that
 * reads a body or a query parameter its route does not declare, so the document cannot drift from the code.
 */
public record Route(String method, String path, Scope scope, Permission permission, String operationId,
                    boolean extension, int successStatus, Type responseType, RequestBody requestBody,
                    List<QueryParam> query, ApiHandler handler) {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");

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
    query = List.copyOf(query);
  }

  /** A contract operation, without a request body or query parameters until {@link #body} or {@link #query}. */
  public static Route of(String method, String path, Scope scope, Permission permission, String operationId,
                         int status, Type responseType, ApiHandler handler) {
    return new Route(method, path, scope, permission, operationId, false, status, responseType, null, List.of(),
        handler);
  }

  /** An operation the published API lacks (marked x-extension in our OpenAPI document). */
  public static Route extension(String method, String path, Scope scope, Permission permission, String operationId,
                                int status, Type responseType, ApiHandler handler) {
    return new Route(method, path, scope, permission, operationId, true, status, responseType, null, List.of(),
        handler);
  }

  /** This route reading a JSON body of {@code type} (required unless {@code optional}). */
  public Route body(Type type) {
    return withBody(RequestBody.json(type, true));
  }

  /** This route reading a JSON body of {@code type} that a client may leave out. */
  public Route optionalBody(Type type) {
    return withBody(RequestBody.json(type, false));
  }

  /** This route reading a raw upload of {@code contentType} (audio, multipart form). */
  public Route upload(String contentType) {
    return withBody(RequestBody.upload(contentType));
  }

  /** This route also taking these query parameters. */
  public Route query(QueryParam... params) {
    List<QueryParam> all = new ArrayList<>(query);
    all.addAll(List.of(params));
    return new Route(method, path, scope, permission, operationId, extension, successStatus, responseType,
        requestBody, all, handler);
  }

  /** This route also taking these query parameters. */
  public Route query(List<QueryParam> params) {
    return query(params.toArray(QueryParam[]::new));
  }

  private Route withBody(RequestBody body) {
    return new Route(method, path, scope, permission, operationId, extension, successStatus, responseType, body,
        query, handler);
  }

  /** The names in the path's {@code {...}} placeholders, in order. */
  public List<String> pathParams() {
    List<String> names = new ArrayList<>();
    Matcher m = PATH_PARAM.matcher(path);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Whether the route declares the query parameter {@code name}. */
  public boolean takesQuery(String name) {
    return query.stream().anyMatch(q -> q.name().equals(name));
  }

  /**
   * A request body: a JSON document of a Java type, or a raw upload of a content type. {@code fields} are the
   * wire names of the declared record's components (a {@link Partial}'s too), read once here for
   * {@link ApiCall#bodyFields}; empty for any other type.
   */
  public record RequestBody(String contentType, Type type, boolean required, Set<String> fields) {
    static RequestBody json(Type type, boolean required) {
      return new RequestBody("application/json", type, required, fieldsOf(type));
    }

    static RequestBody upload(String contentType) {
      return new RequestBody(contentType, null, true, Set.of());
    }

    private static Set<String> fieldsOf(Type type) {
      Class<?> record = type instanceof Partial p ? p.of() : type instanceof Class<?> c && c.isRecord() ? c : null;
      if (record == null) {
        return Set.of();
      }
      Set<String> names = new LinkedHashSet<>();
      for (RecordComponent rc : record.getRecordComponents()) {
        names.add(Schemas.wireName(rc.getName()));
      }
      return Collections.unmodifiableSet(names);
    }

    public boolean isJson() {
      return type != null;
    }
  }
}
