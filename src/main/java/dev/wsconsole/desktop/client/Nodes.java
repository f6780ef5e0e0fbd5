package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Small readers from the server's JSON into the client's records (package-private helpers). */
final class Nodes {
  private Nodes() {}

  static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isNull() || v.isMissingNode() ? null : v.asText();
  }

  static UUID uuid(JsonNode n, String field) {
    String t = text(n, field);
    return t == null ? null : UUID.fromString(t);
  }

  static Instant instant(JsonNode n, String field) {
    String t = text(n, field);
    return t == null ? null : Instant.parse(t);
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.asText()));
    return List.copyOf(out);
  }

  static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
    List<T> out = new ArrayList<>();
    array.forEach(x -> out.add(read.apply(x)));
    return List.copyOf(out);
  }

  /** A platform page ({@code items}, {@code has_more}, {@code continuation_token}, {@code total}). */
  static <T> Page<T> page(JsonNode page, Function<JsonNode, T> read) {
    String next = page.path("has_more").asBoolean(false) ? text(page, "continuation_token") : null;
    return new Page<>(list(page.path("items"), read), page.path("total").asLong(-1), next);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
