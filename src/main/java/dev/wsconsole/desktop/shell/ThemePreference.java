package dev.wsconsole.desktop.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;

/** The light or dark AtlantaFX theme, applied to the whole application and remembered in the user's preferences. */
public final class ThemePreference {
  private static final String KEY = "theme.dark";
  private final Preferences prefs;

  public ThemePreference(Preferences prefs) {
    this.prefs = prefs;
  }

  public boolean isDark() {
    return prefs.getBoolean(KEY, false);
  }

  /** Applies the remembered theme. */
  public void apply() {
    Application.setUserAgentStylesheet(isDark() ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet());
  }

  /** Switches theme, remembers the choice and applies it. */
  public void toggle() {
    prefs.putBoolean(KEY, !isDark());
    apply();
  }
}
