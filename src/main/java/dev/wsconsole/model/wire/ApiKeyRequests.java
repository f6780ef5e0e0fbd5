package dev.wsconsole.model.wire;

import java.util.List;

/** Request bodies of the API-key operations (contract names, snake_case on the wire). */
public final class ApiKeyRequests {
  private ApiKeyRequests() {}

  /** CreateApiKeyRequest: a name, a role (or explicit permissions) and how many days the key lives. */
  public record Create(Integer durationDays, String name, List<String> permissions, String role) {}

  /** RotateApiKeyRequest: how many days the new secret lives. */
  public record Rotate(Integer durationDays) {}
}
