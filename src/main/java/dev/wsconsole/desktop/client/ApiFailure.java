package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A call the server refused or could not answer; the message is the server's {@code detail}, fit to show. */
public final class ApiFailure extends RuntimeException {
  private static final ObjectMapper JSON = JsonHttp.JSON;
  private final int status;

  public ApiFailure(int status, String detail) {
    super(detail);
    this.status = status;
  }

  /** The HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** The {@code detail} of an error body: its text, or the first validation message with its field. */
  static String detailOf(String body, int status) {
    try {
      JsonNode detail = JSON.readTree(body).path("detail");
      if (detail.isTextual()) {
        return detail.asText();
      }
      if (detail.isArray() && !detail.isEmpty()) {
        JsonNode first = detail.get(0);
        return first.path("msg").asText() + " (" + first.path("loc").toString() + ")";
      }
    } catch (Exception e) {
      // not JSON: fall through to the status line
    }
    return "The server answered " + status;
  }
}
