package dev.wsconsole.server.live;

import java.time.Instant;

/** One stored live event: its number in the workspace, type, the permission a reader needs, and its JSON. */
public record LiveEvent(long seq, String type, String permission, String dataJson, Instant createdAt) {}
