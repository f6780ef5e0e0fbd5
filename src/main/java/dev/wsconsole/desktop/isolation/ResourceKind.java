package dev.wsconsole.desktop.isolation;

import java.util.Locale;

/** The four resources a workspace's subgraph shows, in the order they are chained. */
public enum ResourceKind {
  WORLD_MODEL("World Model"),
  SERVICES("Services"),
  PHONE_NUMBERS("Phone Numbers"),
  DATA_SOURCES("Data Sources");

  private final String title;

  ResourceKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The suffix of a node's id, e.g. {@code phone_numbers}. */
  public String idSuffix() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ResourceKind fromTitle(String title) {
    for (ResourceKind k : values()) {
      if (k.title.equals(title)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown resource '" + title + "'");
  }
}
