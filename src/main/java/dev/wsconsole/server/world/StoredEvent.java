package dev.wsconsole.server.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** An event as the log holds it, with its id and ingestion time. */
public record StoredEvent(UUID id, UUID entityId, String eventType, String domain, String source, float confidence,
                          ObjectNode data, UUID supersedes, String idempotencyKey, Instant occurredAt,
                          Instant ingestedAt) {}
