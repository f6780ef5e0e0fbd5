package dev.wsconsole.desktop.isolation;

import dev.wsconsole.model.Environment;

/** Colours of an exported picture, matching AtlantaFX's Primer light and dark themes. */
public record DiagramPalette(String canvas, String frameFill, String frameStroke, String title, String nodeFill,
                             String nodeStroke, String text, String mutedText, String edge, String production,
                             String staging, String development, String badgeText) {

  public static final DiagramPalette LIGHT = new DiagramPalette("#ffffff", "#f6f8fa", "#d0d7de", "#1f2328",
      "#ddf4ff", "#54aeff", "#1f2328", "#656d76", "#656d76", "#cf222e", "#9a6700", "#1a7f37", "#ffffff");
  public static final DiagramPalette DARK = new DiagramPalette("#0d1117", "#161b22", "#30363d", "#e6edf3",
      "#121d2f", "#1f6feb", "#e6edf3", "#8d96a0", "#8d96a0", "#f85149", "#d29922", "#3fb950", "#0d1117");

  /** The badge colour of an environment: production stands out in red. */
  public String badge(Environment environment) {
    return switch (environment) {
      case PRODUCTION -> production;
      case STAGING -> staging;
      case DEVELOPMENT -> development;
    };
  }
}
