package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.core.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code multipart/form-data} body: parts by field name, in order. Parsed from the bytes the server
 * already bounded in size (no temporary files); anything malformed is a 422 naming the body.
 */
public final class MultipartForm {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]{1,70})\\1");
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
  private final Map<String, List<byte[]>> parts;

  private MultipartForm(Map<String, List<byte[]>> parts) {
    this.parts = parts;
  }

  /** Parses {@code body} sent with {@code contentType}; a non-multipart request is a 422. */
  public static MultipartForm parse(String contentType, byte[] body) {
    Matcher m = contentType == null ? null : BOUNDARY.matcher(contentType);
    if (m == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !m.find()) {
      throw DomainException.invalid(List.of("body"), "Expected multipart/form-data with the audio as a file part",
          "value_error");
    }
    byte[] delimiter = ("--" + m.group(2)).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, List<byte[]>> parts = new LinkedHashMap<>();
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int start = at + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        return new MultipartForm(parts); // closing delimiter
      }
      int next = indexOf(body, delimiter, start);
      if (next < 0) {
        break;
      }
      addPart(parts, body, start, next);
      at = next;
    }
    throw DomainException.invalid(List.of("body"), "Malformed multipart body (no closing boundary)", "value_error");
  }

  private static void addPart(Map<String, List<byte[]>> parts, byte[] body, int start, int end) {
    int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
    if (headersEnd < 0 || headersEnd > end) {
      throw DomainException.invalid(List.of("body"), "Malformed multipart part (no headers)", "value_error");
    }
    String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
    Matcher name = NAME.matcher(headers);
    if (!name.find()) {
      throw DomainException.invalid(List.of("body"), "Multipart part without a field name", "value_error");
    }
    int contentEnd = end - 2; // the CRLF before the next delimiter belongs to the delimiter
    int contentStart = headersEnd + 4;
    byte[] content = new byte[Math.max(0, contentEnd - contentStart)];
    System.arraycopy(body, contentStart, content, 0, content.length);
    parts.computeIfAbsent(name.group(1), k -> new ArrayList<>()).add(content);
  }

  /** Every part named {@code name} (empty when none). */
  public List<byte[]> all(String name) {
    return parts.getOrDefault(name, List.of());
  }

  /** A text field, or null when absent; a repeated text field is a 422. */
  public String text(String name) {
    List<byte[]> values = all(name);
    if (values.size() > 1) {
      throw DomainException.invalid(List.of("body", name), "Field must be given once", "value_error");
    }
    return values.isEmpty() ? null : dev.wsconsole.server.core.StorableText.require(List.of("body", name),
        new String(values.get(0), StandardCharsets.UTF_8).strip());
  }

  /** Field names given that are not in {@code known} (the caller refuses them as extra inputs). */
  public List<String> unknown(java.util.Set<String> known) {
    return parts.keySet().stream().filter(n -> !known.contains(n)).toList();
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
