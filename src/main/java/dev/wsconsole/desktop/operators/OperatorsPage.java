package dev.wsconsole.desktop.operators;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.model.Permission;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Operators & review queue page: one tab for the roster, the live queue and operator actions, one for reviews. */
public final class OperatorsPage extends VBox {

  public OperatorsPage(OperatorsViewModel operators, ReviewQueueViewModel reviews) {
    setId("operators-page");
    setSpacing(10);
    Label title = new Label("Operators & review queue");
    title.getStyleClass().add(Styles.TITLE_2);
    TabPane tabs = new TabPane();
    tabs.setId("operators-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    Tab roster = new Tab("Operators", new OperatorRosterPane(operators));
    roster.setId("operators-tab");
    tabs.getTabs().add(roster);
    if (reviews != null) {
      Tab queue = new Tab("Review queue", new ReviewQueuePane(reviews));
      queue.setId("review-tab");
      tabs.getTabs().add(queue);
    }
    getChildren().addAll(title, tabs);
    VBox.setVgrow(tabs, Priority.ALWAYS);
  }

  /** The page for the sidebar: the review tab only for those who may see reviews. */
  public static OperatorsPage open(PageContext context) {
    return new OperatorsPage(new OperatorsViewModel(context),
        context.may(Permission.REVIEW_VIEW) ? new ReviewQueueViewModel(context) : null);
  }
}
