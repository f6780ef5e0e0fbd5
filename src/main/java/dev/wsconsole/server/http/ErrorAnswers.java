package dev.wsconsole.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.server.core.DomainException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into {@code {"detail": ...}}: API errors as thrown, Javalin's own (unknown path,
 * wrong method, body too large) by their reason phrase, and anything else into a 500 that names only
 * the request id, so no exception text (SQL, Jdbi, PostgreSQL DETAIL) ever reaches a client.
 */
final class ErrorAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

  private ErrorAnswers() {}

  static void install(RoutesConfig routes, ObjectMapper mapper) {
    routes.exception(DomainException.class, (e, ctx) -> {
      // A request refused before its body was read (401, 403, 404...) may still be uploading: read it
      // away so the client gets our answer rather than a broken pipe.
      drain(ctx, Math.max(ctx.contentLength(), 0));
      if (e.kind() == DomainException.Kind.UNAVAILABLE) {
        ctx.header("Retry-After", "1");
      }
      writeBody(mapper, ctx, status(e.kind()), e.body());
    });
    routes.exception(HttpResponseException.class, (e, ctx) -> write(mapper, ctx, e.getStatus(), reason(e.getStatus())));
    routes.exception(Exception.class, (e, ctx) -> {
      String requestId = ctx.res().getHeader("x-request-id");
      LOG.error("request {} failed", requestId, e);
      write(mapper, ctx, 500, "Internal server error (request " + requestId + ")");
    });
    for (int status : new int[] {404, 405, 413}) {
      // Javalin answers some requests itself in plain text; our own error bodies are JSON already.
      routes.error(status, ctx -> {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("application/json")) {
          write(mapper, ctx, status, reason(status));
        }
      });
    }
  }

  /** Too large bodies are refused from their Content-Length, before any handler runs. */
  static void refuseOversizedBody(Context ctx) {
    long length = ctx.contentLength();
    if (length > ApiServer.MAX_BODY_BYTES) {
      drain(ctx, length);
      throw new DomainException(DomainException.Kind.TOO_LARGE, reason(413));
    }
  }

  /** Bodies a client may still be sending when refused are read and dropped (up to 16 MiB), so the
   * client reads our 413 instead of a reset connection; anything larger just gets the connection closed. */
  private static void drain(Context ctx, long length) {
    if (length > 16L * ApiServer.MAX_BODY_BYTES) {
      ctx.header("Connection", "close");
      return;
    }
    long limit = 16L * ApiServer.MAX_BODY_BYTES;
    try (var in = ctx.req().getInputStream()) {
      byte[] sink = new byte[64 * 1024];
      long read = 0;
      for (int n = in.read(sink); n >= 0 && read <= limit; n = in.read(sink)) {
        read += n; // discard
      }
      if (read > limit) {
        ctx.header("Connection", "close");
      }
    } catch (java.io.IOException | RuntimeException e) {
      // Already read by the handler, or the client went away: nothing left to drain.
      ctx.header("Connection", "close");
    }
  }

  /** The HTTP status that answers each kind of domain refusal. */
  static int status(DomainException.Kind kind) {
    return switch (kind) {
      case BAD_REQUEST -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case GONE -> 410;
      case TOO_LARGE -> 413;
      case INVALID -> 422;
      case TOO_MANY -> 429;
      case UNAVAILABLE -> 503;
    };
  }

  static String reason(int status) {
    if (status == 413) {
      return "Request body larger than " + ApiServer.MAX_BODY_BYTES + " bytes";
    }
    String phrase = HttpStatus.forStatus(status).getMessage();
    return phrase == null || phrase.isEmpty() ? "HTTP " + status : phrase;
  }

  private static void write(ObjectMapper mapper, Context ctx, int status, Object detail) {
    writeBody(mapper, ctx, status, Map.of("detail", detail));
  }

  /** Writes a whole error body (it carries {@code detail}, and for some contract errors more). */
  private static void writeBody(ObjectMapper mapper, Context ctx, int status, Object body) {
    try {
      byte[] bytes = mapper.writeValueAsBytes(body);
      ctx.status(status).contentType("application/json").result(bytes);
    } catch (Exception e) {
      ctx.status(500).contentType("application/json").result("{\"detail\":\"Internal server error\"}");
    }
  }
}
