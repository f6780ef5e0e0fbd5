package dev.wsconsole.server.http;

import dev.wsconsole.server.core.DomainException;
import java.util.List;

/** A 422 as the OpenAPI document describes it: one {@code {loc, msg, type}} entry per field that broke a rule. */
record ValidationErrorBody(List<DomainException.ValidationError> detail) {}
