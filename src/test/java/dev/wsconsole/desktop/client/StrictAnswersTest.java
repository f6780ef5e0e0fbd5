package dev.wsconsole.desktop.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.WorkspaceView;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console reads answers into the server's own records with the strict mapper: an answer whose field the
 * record does not know (a field the server renamed) fails the call loudly instead of leaving a screen blank.
 */
class StrictAnswersTest {
  private static final ObjectMapper JSON = Json.mapper();
  private static final WorkspaceView CLINIC = new WorkspaceView(UUID.randomUUID(), "north", "North Clinic",
      Environment.STAGING, null, "eu-west-1", null, null, Instant.parse("2024-05-01T10:00:00Z"),
      Instant.parse("2024-05-02T10:00:00Z"), null);
  private final AtomicReference<String> body = new AtomicReference<>();
  private HttpServer server;
  private JsonHttp http;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    http = new JsonHttp("http://127.0.0.1:" + server.getAddress().getPort(), "token");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theServersOwnAnswerReadsBackWhole() throws IOException {
    body.set(JSON.writeValueAsString(CLINIC));
    assertEquals(CLINIC, http.get("/v1/workspaces/" + CLINIC.id(), WorkspaceView.class));
  }

  @Test
  void aRenamedFieldFailsTheCallInsteadOfShowingNull() throws IOException {
    ObjectNode renamed = JSON.valueToTree(CLINIC);
    renamed.set("title", renamed.remove("name"));
    body.set(JSON.writeValueAsString(renamed));
    ApiFailure failure = assertThrows(ApiFailure.class,
        () -> http.get("/v1/workspaces/" + CLINIC.id(), WorkspaceView.class));
    assertEquals(0, failure.status());
    assertTrue(failure.getMessage().contains("title"), failure.getMessage());
  }

  @Test
  void aRenamedFieldInsideAPageFailsTheWholeList() throws IOException {
    ObjectNode item = JSON.valueToTree(CLINIC);
    item.set("env", item.remove("environment"));
    body.set(JSON.writeValueAsString(new Page<>(List.of(item), false, null, 1L)));
    ApiFailure failure = assertThrows(ApiFailure.class, () -> new WorkspacesApi(http).list());
    assertTrue(failure.getMessage().contains("env"), failure.getMessage());
  }

  @Test
  void aMistypedValueFailsTooRatherThanBeingCoerced() throws IOException {
    ObjectNode mistyped = JSON.valueToTree(CLINIC);
    mistyped.put("slug", 42);
    body.set(JSON.writeValueAsString(mistyped));
    assertThrows(ApiFailure.class, () -> http.get("/v1/workspaces/" + CLINIC.id(), WorkspaceView.class));
  }
}
