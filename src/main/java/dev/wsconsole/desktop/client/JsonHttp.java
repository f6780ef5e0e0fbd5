package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.Page;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Speaks JSON with the console's backend with a bearer token, reading answers into the shared wire records
 * with the server's own strict mapper (a field the record lacks fails the call); failures carry the server's
 * {@code detail}.
 */
public final class JsonHttp {
  static final ObjectMapper JSON = Json.mapper();
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

  /** The bearer token these calls carry (for the one client that speaks multipart: {@link VoiceApi}). */
  String token() {
    return token;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The answer read as {@code type}; any status but 2xx throws {@link ApiFailure} with the server's detail. */
  public <T> T get(String path, Class<T> type) {
    return read(fetch("GET", path, null), JSON.constructType(type));
  }

  /** A platform list page of {@code item}. */
  public <T> Page<T> page(String path, Class<T> item) {
    return read(fetch("GET", path, null), JSON.getTypeFactory().constructParametricType(Page.class, item));
  }

  /** An answer that is a bare JSON array of {@code item}. */
  public <T> List<T> list(String path, Class<T> item) {
    return read(fetch("GET", path, null), JSON.getTypeFactory().constructCollectionType(List.class, item));
  }

  /** The same as {@link #get}, but null when the server does not serve this (404) or does not show it (403). */
  public <T> T getIfServed(String path, Class<T> type) {
    Answer a = fetch("GET", path, null);
    return a.status == 404 || a.status == 403 ? null : read(a, JSON.constructType(type));
  }

  /** {@link #page}, but null when the server does not serve this (404) or does not show it (403). */
  public <T> Page<T> pageIfServed(String path, Class<T> item) {
    Answer a = fetch("GET", path, null);
    return a.status == 404 || a.status == 403 ? null
        : read(a, JSON.getTypeFactory().constructParametricType(Page.class, item));
  }

  /** Sends {@code body} (a wire record; null for none) and reads the answer as {@code type}. */
  public <T> T send(String method, String path, Object body, Class<T> type) {
    return read(fetch(method, path, body), JSON.constructType(type));
  }

  /** Sends {@code body} (null for none) and ignores the answer but its status. */
  public void send(String method, String path, Object body) {
    check(fetch(method, path, body));
  }

  /** A GET whose answer is text (an NDJSON export, say). */
  public String text(String path) {
    return check(fetch("GET", path, null)).text;
  }

  private static Answer check(Answer a) {
    if (a.status < 200 || a.status > 299) {
      throw new ApiFailure(a.status, ApiFailure.detailOf(a.text, a.status), ApiFailure.codeOf(a.text));
    }
    return a;
  }

  private static <T> T read(Answer a, JavaType type) {
    check(a);
    try {
      return JSON.readValue(a.text, type);
    } catch (JsonProcessingException e) {
      throw new ApiFailure(0, "The server's answer did not fit " + type.getGenericSignature() + ": "
          + e.getOriginalMessage());
    }
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
}
