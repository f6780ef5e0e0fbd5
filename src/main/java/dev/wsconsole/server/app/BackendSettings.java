package dev.wsconsole.server.app;

import dev.wsconsole.server.datasource.SecretCipher;
import dev.wsconsole.server.fhir.SourceConfinement;
import dev.wsconsole.server.live.StreamLimits;
import dev.wsconsole.server.voiceprint.VoiceAuthSwitch;
import java.nio.file.Path;

/**
 * The values a backend is built with, read once at the edge (command-line flags, environment variables,
 * the console's configuration file) and passed in: nothing below the composition root reads the environment.
 *
 * @param dataSourceCipher seals data-source secrets; null: sources holding secrets cannot be written or read back
 * @param importConfinement where data-source imports may read (decision 0022)
 * @param voiceSwitch the environment-level voice sign-in gate
 * @param streamLimits how many live event streams a workspace and this node may hold open
 */
public record BackendSettings(SecretCipher dataSourceCipher, SourceConfinement importConfinement,
                              VoiceAuthSwitch voiceSwitch, StreamLimits streamLimits) {

  /**
   * No secret key, imports confined to {@code importsRoot} with loopback FHIR servers allowed, the voice
   * switch off and the default stream limits: what tests and one-off tools start from.
   */
  public static BackendSettings plain(Path importsRoot) {
    return new BackendSettings(null, new SourceConfinement(importsRoot, true),
        new VoiceAuthSwitch(false, "default"),
        StreamLimits.DEFAULT);
  }

  public BackendSettings withCipher(SecretCipher cipher) {
    return new BackendSettings(cipher, importConfinement, voiceSwitch, streamLimits);
  }
}
