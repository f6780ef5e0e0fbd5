package dev.wsconsole.server.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * An event to append to a workspace's log: {@code supersedes} and {@code idempotencyKey} may be null,
 * {@code occurredAt} null means "now".
 */
public record NewEvent(UUID entityId, String eventType, String domain, String source, double confidence,
                       ObjectNode data, UUID supersedes, String idempotencyKey, Instant occurredAt) {}
