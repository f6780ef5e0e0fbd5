package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A workspace's API keys and the permission catalog ({@code /v1/{ws}/api-keys}). */
public final class ApiKeysApi {
  private final JsonHttp http;

  public ApiKeysApi(JsonHttp http) {
    this.http = http;
  }

  /** A key as listed: never its secret. */
  public record ApiKey(UUID id, String keyId, String name, String role, Instant expiresAt, Instant lastUsedAt,
                       Instant createdAt, String keyPrefix) {}

  /** A key just created or rotated: the only time its secret is shown. */
  public record IssuedKey(String keyId, String secret, String role, Instant expiresAt) {}

  /** {@code limit} keys from {@code token} (null for the first page). */
  public Page<ApiKey> list(UUID ws, int limit, String token) {
    return Nodes.page(http.get("/v1/" + ws + "/api-keys?limit=" + limit
        + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))), ApiKeysApi::read);
  }

  public IssuedKey create(UUID ws, String name, String role, int days) {
    return issued(http.send("POST", "/v1/" + ws + "/api-keys",
        Map.of("name", name, "role", role, "duration_days", days)));
  }

  public IssuedKey rotate(UUID ws, UUID id, int days) {
    return issued(http.send("POST", "/v1/" + ws + "/api-keys/" + id + "/rotate", Map.of("duration_days", days)));
  }

  public void revoke(UUID ws, UUID id) {
    http.send("DELETE", "/v1/" + ws + "/api-keys/" + id, null);
  }

  private static ApiKey read(JsonNode k) {
    return new ApiKey(Nodes.uuid(k, "id"), k.path("key_id").asText(), Nodes.text(k, "name"), k.path("role").asText(),
        Nodes.instant(k, "expires_at"), Nodes.instant(k, "last_used_at"), Nodes.instant(k, "created_at"),
        Nodes.text(k, "key_prefix"));
  }

  private static IssuedKey issued(JsonNode k) {
    return new IssuedKey(k.path("key_id").asText(), k.path("api_key").asText(), k.path("role").asText(),
        Nodes.instant(k, "expires_at"));
  }
}
