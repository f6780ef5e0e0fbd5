package dev.wsconsole.desktop.operators;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Asks for the corrected value of each field an item proposes (field {@code x} in a text box with id
 * {@code review-correct-x}, starting from the proposed value); numbers stay numbers when they parse.
 */
final class CorrectionForm extends GridPane {
  private final Map<String, TextField> fields = new LinkedHashMap<>();
  private Map<String, Object> proposed = Map.of();

  CorrectionForm() {
    setId("review-correction");
    setHgap(8);
    setVgap(4);
  }

  /** Shows one box per proposed field (none when nothing is proposed). */
  void show(Map<String, Object> proposedData) {
    proposed = proposedData == null ? Map.of() : proposedData;
    getChildren().clear();
    fields.clear();
    int row = 0;
    for (Map.Entry<String, Object> e : proposed.entrySet()) {
      TextField box = new TextField(e.getValue() == null ? "" : e.getValue().toString());
      box.setId("review-correct-" + e.getKey());
      box.setPrefColumnCount(24);
      fields.put(e.getKey(), box);
      Label name = new Label(e.getKey());
      name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      addRow(row++, name, box);
    }
  }

  /** The corrected data: every field, as typed. */
  Map<String, Object> values() {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((key, box) -> out.put(key, typed(proposed.get(key), box.getText().strip())));
    return out;
  }

  private static Object typed(Object was, String text) {
    if (was instanceof Number) {
      try {
        return text.contains(".") ? Double.parseDouble(text) : Long.parseLong(text);
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return text;
  }
}
