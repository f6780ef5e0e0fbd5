package dev.wsconsole.desktop.overview;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.audit.AuditEvents;
import dev.wsconsole.desktop.overview.OverviewViewModel.Count;
import dev.wsconsole.desktop.overview.OverviewViewModel.Summary;
import dev.wsconsole.model.wire.AuditResponses;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The Overview page: count tiles, the environment and its policies, and the latest audit entries. */
public final class OverviewPage extends VBox {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());
  private final FlowPane tiles = new FlowPane(12, 12);
  private final ListView<String> activity = new ListView<>();
  private final Label activityNote = new Label();

  public OverviewPage(OverviewViewModel vm, String workspaceName) {
    setId("overview-page");
    Label title = new Label(workspaceName);
    title.getStyleClass().add(Styles.TITLE_2);
    Label env = new Label("Environment: " + vm.environment());
    env.setId("overview-environment");
    env.getStyleClass().add(Styles.TITLE_4);
    ListView<String> policies = new ListView<>(vm.policies());
    policies.setId("overview-policies");
    policies.setPrefHeight(110);
    activity.setId("overview-activity");
    activityNote.setId("overview-activity-note");
    Label recent = new Label("Recent activity");
    recent.getStyleClass().add(Styles.TITLE_4);
    getChildren().addAll(title, tiles, env, policies, recent, activityNote, activity);
    setSpacing(10);
    vm.summaryProperty().addListener((o, was, now) -> show(now));
    vm.load();
  }

  private void show(Summary s) {
    if (s == null) {
      return;
    }
    tiles.getChildren().setAll(s.counts().stream().map(OverviewPage::tile).toList());
    activity.getItems().setAll(s.recent().stream().map(OverviewPage::line).toList());
    activityNote.setText(s.mayReadAudit() ? "" : "Your role does not include the audit log.");
  }

  private static Node tile(Count c) {
    Label value = new Label(c.value().isPresent() ? Long.toString(c.value().getAsLong()) : "–");
    value.setId(c.id());
    value.getStyleClass().add(Styles.TITLE_1);
    Label label = new Label(c.label());
    label.getStyleClass().add(Styles.TEXT_MUTED);
    VBox box = new VBox(4, value, label);
    box.setPadding(new Insets(12));
    box.setMinWidth(140);
    box.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-background-radius: 6;");
    return box;
  }

  private static String line(AuditResponses.Event e) {
    return TIME.format(e.timestamp()) + "  " + e.action() + "  " + AuditEvents.result(e)
        + (AuditEvents.reason(e).isBlank() ? "" : " — " + AuditEvents.reason(e));
  }
}
