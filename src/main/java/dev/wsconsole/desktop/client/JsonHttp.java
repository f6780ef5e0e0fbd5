package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Speaks JSON with the console's backend with a bearer token; failures carry the server's {@code detail}. */
public final class JsonHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private final OkHttpClient client;
  private final String baseUrl;
  private final String token;

  public JsonHttp(String baseUrl, String token) {
    this(new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build(), baseUrl, token);
  }

  public JsonHttp(OkHttpClient client, String baseUrl, String token) {
    this.client = client;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.token = token;
  }

  /** The same server and connection pool with another bearer token (null for none). */
  public JsonHttp withToken(String newToken) {
    return new JsonHttp(client, baseUrl, newToken);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The answer's JSON; any status but 2xx throws {@link ApiFailure} with the server's detail. */
  public JsonNode get(String path) {
    return get(fetch("GET", path, null));
  }

  /** The same, but null when the server does not serve this (404) or does not show it to this user (403). */
  public JsonNode getIfServed(String path) {
    Answer a = fetch("GET", path, null);
    return a.status == 404 || a.status == 403 ? null : get(a);
  }

  /** Sends {@code body} (anything Jackson writes; null for none) and returns the answer's JSON (empty for 204). */
  public JsonNode send(String method, String path, Object body) {
    return get(fetch(method, path, body));
  }

  /** A GET whose answer is text (an NDJSON export, say). */
  public String text(String path) {
    Answer a = fetch("GET", path, null);
    get(a.status >= 200 && a.status < 300 ? new Answer(a.status, "") : a);
    return a.text;
  }

  private JsonNode get(Answer a) {
    if (a.status < 200 || a.status > 299) {
      throw new ApiFailure(a.status, ApiFailure.detailOf(a.text, a.status));
    }
    return parse(a.text);
  }

  private record Answer(int status, String text) {}

  private Answer fetch(String method, String path, Object body) {
    Request.Builder request = new Request.Builder().url(baseUrl + path).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(method, body == null ? (method.equals("GET") || method.equals("DELETE") ? null
        : RequestBody.create(new byte[0], JSON_TYPE)) : RequestBody.create(write(body), JSON_TYPE));
    try (Response response = client.newCall(request.build()).execute()) {
      ResponseBody answer = response.body();
      return new Answer(response.code(), answer == null ? "" : answer.string());
    } catch (IOException e) {
      throw new ApiFailure(0, "The server at " + baseUrl + " did not answer: " + e.getMessage());
    }
  }

  private static byte[] write(Object body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("not writable as JSON: " + body.getClass().getSimpleName(), e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (IOException e) {
      throw new ApiFailure(0, "The server's answer was not JSON");
    }
  }
}
