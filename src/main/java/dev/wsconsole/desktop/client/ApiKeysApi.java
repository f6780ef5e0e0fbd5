package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.ApiKeyRequests;
import dev.wsconsole.model.wire.ApiKeyResponses;
import java.util.UUID;

/** A workspace's API keys ({@code /v1/{ws}/api-keys}). */
public final class ApiKeysApi {
  private final JsonHttp http;

  public ApiKeysApi(JsonHttp http) {
    this.http = http;
  }

  /** {@code limit} keys from {@code token} (null for the first page); never their secrets. */
  public Page<ApiKeyResponses.View> list(UUID ws, int limit, Integer token) {
    return http.page("/v1/" + ws + "/api-keys?limit=" + limit + QueryText.token(token), ApiKeyResponses.View.class);
  }

  /** A new key: the only time its secret ({@code api_key}) is shown. */
  public ApiKeyResponses.Created create(UUID ws, String name, String role, int days) {
    return http.send("POST", "/v1/" + ws + "/api-keys",
        new ApiKeyRequests.Create(days, name, null, role), ApiKeyResponses.Created.class);
  }

  public ApiKeyResponses.Created rotate(UUID ws, UUID id, int days) {
    return http.send("POST", "/v1/" + ws + "/api-keys/" + id + "/rotate", new ApiKeyRequests.Rotate(days),
        ApiKeyResponses.Created.class);
  }

  public void revoke(UUID ws, UUID id) {
    http.send("DELETE", "/v1/" + ws + "/api-keys/" + id, null);
  }
}
