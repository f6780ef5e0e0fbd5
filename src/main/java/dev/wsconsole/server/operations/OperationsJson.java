package dev.wsconsole.server.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The JSON columns of the operations tables (turns, states, lists) written and read with the API's JSON rules. */
final class OperationsJson {
  private static final ObjectMapper JSON = Json.mapper();

  private OperationsJson() {}

  static OffsetDateTime utc(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable", e);
    }
  }

  static <T> T read(String text, TypeReference<T> type) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable", e);
    }
  }
}
