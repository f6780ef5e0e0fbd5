package dev.wsconsole.model.wire;

/**
 * The client's report that it skipped the voice sign-in step: a reason ({@code no_device},
 * {@code pipeline_error}, {@code server_failure} or {@code not_enrolled}) and optional detail (at most 500
 * characters; null or blank means none).
 */
public record VoiceSkipRequest(String reason, String detail) {}
