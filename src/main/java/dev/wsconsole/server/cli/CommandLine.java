package dev.wsconsole.server.cli;

import dev.wsconsole.server.app.BackendSettings;
import dev.wsconsole.server.datasource.SecretCipher;
import dev.wsconsole.server.datasource.SecretKeySource;
import dev.wsconsole.server.db.DatabaseOptions;
import dev.wsconsole.server.db.DurabilityCheck;
import dev.wsconsole.server.fhir.SourceConfinement;
import dev.wsconsole.server.live.StreamLimits;
import dev.wsconsole.server.voiceprint.VoiceAuthSwitch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed command line: the command word, its {@code --flag value} options and positional words. */
public record CommandLine(String command, Map<String, String> options, List<String> positional) {
  private static final Set<String> SWITCHES = Set.of("--clean", "--help", "--single-user", "--scores",
      "--allow-loopback-sources", DurabilityCheck.OPT_OUT_FLAG);

  public static CommandLine parse(String[] args) {
    String command = null;
    Map<String, String> options = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        if (eq > 0) {
          options.put(arg.substring(0, eq), arg.substring(eq + 1));
        } else if (SWITCHES.contains(arg)) {
          options.put(arg, "true");
        } else if (i + 1 < args.length) {
          options.put(arg, args[++i]);
        } else {
          throw new IllegalArgumentException(arg + " needs a value");
        }
      } else if (command == null) {
        command = arg;
      } else {
        positional.add(arg);
      }
    }
    return new CommandLine(command, Map.copyOf(options), List.copyOf(positional));
  }

  public String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  public boolean has(String name) {
    return options.containsKey(name);
  }

  /**
   * Database options from flags, then the environment ({@code WSC_DATABASE_URL}, XDG data folder,
   * {@code WSC_ALLOW_NON_DURABLE_COMMITS=true} as the {@code --allow-non-durable-commits} opt-out, decision 0030).
   */
  public DatabaseOptions databaseOptions(Map<String, String> env) {
    String url = option("--database-url", env.get("WSC_DATABASE_URL"));
    Path dataDir = has("--data-dir") ? Path.of(option("--data-dir", "")) : defaultDataDir(env);
    boolean nonDurable = has(DurabilityCheck.OPT_OUT_FLAG)
        || "true".equalsIgnoreCase(env.getOrDefault("WSC_ALLOW_NON_DURABLE_COMMITS", "").strip());
    return new DatabaseOptions(dataDir.toAbsolutePath(), url, env.get("WSC_APP_PASSWORD"),
        Integer.parseInt(option("--pool-size", Integer.toString(DatabaseOptions.DEFAULT_POOL_SIZE))), nonDurable);
  }

  /**
   * The backend's settings, read here once: the data-source secret key (when {@code withSecretKey}; it may
   * be made in the data folder), the imports root ({@code WSC_IMPORTS_ROOT}), the voice sign-in switch
   * ({@code WSC_VOICE_AUTH} or the console's file) and the stream limits ({@code --max-streams...} flags).
   */
  public BackendSettings backendSettings(DatabaseOptions options, Map<String, String> env, boolean withSecretKey,
                                         boolean allowLoopbackSources) throws IOException {
    SecretCipher cipher = withSecretKey ? SecretKeySource.resolve(options, env) : null;
    StreamLimits streams = StreamLimits.DEFAULT;
    StreamLimits limits = new StreamLimits(
        Integer.parseInt(option("--max-streams-per-workspace", Integer.toString(streams.perWorkspace()))),
        Integer.parseInt(option("--max-streams", Integer.toString(streams.perNode()))),
        streams.heartbeat(), streams.lifetime());
    return new BackendSettings(cipher, SourceConfinement.of(options.dataDir(), env, allowLoopbackSources),
        VoiceAuthSwitch.configured(env), limits);
  }

  /** {@code $XDG_DATA_HOME/workspace-console}, defaulting to {@code ~/.local/share/workspace-console}. */
  public static Path defaultDataDir(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("workspace-console");
  }
}
