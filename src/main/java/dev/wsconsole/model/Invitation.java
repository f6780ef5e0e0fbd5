package dev.wsconsole.model;

import java.time.Instant;
import java.util.UUID;

/** A pending invitation to join a workspace with a role; never carries its token. */
public record Invitation(UUID id, UUID workspaceId, String email, Role role, UUID invitedBy, Instant createdAt,
                         Instant expiresAt) {}
