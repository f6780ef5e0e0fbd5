package dev.wsconsole.desktop.isolation;

/**
 * Sizes of boxes and frames from their text, so the layout needs no fonts (and no JavaFX): a generous
 * estimate of a 13 px system font.
 */
public final class NodeSizes {
  static final double CHAR_WIDTH = 7.4;
  static final double NODE_MIN_WIDTH = 150;
  static final double NODE_HEIGHT = 58;
  static final double PADDING_X = 20;
  /** The frame's top band holds the workspace name and the environment badge. */
  static final double FRAME_TITLE_BAND = 46;
  static final double FRAME_PADDING = 18;
  static final double BADGE_GAP = 10;

  private NodeSizes() {}

  public static double textWidth(String text) {
    return text.length() * CHAR_WIDTH;
  }

  public static double nodeWidth(DiagramNode node) {
    double text = Math.max(textWidth(node.kind().title()), textWidth(node.countText()));
    return Math.max(NODE_MIN_WIDTH, Math.ceil(text + 2 * PADDING_X));
  }

  public static double nodeHeight() {
    return NODE_HEIGHT;
  }

  /** The environment badge's width. */
  public static double badgeWidth(WorkspaceGraph w) {
    return textWidth(w.environment().wireName()) + 16;
  }

  /** The narrowest frame that still shows the name and the badge. */
  public static double frameMinWidth(WorkspaceGraph w) {
    return Math.ceil(textWidth(w.name()) + BADGE_GAP + badgeWidth(w) + 2 * FRAME_PADDING);
  }
}
