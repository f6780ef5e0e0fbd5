package dev.wsconsole.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (header fields too large, a malformed request line, an ambiguous path), which never reach
 * Javalin, answered in the same {@code {"detail": ...}} body and with an {@code x-request-id} like every other
 * error, instead of Jetty's HTML page.
 */
final class JsonErrorPages extends ErrorHandler {
  private final ObjectMapper mapper;

  JsonErrorPages(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Errors Jetty meets while parsing a request, before any handler runs (431, 400...). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(new HttpField("x-request-id", UUID.randomUUID().toString()));
    // Jetty drops the connection after a request it could not parse: say so, or a client reuses a dead one.
    fields.put(HttpHeader.CONNECTION, "close");
    return ByteBuffer.wrap(body(status));
  }

  /** Errors Jetty answers for a parsed request outside Javalin's handling. */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus()
        : request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : 500;
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    // A request Jetty refused itself (an ambiguous path...) ends its connection too: no client may reuse it.
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    if (!response.getHeaders().contains("x-request-id")) {
      response.getHeaders().put("x-request-id", UUID.randomUUID().toString());
    }
    response.write(true, ByteBuffer.wrap(body(status)), callback);
    return true;
  }

  private byte[] body(int status) {
    String reason = HttpStatus.getMessage(status);
    try {
      return mapper.writeValueAsBytes(Map.of("detail", reason == null ? "HTTP " + status : reason));
    } catch (Exception e) {
      return ("{\"detail\":\"HTTP " + status + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
