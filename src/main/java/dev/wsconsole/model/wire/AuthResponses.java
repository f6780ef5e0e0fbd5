package dev.wsconsole.model.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.wsconsole.model.Nullable;
import dev.wsconsole.model.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies of sign-in (an extension) and {@code GET /v1/auth/me}. */
public final class AuthResponses {
  private AuthResponses() {}

  /** A new console session: its bearer token and the account's workspaces. */
  public record Login(String accessToken, String tokenType, UUID sessionId, UUID userId, String email,
                      List<UUID> workspaceIds) {}

  /**
   * AuthInfoResponse: {@code workspace_id} is null for a sign-in session; {@code kind} and {@code user_id}
   * are extension fields, {@code role}/{@code permissions} appear only for keys, {@code workspace_ids} only
   * for sessions.
   */
  public record AuthInfo(@Nullable UUID workspaceId, String keyId, @Nullable String name, Instant expiresAt,
                         long expiresInSeconds, String kind, UUID userId,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Role role,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<String> permissions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<UUID> workspaceIds) {}
}
