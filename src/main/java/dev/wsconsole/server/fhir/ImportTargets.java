package dev.wsconsole.server.fhir;

/**
 * The backend's current {@link SourceConfinement}, read by the data-source handlers when a configuration is
 * written and by the importer when a sync reads; commands set it from their options at start.
 */
public final class ImportTargets {
  private volatile SourceConfinement current;

  public ImportTargets(SourceConfinement initial) {
    this.current = initial;
  }

  public SourceConfinement get() {
    return current;
  }

  public void set(SourceConfinement confinement) {
    this.current = confinement;
  }
}
