package dev.wsconsole.server.http;

import java.util.List;

/** An error answer: an HTTP status and the {@code detail} the client sees (never database text). */
public class ApiException extends RuntimeException {
  private final int status;
  private final transient Object detail;
  private final transient Object body;

  public ApiException(int status, Object detail) {
    this(status, detail, null);
  }

  private ApiException(int status, Object detail, Object body) {
    super(detail instanceof String ? (String) detail : "HTTP " + status);
    this.status = status;
    this.detail = detail;
    this.body = body;
  }

  /** An error whose body the contract shapes itself (it should still carry {@code detail}). */
  public static ApiException withBody(int status, String detail, java.util.Map<String, Object> body) {
    return new ApiException(status, detail, body);
  }

  /** The response body: {@code {"detail": ...}} unless the error was made {@link #withBody}. */
  public Object body() {
    return body != null ? body : java.util.Map.of("detail", detail);
  }

  public int status() {
    return status;
  }

  public Object detail() {
    return detail;
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, what + " not found");
  }

  public static ApiException unauthorized(String why) {
    return new ApiException(401, why);
  }

  public static ApiException forbidden(String why) {
    return new ApiException(403, why);
  }

  public static ApiException conflict(String why) {
    return new ApiException(409, why);
  }

  /** A 422 with one validation error in the platform's {@code [{loc, msg, type}]} shape. */
  public static ApiException invalid(List<Object> loc, String msg, String type) {
    return new ApiException(422, List.of(new ValidationError(loc, msg, type)));
  }

  /** One entry of a 422 detail list. */
  public record ValidationError(List<Object> loc, String msg, String type) {}
}
