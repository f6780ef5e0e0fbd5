package dev.wsconsole.desktop.isolation;

/** The files the Isolation page can export, with their extension and a file-chooser description. */
public enum ExportFormat {
  PNG("png", "PNG image"),
  SVG("svg", "SVG drawing"),
  MERMAID("mmd", "Mermaid flowchart");

  private final String extension;
  private final String description;

  ExportFormat(String extension, String description) {
    this.extension = extension;
    this.description = description;
  }

  public String extension() {
    return extension;
  }

  public String description() {
    return description;
  }

  public String defaultFileName() {
    return "workspace-isolation." + extension;
  }
}
