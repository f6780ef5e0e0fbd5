package dev.wsconsole.model;

import java.time.Instant;
import java.util.UUID;

/** A person's membership in a workspace as listed: their account, their role and when they joined. */
public record Member(UUID userId, String email, String displayName, Role role, Instant joinedAt) {}
