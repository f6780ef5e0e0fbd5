package dev.wsconsole.desktop.isolation;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/** A clipped viewport that zooms its content (Ctrl+wheel, or the zoom methods) and pans it (drag, or wheel). */
public final class ZoomPane extends Region {
  static final double MIN_SCALE = 0.2;
  static final double MAX_SCALE = 4;
  static final double STEP = 1.25;
  private final Node content;
  private final Translate translate = new Translate();
  private final Scale scale = new Scale(1, 1, 0, 0);
  private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
  private double dragX;
  private double dragY;

  public ZoomPane(Node content) {
    this.content = content;
    // The transforms sit on a holder, so the content itself can be snapshotted untransformed.
    javafx.scene.Group holder = new javafx.scene.Group(content);
    holder.getTransforms().setAll(translate, scale);
    getChildren().add(holder);
    getStyleClass().add("iso-viewport");
    setMinSize(100, 100);
    setPrefSize(720, 440);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    setOnScroll(this::scrolled);
    setOnMousePressed(this::pressed);
    setOnMouseDragged(this::dragged);
    setOnMouseReleased(e -> setCursor(Cursor.DEFAULT));
  }

  /** The current zoom factor (1 = 100 %). */
  public ReadOnlyDoubleProperty zoomProperty() {
    return zoom.getReadOnlyProperty();
  }

  /** The content's offset in the viewport, for tests and the PNG export. */
  public double offsetX() {
    return translate.getX();
  }

  public double offsetY() {
    return translate.getY();
  }

  public void zoomIn() {
    zoomAt(STEP, getWidth() / 2, getHeight() / 2);
  }

  public void zoomOut() {
    zoomAt(1 / STEP, getWidth() / 2, getHeight() / 2);
  }

  public void actualSize() {
    setScale(1);
    translate.setX(0);
    translate.setY(0);
  }

  /** Scales the content to fit the viewport (never above 100 %) and centres it. */
  public void fit() {
    Bounds b = content.getLayoutBounds();
    if (b.getWidth() <= 0 || b.getHeight() <= 0 || getWidth() <= 0 || getHeight() <= 0) {
      return;
    }
    setScale(Math.min(1, Math.min(getWidth() / b.getWidth(), getHeight() / b.getHeight())));
    translate.setX((getWidth() - b.getWidth() * scale.getX()) / 2);
    translate.setY((getHeight() - b.getHeight() * scale.getY()) / 2);
  }

  /** Zooms by {@code factor} keeping the content point under ({@code x}, {@code y}) in place. */
  public void zoomAt(double factor, double x, double y) {
    double before = scale.getX();
    setScale(before * factor);
    double ratio = scale.getX() / before;
    translate.setX(x - (x - translate.getX()) * ratio);
    translate.setY(y - (y - translate.getY()) * ratio);
  }

  /** Moves the content by (dx, dy) pixels. */
  public void panBy(double dx, double dy) {
    translate.setX(translate.getX() + dx);
    translate.setY(translate.getY() + dy);
  }

  private void setScale(double s) {
    double clamped = Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    scale.setX(clamped);
    scale.setY(clamped);
    zoom.set(clamped);
  }

  private void scrolled(ScrollEvent e) {
    if (e.isControlDown()) {
      zoomAt(e.getDeltaY() > 0 ? STEP : 1 / STEP, e.getX(), e.getY());
    } else {
      panBy(e.getDeltaX(), e.getDeltaY());
    }
    e.consume();
  }

  private void pressed(MouseEvent e) {
    dragX = e.getX();
    dragY = e.getY();
    setCursor(Cursor.MOVE);
  }

  private void dragged(MouseEvent e) {
    panBy(e.getX() - dragX, e.getY() - dragY);
    dragX = e.getX();
    dragY = e.getY();
  }

  @Override
  protected void layoutChildren() {
    // The content keeps its own coordinates; only the transforms move it.
  }
}
