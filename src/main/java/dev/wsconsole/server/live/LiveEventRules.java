package dev.wsconsole.server.live;

import dev.wsconsole.model.Permission;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Pure decisions about live events: which permission a type needs to be seen (by its namespace, the
 * part before the first dot), and where a reconnecting stream resumes.
 */
public final class LiveEventRules {
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_.]*");
  private static final Map<String, Permission> BY_NAMESPACE = Map.ofEntries(
      Map.entry("audit", Permission.AUDIT_VIEW),
      Map.entry("call", Permission.CALL_VIEW),
      Map.entry("session", Permission.CALL_VIEW),
      Map.entry("operator", Permission.OPERATOR_VIEW),
      Map.entry("review", Permission.REVIEW_VIEW),
      Map.entry("world", Permission.WORLD_VIEW),
      Map.entry("entity", Permission.WORLD_VIEW),
      Map.entry("encounter", Permission.WORLD_VIEW),
      Map.entry("pipeline", Permission.DATA_SOURCE_VIEW),
      Map.entry("data_source", Permission.DATA_SOURCE_VIEW),
      Map.entry("phone_number", Permission.PHONE_NUMBER_VIEW),
      Map.entry("service", Permission.SERVICE_VIEW),
      Map.entry("settings", Permission.SETTINGS_VIEW),
      Map.entry("safety", Permission.SAFETY_VIEW),
      Map.entry("workspace", Permission.MEMBER_VIEW),
      Map.entry("simulation", Permission.CALL_VIEW),
      Map.entry("stream", Permission.WORKSPACE_VIEW));

  private LiveEventRules() {}

  /**
   * The permission a reader needs to see events of {@code type}; an unknown namespace is refused so
   * that nothing reaches a stream without someone deciding who may read it.
   */
  public static Permission permissionFor(String type) {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("live event type must look like 'namespace.action': " + type);
    }
    Permission p = BY_NAMESPACE.get(type.substring(0, type.indexOf('.')));
    if (p == null) {
      throw new IllegalArgumentException("live event type " + type + " has no known namespace; known: "
          + new java.util.TreeSet<>(BY_NAMESPACE.keySet()));
    }
    return p;
  }

  /** Where a stream starts: after {@code cursor}; {@code reset} says why the client's position was dropped. */
  public record Start(long cursor, String reset) {}

  /**
   * Resumes after the client's Last-Event-ID when every later event is still within the replay
   * window; otherwise starts fresh at {@code latest} and says why.
   *
   * @param lastEventId the header as sent (null when absent)
   * @param latest the workspace's newest event number (0 when none)
   * @param oldestInWindow the oldest event number still within the window, if any
   */
  public static Start start(String lastEventId, long latest, OptionalLong oldestInWindow, long windowMinutes) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return new Start(latest, null);
    }
    long asked;
    try {
      asked = Long.parseLong(lastEventId.trim());
    } catch (NumberFormatException e) {
      return new Start(latest, "Last-Event-ID is not an event id of this stream; starting fresh");
    }
    if (asked < 0 || asked > latest) {
      return new Start(latest, "Last-Event-ID " + asked + " is not an event id of this stream; starting fresh");
    }
    if (asked == latest || (oldestInWindow.isPresent() && oldestInWindow.getAsLong() <= asked + 1)) {
      return new Start(asked, null);
    }
    return new Start(latest, "Last-Event-ID " + asked + " is older than the " + windowMinutes
        + "-minute replay window; events in between are not replayed, starting fresh");
  }
}
