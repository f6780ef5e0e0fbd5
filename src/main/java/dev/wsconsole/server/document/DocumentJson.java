package dev.wsconsole.server.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;

/** Writes a validated version document as stored JSON and reads it back, with the API's JSON rules. */
public final class DocumentJson {
  private static final ObjectMapper MAPPER = Json.mapper();

  private DocumentJson() {}

  public static String write(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("document is not serialisable", e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored version document no longer reads as " + type.getSimpleName(), e);
    }
  }
}
