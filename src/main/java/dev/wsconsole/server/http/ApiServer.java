package dev.wsconsole.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.server.Backend;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.auth.Access;
import dev.wsconsole.server.auth.Principal;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API on loopback (or a host asked for): registers every {@link Route} of {@link Routes}
 * behind one pipeline — request id, authentication, workspace access, permission check (denials
 * audited), handler, and errors as {@code {"detail": ...}} without internals.
 */
public final class ApiServer implements AutoCloseable {
  /** Request bodies above this get 413. */
  public static final long MAX_BODY_BYTES = 1024L * 1024L;
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /** Starts on {@code host}:{@code port}; port 0 picks a free one. */
  public static ApiServer start(Backend backend, String host, int port) {
    ObjectMapper mapper = Json.mapper();
    List<Route> routes = Routes.all(backend);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.routes.before(ctx -> ctx.header("x-request-id", requestId(ctx)));
      for (Route route : routes) {
        config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(),
            ctx -> serve(backend, mapper, route, ctx));
      }
      config.routes.exception(ApiException.class, (e, ctx) -> write(mapper, ctx, e.status(), e.body()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.res().getHeader("x-request-id"), e);
        write(mapper, ctx, 500, Map.of("detail", "Internal server error (request " + ctx.res().getHeader("x-request-id") + ")"));
      });
      config.routes.error(404, ctx -> {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("application/json")) { // Javalin's own "endpoint not found" text
          write(mapper, ctx, 404, Map.of("detail", "Not Found"));
        }
      });
      config.routes.error(405, ctx -> write(mapper, ctx, 405, Map.of("detail", "Method Not Allowed")));
      config.routes.error(413, ctx -> write(mapper, ctx, 413,
          Map.of("detail", "Request body larger than " + MAX_BODY_BYTES + " bytes")));
    });
    app.start(host, port);
    return new ApiServer(app);
  }

  private static void serve(Backend backend, ObjectMapper mapper, Route route, Context ctx) throws Exception {
    String requestId = ctx.res().getHeader("x-request-id");
    Principal principal = null;
    Access access = null;
    if (route.scope() != Scope.PUBLIC) {
      principal = backend.authenticator.authenticate(ctx.header("Authorization"));
    }
    if (route.scope() == Scope.WORKSPACE) {
      UUID ws = Params.uuid(List.of("path", "workspace_id"), ctx.pathParam("workspace_id"));
      access = backend.authenticator.access(principal, ws);
      if (!access.may(route.permission())) {
        ApiCall denied = new ApiCall(ctx, mapper, requestId, principal, access);
        backend.audit.record(ws, AuditRecord.denied(denied.actor(), route.operationId(), route.path(),
            "missing permission " + route.permission().wireName() + " (role " + access.role().wireName() + ")",
            requestId));
        throw ApiException.forbidden("Insufficient permissions: requires " + route.permission().wireName() + ".");
      }
    }
    Object body = route.handler().handle(new ApiCall(ctx, mapper, requestId, principal, access));
    if (body instanceof RawBody) {
      RawBody raw = (RawBody) body;
      ctx.status(route.successStatus()).contentType(raw.contentType()).result(raw.bytes());
    } else if (body == null) {
      ctx.status(route.successStatus());
    } else {
      write(mapper, ctx, route.successStatus(), body);
    }
  }

  private static void write(ObjectMapper mapper, Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(mapper.writeValueAsBytes(body));
    } catch (Exception e) {
      ctx.status(500).contentType("application/json").result("{\"detail\":\"Internal server error\"}");
    }
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
