package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Page;
import java.util.UUID;

/**
 * A plain workspace collection ({@code /v1/{ws}/<collection>}) whose items are one shared wire record: list,
 * get, create, update and delete, with no facet of its own. A new create/read/update/delete resource's page
 * uses it through {@link ConsoleApi#resource}; a resource with more operations gets a facet like the others.
 *
 * @param <T> the wire record the collection answers with
 */
public final class ResourceApi<T> {
  private final JsonHttp http;
  private final String collection;
  private final Class<T> type;

  ResourceApi(JsonHttp http, String collection, Class<T> type) {
    if (!collection.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("a collection is one path segment like 'monitor-concepts': " + collection);
    }
    this.http = http;
    this.collection = collection;
    this.type = type;
  }

  /** {@code limit} items from {@code token} (null for the first page). */
  public Page<T> list(UUID ws, int limit, Integer token) {
    return http.page(path(ws) + "?limit=" + limit + QueryText.token(token), type);
  }

  public T get(UUID ws, UUID id) {
    return http.get(path(ws) + "/" + id, type);
  }

  /** Creates an item from {@code body} (the collection's create request record). */
  public T create(UUID ws, Object body) {
    return http.send("POST", path(ws), body, type);
  }

  /** Changes an item: {@code method} is the collection's, {@code PUT} (replace) or {@code PATCH} (partial). */
  public T update(UUID ws, UUID id, String method, Object body) {
    if (!method.equals("PUT") && !method.equals("PATCH")) {
      throw new IllegalArgumentException("an update is PUT or PATCH, not " + method);
    }
    return http.send(method, path(ws) + "/" + id, body, type);
  }

  public void delete(UUID ws, UUID id) {
    http.send("DELETE", path(ws) + "/" + id, null);
  }

  private String path(UUID ws) {
    return "/v1/" + ws + "/" + collection;
  }
}
