package dev.wsconsole.desktop.isolation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** Writes the diagram to disk: a PNG snapshot of the drawn nodes, the SVG drawing, or the mermaid text. */
public final class DiagramExports {
  private DiagramExports() {}

  /** Snapshots {@code drawing} at {@code scale} (2 for crisp images) and writes it as PNG; FX thread only. */
  public static void png(Node drawing, double scale, Path file) throws IOException {
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.TRANSPARENT);
    params.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
    WritableImage image = drawing.snapshot(params, null);
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    out.setRGB(0, 0, w, h, argb, 0, w);
    if (!ImageIO.write(out, "png", file.toFile())) {
      throw new IOException("no PNG writer in this Java runtime");
    }
  }

  public static void svg(DiagramLayout layout, DiagramPalette palette, Path file) throws IOException {
    Files.writeString(file, SvgWriter.write(layout, palette), StandardCharsets.UTF_8);
  }

  public static void mermaid(IsolationDiagram diagram, Path file) throws IOException {
    Files.writeString(file, MermaidWriter.write(diagram), StandardCharsets.UTF_8);
  }
}
