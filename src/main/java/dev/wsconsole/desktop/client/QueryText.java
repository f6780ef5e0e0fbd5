package dev.wsconsole.desktop.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query-string helpers of the client's paths (package-private). */
final class QueryText {
  private QueryText() {}

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code &continuation_token=n}, or nothing for the first page. */
  static String token(Integer token) {
    return token == null ? "" : "&continuation_token=" + token;
  }
}
