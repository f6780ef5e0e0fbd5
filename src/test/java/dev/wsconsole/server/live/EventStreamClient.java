package dev.wsconsole.server.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP client reading a server-sent-events stream line by line, as a browser's EventSource would. */
final class EventStreamClient implements AutoCloseable {
  /** One dispatched event. */
  record Event(String id, String type, String data) {}

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  final int status;
  final String contentType;
  final String errorBody;
  final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  final AtomicInteger comments = new AtomicInteger();
  volatile String retry;
  /** Counts down when the server ends the stream. */
  final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
  private final InputStream body;

  private EventStreamClient(HttpResponse<InputStream> r) throws IOException {
    this.status = r.statusCode();
    this.contentType = r.headers().firstValue("Content-Type").orElse("");
    this.body = r.body();
    if (status != 200) {
      this.errorBody = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      return;
    }
    this.errorBody = null;
    Thread reader = new Thread(this::read, "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static EventStreamClient open(String baseUrl, java.util.UUID ws, String token, String lastEventId) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/" + ws + "/events/stream"))
        .header("Accept", "text/event-stream").GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (lastEventId != null) {
      b.header("Last-Event-ID", lastEventId);
    }
    return new EventStreamClient(HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream()));
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String id = null;
      String type = null;
      StringBuilder data = null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          if (data != null) {
            events.add(new Event(id, type == null ? "message" : type, data.toString()));
          }
          type = null;
          data = null;
        } else if (line.startsWith(":")) {
          comments.incrementAndGet();
        } else if (line.startsWith("retry: ")) {
          retry = line.substring(7);
        } else if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("event: ")) {
          type = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data = data == null ? new StringBuilder(line.substring(6)) : data.append('\n').append(line.substring(6));
        }
      }
    } catch (IOException e) {
      // closed by the test
    } finally {
      ended.countDown();
    }
  }

  /** The next event, failing after {@code timeout}. */
  Event next(Duration timeout) throws InterruptedException {
    Event e = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (e == null) {
      throw new AssertionError("no event within " + timeout);
    }
    return e;
  }

  /** The next {@code n} events of {@code type}, skipping others. */
  List<Event> next(int n, String type, Duration timeout) throws InterruptedException {
    List<Event> out = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (out.size() < n) {
      long left = deadline - System.nanoTime();
      Event e = events.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
      if (e == null) {
        throw new AssertionError("only " + out.size() + " of " + n + " " + type + " events within " + timeout);
      }
      if (e.type().equals(type)) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
