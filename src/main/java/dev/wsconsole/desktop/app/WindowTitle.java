package dev.wsconsole.desktop.app;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The console window's title for the step it shows; packaging checks and the start-up benchmark read
 * it with xwininfo ("Sign in (backend starting)": form usable, "Sign in": backend up as well; a note
 * in brackets otherwise says what keeps the backend from answering).
 */
final class WindowTitle {
  private WindowTitle() {}

  static String of(Node center, String backendNote) {
    Node content = center instanceof StackPane holder && !holder.getChildren().isEmpty()
        ? holder.getChildren().get(0) : center;
    String id = content == null ? "" : String.valueOf(content.getId());
    return switch (id) {
      case "signin" -> backendNote == null ? "Workspace Console — Sign in" : "Workspace Console — Sign in (" + backendNote + ")";
      case "firstrun" -> "Workspace Console — First run";
      case "splash" -> "Workspace Console — Starting";
      default -> "Workspace Console";
    };
  }
}
