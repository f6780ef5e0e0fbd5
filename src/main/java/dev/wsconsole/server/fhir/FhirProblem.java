package dev.wsconsole.server.fhir;

/** A resource (or whole input) that could not be imported: where it was and why, without the resource itself. */
public record FhirProblem(String resourceType, String resourceId, String where, String message) {

  /** One line for a run's error list, e.g. {@code Patient/p-9 (bundle.json entry 3): invalid birthDate}. */
  public String describe() {
    String what = resourceType == null ? "input" : resourceType + (resourceId == null ? "" : "/" + resourceId);
    return what + (where == null ? "" : " (" + where + ")") + ": " + message;
  }
}
