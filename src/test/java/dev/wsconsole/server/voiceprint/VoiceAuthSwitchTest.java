package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the environment-level voice switch comes from: the variable first, then the configuration file. */
class VoiceAuthSwitchTest {
  @TempDir
  Path config;

  @Test
  void isOffWithoutVariableOrFile() {
    assertFalse(VoiceAuthSwitch.configured(Map.of("XDG_CONFIG_HOME", config.toString())).on());
  }

  @Test
  void theVariableTurnsItOn() {
    VoiceAuthSwitch s = VoiceAuthSwitch.configured(Map.of("WSC_VOICE_AUTH", "1",
        "XDG_CONFIG_HOME", config.toString()));
    assertTrue(s.on());
    assertEquals("WSC_VOICE_AUTH", s.source());
  }

  @Test
  void theConfigFileTurnsItOnUnlessTheVariableSaysOff() throws Exception {
    Path file = config.resolve("workspace-console").resolve("console.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# console settings\nvoice_auth = true\n");
    assertTrue(VoiceAuthSwitch.configured(Map.of("XDG_CONFIG_HOME", config.toString())).on());
    assertFalse(VoiceAuthSwitch.configured(Map.of("XDG_CONFIG_HOME", config.toString(), "WSC_VOICE_AUTH", "0"))
        .on());
  }

  @Test
  void anUnreadableFileLeavesItOff() throws Exception {
    Path file = config.resolve("workspace-console").resolve("console.properties");
    Files.createDirectories(file);  // a directory where the file should be
    assertFalse(VoiceAuthSwitch.configured(Map.of("XDG_CONFIG_HOME", config.toString())).on());
  }
}
