package dev.wsconsole.server.http;

import dev.wsconsole.server.core.DomainException;
import java.util.List;

/** The error answers' shapes, as the OpenAPI document describes them (ErrorAnswers writes them). */
final class ErrorBodies {
  private ErrorBodies() {}

  /** Any refusal: a human-readable {@code detail} (or, for some contract errors, more fields beside it). */
  record Error(Object detail) {}

  /** A 422: one entry per field that broke a rule, in the platform's {@code [{loc, msg, type}]} shape. */
  record Validation(List<DomainException.ValidationError> detail) {}
}
