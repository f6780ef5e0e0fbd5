package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A call the server refused or could not answer; the message is the server's {@code detail}, fit to show. */
public final class ApiFailure extends RuntimeException {
  private static final ObjectMapper JSON = JsonHttp.JSON;
  /** The server's code for the voice step a workspace still asks of this session. */
  public static final String VOICE_REQUIRED = "voice_verification_required";
  /** The server's code for a workspace closed to this session by a failed voice verification. */
  public static final String VOICE_FAILED = "voice_verification_failed";
  private final int status;
  private final String code;

  public ApiFailure(int status, String detail) {
    this(status, detail, null);
  }

  /** {@code code}: the machine-readable {@code code} of the error body, when it has one. */
  public ApiFailure(int status, String detail, String code) {
    super(detail);
    this.status = status;
    this.code = code;
  }

  /** The error body's {@code code} (e.g. {@link #VOICE_REQUIRED}), or null. */
  public String code() {
    return code;
  }

  /** Whether the server keeps the workspace closed until this session passes its voice step there. */
  public boolean voiceRequired() {
    return status == 403 && VOICE_REQUIRED.equals(code);
  }

  /** The HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** The {@code code} of an error body, or null. */
  static String codeOf(String body) {
    try {
      JsonNode code = JSON.readTree(body).path("code");
      return code.isTextual() ? code.asText() : null;
    } catch (Exception e) {
      return null;
    }
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
