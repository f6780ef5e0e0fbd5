package dev.wsconsole.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.core.Principal;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One request as a handler sees it: who calls, in which workspace, and typed access to its input. A handler
 * may read only the body and query parameters its {@link Route} declares (else an {@link IllegalStateException},
 * a 500 that tests catch), so the OpenAPI document generated from the routes says what handlers really read.
 */
public final class ApiCall {
  private final Context ctx;
  private final Route route;
  private final ObjectMapper mapper;
  private final String requestId;
  private final Principal principal;
  private final Access access;
  private boolean streaming;

  ApiCall(Context ctx, Route route, ObjectMapper mapper, String requestId, Principal principal, Access access) {
    this.ctx = ctx;
    this.route = route;
    this.mapper = mapper;
    this.requestId = requestId;
    this.principal = principal;
    this.access = access;
  }

  public Principal principal() {
    return principal;
  }

  public Access access() {
    return access;
  }

  public UUID workspaceId() {
    return access.workspaceId();
  }

  public String requestId() {
    return requestId;
  }

  public String header(String name) {
    return ctx.header(name);
  }

  /** The JSON body as {@code type}; malformed JSON, unknown fields and wrong types become 422s. */
  public <T> T body(Class<T> type) {
    requireJsonBody(type);
    return JsonBodies.read(mapper, ctx.bodyAsBytes(), type);
  }

  /**
   * The JSON body as a tree, for partial updates that must tell an absent field from an explicit
   * {@code null} (a record cannot); read it with {@link BodyFields}. Malformed JSON or a non-object is a 422.
   */
  public ObjectNode bodyTree() {
    requireJsonBody(null);
    return JsonBodies.tree(mapper, ctx.bodyAsBytes());
  }

  /**
   * The JSON body read field by field ({@link BodyFields}), allowing exactly the fields of the record its route
   * declares (a {@link Partial} or a request record): the document and the accepted fields are one list.
   */
  public BodyFields bodyFields() {
    return BodyFields.of(bodyTree(), declaredFields());
  }

  /** As {@link #bodyFields}, with an empty object when the client sent no body at all. */
  public BodyFields optionalBodyFields() {
    requireJsonBody(null);
    return BodyFields.of(ctx.bodyAsBytes().length == 0 ? mapper.createObjectNode() : bodyTree(), declaredFields());
  }

  private Set<String> declaredFields() {
    Set<String> names = route.requestBody().fields();
    if (names.isEmpty()) {
      throw undeclared("reads body fields without a record");
    }
    return names;
  }

  /**
   * Commits a 200 {@code text/event-stream} answer (no caching, no proxy buffering) and hands over its
   * body: the handler writes until it is done and then returns null. For server-sent events only.
   */
  public OutputStream openEventStream() throws IOException {
    streaming = true;
    HttpServletResponse res = ctx.res();
    res.setStatus(200);
    res.setCharacterEncoding("UTF-8");
    res.setContentType("text/event-stream");
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("X-Accel-Buffering", "no");
    res.flushBuffer();
    return res.getOutputStream();
  }

  /** Whether the handler answered with an event stream (its body is written, not returned). */
  boolean streaming() {
    return streaming;
  }

  /** The raw request body (already bounded by the server's body size limit), for non-JSON uploads. */
  public byte[] bodyBytes() {
    if (route.requestBody() == null) {
      throw undeclared("reads a request body");
    }
    return ctx.bodyAsBytes();
  }

  /**
   * The client's address as the socket saw it. X-Forwarded-For is not trusted: no proxy is configured
   * to vouch for it, and a client could name any address there.
   */
  public String clientAddress() {
    return ctx.ip();
  }

  /** Sets a response header; it is sent with the success answer and with an error thrown afterwards. */
  public void responseHeader(String name, String value) {
    ctx.header(name, value);
  }

  public String pathParam(String name) {
    return ctx.pathParam(name);
  }

  public UUID pathUuid(String name) {
    return Params.uuid(List.of("path", name), ctx.pathParam(name));
  }

  public String query(String name) {
    return ctx.queryParam(declared(name));
  }

  /** Every value of a repeatable query parameter, in order (empty when absent). */
  public List<String> queryAll(String name) {
    return ctx.queryParams(declared(name));
  }

  public int queryInt(String name, int fallback, int min, int max) {
    return Params.integer(List.of("query", name), ctx.queryParam(declared(name)), fallback, min, max);
  }

  public boolean queryBool(String name, boolean fallback) {
    return Params.bool(List.of("query", name), ctx.queryParam(declared(name)), fallback);
  }

  private String declared(String name) {
    if (!route.takesQuery(name)) {
      throw undeclared("reads the query parameter " + name);
    }
    return name;
  }

  /** Reading a JSON body: the route must declare one, of {@code type} when the handler names one. */
  private void requireJsonBody(Class<?> type) {
    Route.RequestBody declared = route.requestBody();
    if (declared == null || !declared.isJson()) {
      throw undeclared("reads a JSON body");
    }
    if (type != null && !typeMatches(declared.type(), type)) {
      throw undeclared("reads a body of type " + type.getName() + " but declares " + declared.type().getTypeName());
    }
  }

  private static boolean typeMatches(Type declared, Class<?> read) {
    if (declared instanceof OneOf oneOf) {
      return oneOf.types().contains(read);
    }
    return declared.equals(read);
  }

  private IllegalStateException undeclared(String what) {
    return new IllegalStateException("route " + route.operationId() + " " + what + " that it does not declare");
  }

  /** The actor of an audit entry: the credential, its kind, and the account behind it. */
  public Map<String, Object> actor() {
    Map<String, Object> actor = new LinkedHashMap<>();
    if (principal != null) {
      actor.put("kind", principal.kind().name().toLowerCase());
      actor.put("credential_id", principal.credentialId().toString());
      actor.put("user_id", principal.userId().toString());
    }
    actor.put("ip", ctx.ip());
    return actor;
  }
}
