package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.DomainException;
import java.util.List;

/**
 * The client's report that it skipped the voice step ({@code model.wire.VoiceSkipRequest}) once validated, and
 * why: no microphone, a capture pipeline error, the server's voice service failing, or no voiceprint yet.
 * Sign-in proceeds; the skip is audited.
 *
 * @param reason one of {@link #REASONS}
 * @param detail optional free text from the client (at most 500 characters)
 */
public record VoiceSkip(String reason, String detail) {
  public static final List<String> REASONS = List.of("no_device", "pipeline_error", "server_failure",
      "not_enrolled");

  static VoiceSkip parse(BodyFields in) {
    String reason = in.oneOf("reason", REASONS);
    if (reason == null) {
      throw DomainException.invalid(in.loc("reason"), "Field required", "missing");
    }
    String detail = in.string("detail", 0, 500);
    return new VoiceSkip(reason, detail == null || detail.isBlank() ? null : detail.strip());
  }
}
