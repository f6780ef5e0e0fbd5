package dev.wsconsole.model;

/** Where a phone number's voice agent may transfer callers (the platform's ForwardingConfigResponse). */
public record CallForwarding(boolean enabled, String forwardTo, boolean shouldDisconnect) {}
