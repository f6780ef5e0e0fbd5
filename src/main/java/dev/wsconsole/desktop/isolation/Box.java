package dev.wsconsole.desktop.isolation;

/** An axis-aligned rectangle in diagram coordinates (y grows downwards). */
public record Box(double x, double y, double width, double height) {

  public double maxX() {
    return x + width;
  }

  public double maxY() {
    return y + height;
  }

  public double centerX() {
    return x + width / 2;
  }

  /** True when the two boxes share some area (touching edges do not count). */
  public boolean overlaps(Box o) {
    return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
  }

  public boolean contains(Box o) {
    return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
  }

  public boolean contains(DiagramLayout.Point p) {
    return p.x() >= x && p.x() <= maxX() && p.y() >= y && p.y() <= maxY();
  }
}
