package dev.wsconsole.server.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.core.BodyFields;

/** The partial-update rule every settings section shares: omitted keeps, null resets, a value sets. */
final class SettingsFields {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SettingsFields() {}

  /** Applies one field: {@code value} is what the request's field parsed to (null when absent or null). */
  static void put(BodyFields in, ObjectNode stored, String field, Object value) {
    if (!in.has(field)) {
      return;
    }
    if (in.isNull(field)) {
      stored.remove(field);
    } else {
      stored.set(field, JSON.valueToTree(value));
    }
  }
}
