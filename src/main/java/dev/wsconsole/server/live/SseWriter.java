package dev.wsconsole.server.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the server-sent-events wire format: {@code retry:}, events with {@code id:}/{@code event:}/{@code data:}, comments. */
final class SseWriter {
  private final OutputStream out;

  SseWriter(OutputStream out) {
    this.out = out;
  }

  void retry(long millis) throws IOException {
    write("retry: " + millis + "\n\n");
  }

  void event(long id, String type, String data) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("id: ").append(id).append('\n').append("event: ").append(type).append('\n');
    for (String line : data.split("\r\n|\r|\n", -1)) {
      b.append("data: ").append(line).append('\n');
    }
    write(b.append('\n').toString());
  }

  /** A comment line: clients ignore it, proxies see traffic. */
  void comment(String text) throws IOException {
    write(": " + text.replaceAll("[\r\n]", " ") + "\n\n");
  }

  void flush() throws IOException {
    out.flush();
  }

  private void write(String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }
}
