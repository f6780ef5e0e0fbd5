package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.DomainException;
import java.util.List;

/**
 * The client's report that it skipped the voice step ({@code model.wire.VoiceSkipRequest}) once validated, and
 * why: no microphone, a capture pipeline error, the server's voice service failing, or no voiceprint yet.
 * Sign-in proceeds (the session passes its voice step in the workspace); the skip is rate-limited and audited.
 *
 * @param reason one of {@link #REASONS}
 * @param detail optional free text from the client (at most 500 characters)
 */
public record VoiceSkip(String reason, String detail) {
  /** The reason that a server can check: it refuses it from someone enrolled. */
  public static final String NOT_ENROLLED = "not_enrolled";
  public static final List<String> REASONS = List.of("no_device", "pipeline_error", "server_failure",
      NOT_ENROLLED);

  static VoiceSkip parse(BodyFields in) {
    String reason = in.oneOf("reason", REASONS);
    if (reason == null) {
      throw DomainException.invalid(in.loc("reason"), "Field required", "missing");
    }
    String detail = in.string("detail", 0, 500);
    return new VoiceSkip(reason, detail == null || detail.isBlank() ? null : detail.strip());
  }
}
