package dev.wsconsole.desktop.settings;

import dev.wsconsole.desktop.client.SettingsApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.model.Permission;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A workspace's settings: voice, security (voice sign-in and its threshold), retention, and test caller
 * numbers. Values travel as the server names them; the server validates and says what is wrong.
 */
public final class SettingsViewModel {
  public static final String VOICE = "voice";
  public static final String SECURITY = "security";
  public static final String RETENTION = "retention";
  private final PageContext context;
  private final SettingsApi api;
  private final UUID ws;
  private final Map<String, ReadOnlyObjectWrapper<Map<String, Object>>> sections = new HashMap<>();
  private final ReadOnlyObjectWrapper<List<String>> testCallers = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public SettingsViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().settings();
    this.ws = context.workspace().id();
    for (String s : List.of(VOICE, SECURITY, RETENTION)) {
      sections.put(s, new ReadOnlyObjectWrapper<>(Map.of()));
    }
  }

  /** The section's current values as the server answered them. */
  public ReadOnlyObjectProperty<Map<String, Object>> section(String name) {
    return sections.get(name).getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<List<String>> testCallersProperty() {
    return testCallers.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public boolean mayEdit() {
    return context.may(Permission.SETTINGS_MANAGE);
  }

  public void load() {
    for (String s : List.of(VOICE, SECURITY, RETENTION)) {
      context.calls().run(() -> api.read(ws, s), sections.get(s)::set);
    }
    context.calls().run(() -> context.api().workspaces().testCallerNumbers(ws), testCallers::set);
  }

  /** Saves the typed values of a section: numbers as numbers, yes/no as booleans, anything else as text. */
  public void save(String section, Map<String, Object> typed) {
    Map<String, Object> body = new LinkedHashMap<>();
    typed.forEach((k, v) -> body.put(k, v instanceof String text ? value(text) : v));
    context.calls().run(() -> api.update(ws, section, body), saved -> {
      sections.get(section).set(saved);
      message.set("Saved " + section + " settings.");
    });
  }

  /** Saves the test caller numbers, one per line. */
  public void saveTestCallers(String lines) {
    List<String> numbers = Arrays.stream(lines.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    context.calls().run(() -> context.api().workspaces().setTestCallerNumbers(ws, numbers), saved -> {
      testCallers.set(saved);
      message.set("Saved " + saved.size() + " test caller numbers.");
    });
  }

  static Object value(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return t.matches("-?\\d+") ? (Object) Long.parseLong(t) : (Object) Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return t;
    }
  }
}
