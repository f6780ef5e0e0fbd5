package dev.wsconsole.server.voiceprint;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The console's environment-level voice sign-in switch, off by default: {@code WSC_VOICE_AUTH=1} turns it on
 * (and {@code =0} off, whatever the file says), else {@code voice_auth=true} in
 * {@code $XDG_CONFIG_HOME/workspace-console/console.properties}. The embedding console may flip it at runtime.
 */
public final class VoiceAuthSwitch {
  public static final String ENV = "WSC_VOICE_AUTH";
  public static final String FILE_KEY = "voice_auth";
  private volatile boolean on;
  private volatile String source;

  public VoiceAuthSwitch(boolean on, String source) {
    this.on = on;
    this.source = source;
  }

  /** Reads the switch from the process environment and the console's configuration file. */
  public static VoiceAuthSwitch configured(Map<String, String> env) {
    String value = env.get(ENV);
    if (value != null && !value.isBlank()) {
      return new VoiceAuthSwitch(truthy(value), ENV);
    }
    Path file = configFile(env);
    return new VoiceAuthSwitch(truthy(readKey(file)), file.toString());
  }

  /** {@code $XDG_CONFIG_HOME/workspace-console/console.properties} (default {@code ~/.config/...}). */
  public static Path configFile(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("workspace-console").resolve("console.properties");
  }

  public boolean on() {
    return on;
  }

  /** Where the current value came from (shown when voice sign-in is off). */
  public String source() {
    return source;
  }

  /** Changes the switch at runtime (the console's settings, tests). */
  public void set(boolean value, String from) {
    this.on = value;
    this.source = from;
  }

  static boolean truthy(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    return v.equals("1") || v.equals("true") || v.equals("on") || v.equals("yes");
  }

  private static String readKey(Path file) {
    if (!Files.isReadable(file)) {
      return null;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return null; // an unreadable file leaves the switch at its default: off
    }
    return p.getProperty(FILE_KEY);
  }
}
