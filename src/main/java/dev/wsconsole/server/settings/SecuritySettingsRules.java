package dev.wsconsole.server.settings;

import static dev.wsconsole.model.SecuritySettings.DEFAULT_VOICE_AUTH_ENABLED;
import static dev.wsconsole.model.SecuritySettings.DEFAULT_VOICE_AUTH_THRESHOLD;
import static dev.wsconsole.model.SecuritySettings.MAX_VOICE_AUTH_THRESHOLD;
import static dev.wsconsole.model.SecuritySettings.MIN_VOICE_AUTH_THRESHOLD;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.SecuritySettings;
import dev.wsconsole.server.core.BodyFields;

/** Pure rules of the security section: voice_auth_enabled and our extension voice_auth_threshold. */
public final class SecuritySettingsRules {

  private SecuritySettingsRules() {}

  /** Validates a SecuritySettingsRequest and applies it to the stored fields (null resets to the default). */
  public static void apply(BodyFields in, ObjectNode stored) {
    SettingsFields.put(in, stored, "voice_auth_enabled", in.bool("voice_auth_enabled"));
    SettingsFields.put(in, stored, "voice_auth_threshold",
        in.number("voice_auth_threshold", MIN_VOICE_AUTH_THRESHOLD, MAX_VOICE_AUTH_THRESHOLD));
  }

  public static SecuritySettings effective(ObjectNode stored) {
    return new SecuritySettings(stored.path("voice_auth_enabled").asBoolean(DEFAULT_VOICE_AUTH_ENABLED),
        stored.path("voice_auth_threshold").asDouble(DEFAULT_VOICE_AUTH_THRESHOLD));
  }
}
