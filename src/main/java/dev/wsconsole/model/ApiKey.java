package dev.wsconsole.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API key as listed (the platform's ApiKeyResponse): never its secret. */
public record ApiKey(UUID id, UUID workspaceId, UUID createdByEntityId, UUID createdByCredentialId, String keyId,
                     String name, Role role, List<String> permissions, Instant expiresAt, Instant lastUsedAt,
                     Instant createdAt, Instant updatedAt, Instant revokedAt, String keyPrefix) {}
