package dev.wsconsole.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our OpenAPI 3.1 document, generated from the route table: each operation's id, path and query parameters,
 * request body, success answer and error answers, with every record as a named component schema.
 * Extensions to the platform API carry {@code x-extension: true}; {@code x-permission} names what a route needs.
 */
public final class OpenApiDocument {
  private OpenApiDocument() {}

  public static Map<String, Object> render(List<Route> routes) {
    Schemas schemas = new Schemas();
    Map<String, Object> error = schemas.response(ErrorBody.class);
    Map<String, Object> validation = schemas.response(ValidationErrorBody.class);
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
      item.put(r.method().toLowerCase(Locale.ROOT), operation(r, schemas, error, validation));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put("info", Map.of("title", "Workspace Console API", "version", "0.1.0",
        "description", "The Amigo Platform API subset the console mirrors, plus extensions marked x-extension."));
    doc.put("paths", paths);
    doc.put("components", Map.of(
        "schemas", schemas.components(),
        "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer",
            "description", "An API key, or a console session token from POST /v1/auth/login."))));
    return doc;
  }

  private static Map<String, Object> operation(Route r, Schemas schemas, Map<String, Object> error,
                                               Map<String, Object> validation) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("operationId", r.operationId());
    if (r.permission() != null) {
      op.put("x-permission", r.permission().wireName());
    }
    op.put("x-scope", r.scope().name().toLowerCase(Locale.ROOT));
    if (r.extension()) {
      op.put("x-extension", true);
    }
    op.put("security", r.scope() == Scope.PUBLIC ? List.of() : List.of(Map.of("bearer", List.of())));
    List<Map<String, Object>> parameters = parameters(r);
    if (!parameters.isEmpty()) {
      op.put("parameters", parameters);
    }
    if (r.requestBody() != null) {
      op.put("requestBody", requestBody(r.requestBody(), schemas));
    }
    op.put("responses", responses(r, schemas, error, validation, !parameters.isEmpty()));
    return op;
  }

  private static List<Map<String, Object>> parameters(Route r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String name : r.pathParams()) {
      out.add(Map.of("name", name, "in", "path", "required", true,
          "schema", name.equals("workspace_id") ? Map.of("type", "string", "format", "uuid") : Map.of("type", "string")));
    }
    for (QueryParam q : r.query()) {
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", q.type());
      if (q.type().equals("array")) {
        schema.put("items", Map.of("type", "string"));
      }
      if (q.format() != null) {
        schema.put("format", q.format());
      }
      out.add(Map.of("name", q.name(), "in", "query", "required", false, "schema", schema));
    }
    return out;
  }

  private static Map<String, Object> requestBody(Route.RequestBody body, Schemas schemas) {
    Map<String, Object> schema = body.isJson() ? schemas.request(body.type())
        : Map.of("type", "object", "description", "A multipart form (see the operation's documentation).");
    return Map.of("required", body.required(), "content", Map.of(body.contentType(), Map.of("schema", schema)));
  }

  private static Map<String, Object> responses(Route r, Schemas schemas, Map<String, Object> error,
                                               Map<String, Object> validation, boolean hasParameters) {
    Map<String, Object> responses = new LinkedHashMap<>();
    Map<String, Object> success = new LinkedHashMap<>();
    success.put("description", "Successful Response");
    Map<String, Object> schema = schemas.response(r.responseType());
    if (schema != null) {
      success.put("content", Map.of("application/json", Map.of("schema", schema)));
    }
    responses.put(Integer.toString(r.successStatus()), success);
    if (r.scope() != Scope.PUBLIC) {
      responses.put("401", answer("No valid credential", error));
    }
    if (r.scope() == Scope.ACCOUNT) {
      responses.put("403", answer("An API key: only a console sign-in session may act for an account", error));
    }
    if (r.scope() == Scope.WORKSPACE) {
      responses.put("403", answer("The caller's role lacks " + r.permission().wireName(), error));
      responses.put("404", answer("No such workspace or object in the caller's reach", error));
    }
    if (r.requestBody() != null) {
      responses.put("413", answer("Request body too large", error));
    }
    if (r.requestBody() != null || hasParameters) {
      responses.put("422", answer("A field or parameter breaks a rule", validation));
    }
    responses.put("default", answer("Any other refusal (409, 410, 429...)", error));
    return responses;
  }

  private static Map<String, Object> answer(String description, Map<String, Object> schema) {
    return Map.of("description", description, "content", Map.of("application/json", Map.of("schema", schema)));
  }
}
