package dev.wsconsole.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.core.Principal;
import dev.wsconsole.server.core.StorableText;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The HTTP API on loopback (or a host asked for): registers every {@link Route} it is given behind one
 * pipeline — request id, body size limit, authentication, workspace access, permission check
 * (denials audited), the gate's last word (the caller's voice step, the workspace's state: an archived one takes
 * no writes), handler — with every error answered by {@link ErrorAnswers}.
 */
public final class ApiServer implements AutoCloseable {
  /** Request bodies above this get 413. */
  public static final long MAX_BODY_BYTES = 1024L * 1024L;
  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /** Starts on {@code host}:{@code port}; port 0 picks a free one. */
  public static ApiServer start(List<Route> routes, Gatekeeper gate, String host, int port) {
    ObjectMapper mapper = Json.mapper();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages(mapper)));
      config.routes.before(ctx -> {
        ctx.header("x-request-id", requestId(ctx));
        ErrorAnswers.refuseOversizedBody(ctx);
      });
      for (Route route : routes) {
        Class<?> answers = rawClass(route.responseType()); // once per route, not per request
        config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(),
            ctx -> serve(gate, mapper, route, answers, ctx));
      }
      ErrorAnswers.install(config.routes, mapper);
    });
    app.start(host, port);
    return new ApiServer(app);
  }

  private static void serve(Gatekeeper gate, ObjectMapper mapper, Route route, Class<?> answers, Context ctx)
      throws Exception {
    String requestId = ctx.res().getHeader("x-request-id");
    Principal principal = null;
    Access access = null;
    if (route.scope() != Scope.PUBLIC) {
      principal = gate.authenticate(ctx.header("Authorization"));
    }
    if (route.scope() == Scope.ACCOUNT && principal.isKey()) {
      throw DomainException.forbidden("API keys cannot act for an account: " + route.operationId()
          + " needs a console sign-in session (an API key acts only inside its own workspace).");
    }
    if (route.scope() == Scope.WORKSPACE) {
      UUID ws = Params.uuid(List.of("path", "workspace_id"), ctx.pathParam("workspace_id"));
      access = gate.access(principal, ws);
      if (!access.may(route.permission())) {
        gate.denied(new ApiCall(ctx, route, mapper, requestId, principal, access), route,
            "missing permission " + route.permission().wireName() + " (role " + access.role().wireName() + ")");
        throw DomainException.forbidden("Insufficient permissions: requires " + route.permission().wireName() + ".");
      }
    }
    refuseUnstorableParameters(ctx);
    ApiCall call = new ApiCall(ctx, route, mapper, requestId, principal, access);
    if (access != null) {
      gate.admit(call, route);
    }
    Object body = route.handler().handle(call);
    if (call.streaming()) {
      return;
    }
    requireDeclaredResponse(route, answers, body);
    if (body instanceof RawBody) {
      RawBody raw = (RawBody) body;
      ctx.status(route.successStatus()).contentType(raw.contentType()).result(raw.bytes());
    } else if (body == null) {
      ctx.status(route.successStatus());
    } else {
      write(mapper, ctx, route.successStatus(), body);
    }
  }

  /** Query and path parameters (names and values) PostgreSQL could not store as sent are 422s before any handler. */
  private static void refuseUnstorableParameters(Context ctx) {
    refuseUnstorable("query", ctx.queryParamMap());
    ctx.pathParamMap().forEach((name, value) -> refuseUnstorable("path", Map.of(name, List.of(value))));
  }

  private static void refuseUnstorable(String where, Map<String, List<String>> params) {
    params.forEach((name, values) -> {
      if (StorableText.problem(name) != null) {
        StorableText.require(List.of(where), name);
      }
      values.forEach(value -> StorableText.require(List.of(where, name), value));
    });
  }

  /**
   * A handler answers with the type its route declares ({@code raw}, its class; null when not a class), or the
   * OpenAPI document would describe another body.
   */
  private static void requireDeclaredResponse(Route route, Class<?> raw, Object body) {
    boolean fits = raw == null || raw == Untyped.class || body instanceof RawBody
        || (body == null ? raw == Void.class : raw != Void.class && raw.isInstance(body));
    if (!fits) {
      String answered = body == null ? "no body" : body.getClass().getName();
      throw new IllegalStateException("route " + route.operationId() + " declares "
          + route.responseType().getTypeName() + " but answered " + answered);
    }
  }

  /** The class of a declared response type (boxed if primitive), or null for a type that is no class. */
  private static Class<?> rawClass(Type declared) {
    Class<?> raw = declared instanceof Class<?> c ? c
        : declared instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
    return raw != null && raw.isPrimitive() ? MethodType.methodType(raw).wrap().returnType() : raw;
  }

  private static void write(ObjectMapper mapper, Context ctx, int status, Object body) throws Exception {
    ctx.status(status).contentType("application/json").result(mapper.writeValueAsBytes(body));
  }

  private static String requestId(Context ctx) {
    String given = ctx.header("x-request-id");
    if (given != null && given.matches("[A-Za-z0-9._:-]{1,128}")) {
      return given;
    }
    return UUID.randomUUID().toString();
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A non-JSON response body (NDJSON exports, the OpenAPI document as stored). */
  public record RawBody(String contentType, byte[] bytes) {}
}
