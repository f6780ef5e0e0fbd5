package dev.wsconsole.server.core;

import java.util.List;
import java.util.Map;

/**
 * A request the domain refuses: what kind of refusal it is and the {@code detail} the caller sees (never
 * database text). Stores, rules and handlers throw it; the HTTP edge turns each {@link Kind} into a status.
 */
public class DomainException extends RuntimeException {
  private final Kind kind;
  private final transient Object detail;
  private final transient Map<String, Object> body;

  /** Why a request is refused; the edge answers each with one HTTP status. */
  public enum Kind {
    /** The request is malformed in a way no field names (400). */
    BAD_REQUEST,
    /** No valid credential (401). */
    UNAUTHENTICATED,
    /** The caller may not do this (403). */
    FORBIDDEN,
    /** No such object in the caller's scope (404). */
    NOT_FOUND,
    /** The object's state does not allow it (409). */
    CONFLICT,
    /** It existed once and is used up for good (410). */
    GONE,
    /** The input is larger than allowed (413). */
    TOO_LARGE,
    /** A field breaks a rule; detail is a list of {@link ValidationError} (422). */
    INVALID,
    /** Too many attempts or streams for now (429). */
    TOO_MANY,
    /** A part the request needs (the database) is down for now; retrying later may work (503). */
    UNAVAILABLE
  }

  public DomainException(Kind kind, Object detail) {
    this(kind, detail, null);
  }

  private DomainException(Kind kind, Object detail, Map<String, Object> body) {
    super(detail instanceof String ? (String) detail : kind.name());
    this.kind = kind;
    this.detail = detail;
    this.body = body;
  }

  /** A refusal whose body the contract shapes itself (it still carries {@code detail}). */
  public static DomainException withBody(Kind kind, String detail, Map<String, Object> body) {
    return new DomainException(kind, detail, body);
  }

  /** The answer's body: {@code {"detail": ...}} unless the refusal was made {@link #withBody}. */
  public Object body() {
    return body != null ? body : Map.of("detail", detail);
  }

  public Kind kind() {
    return kind;
  }

  public Object detail() {
    return detail;
  }

  public static DomainException notFound(String what) {
    return new DomainException(Kind.NOT_FOUND, what + " not found");
  }

  public static DomainException unauthorized(String why) {
    return new DomainException(Kind.UNAUTHENTICATED, why);
  }

  public static DomainException forbidden(String why) {
    return new DomainException(Kind.FORBIDDEN, why);
  }

  public static DomainException conflict(String why) {
    return new DomainException(Kind.CONFLICT, why);
  }

  /** One field error in the platform's {@code [{loc, msg, type}]} shape. */
  public static DomainException invalid(List<Object> loc, String msg, String type) {
    return new DomainException(Kind.INVALID, List.of(new ValidationError(loc, msg, type)));
  }

  /** One entry of an {@link Kind#INVALID} detail list. */
  public record ValidationError(List<Object> loc, String msg, String type) {}
}
