package dev.wsconsole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A member's role in one workspace, highest priority first. */
public enum Role {
  OWNER(100, "Everything, including billing, ownership transfer and archiving the workspace."),
  ADMIN(80, "Services, numbers, data sources, safety, settings, members and operations; not billing or archiving."),
  MEMBER(60, "Conversations, world-model data and day-to-day API use, with API keys of their own."),
  OPERATOR(40, "Read-only, plus operator actions: join and leave calls, switch modes, send guidance, review queue."),
  VIEWER(20, "Read-only.");

  private final int priority;
  private final String description;

  Role(int priority, String description) {
    this.priority = priority;
    this.description = description;
  }

  public int priority() {
    return priority;
  }

  public String description() {
    return description;
  }

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; IllegalArgumentException for anything else. */
  @JsonCreator
  public static Role fromWire(String value) {
    for (Role r : values()) {
      if (r.wireName().equals(value)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role '" + value + "'; expected owner, admin, member, operator or viewer");
  }
}
