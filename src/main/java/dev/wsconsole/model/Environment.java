package dev.wsconsole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of workspace; it drives the session, control and audit policy (see EnvironmentPolicy). */
public enum Environment {
  PRODUCTION, STAGING, DEVELOPMENT;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Environment fromWire(String value) {
    for (Environment e : values()) {
      if (e.wireName().equals(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown environment '" + value + "'; expected production, staging or development");
  }

  public EnvironmentPolicy policy() {
    return EnvironmentPolicy.of(this);
  }
}
