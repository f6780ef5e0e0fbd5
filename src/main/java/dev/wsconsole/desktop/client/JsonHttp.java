package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** GETs JSON from the console's backend with a bearer token; failures carry the server's {@code detail}. */
public final class JsonHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
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

  /** The answer's JSON; any status but 2xx throws {@link ApiFailure} with the server's detail. */
  public JsonNode get(String path) {
    return get(fetch(path));
  }

  /** The same, but null when the server does not serve this (404) or does not show it to this user (403). */
  public JsonNode getIfServed(String path) {
    Answer a = fetch(path);
    return a.status == 404 || a.status == 403 ? null : get(a);
  }

  private JsonNode get(Answer a) {
    if (a.status < 200 || a.status > 299) {
      throw new ApiFailure(a.status, ApiFailure.detailOf(a.text, a.status));
    }
    return parse(a.text);
  }

  private record Answer(int status, String text) {}

  private Answer fetch(String path) {
    Request request = new Request.Builder().url(baseUrl + path).header("Authorization", "Bearer " + token)
        .header("Accept", "application/json").get().build();
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      return new Answer(response.code(), body == null ? "" : body.string());
    } catch (IOException e) {
      throw new ApiFailure(0, "The server at " + baseUrl + " did not answer: " + e.getMessage());
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
