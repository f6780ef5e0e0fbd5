package dev.wsconsole.voice.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A speaker's enrolled model: MAP-adapted UBM means plus the metadata needed to refuse mismatched versions.
 *
 * @param featureVersion feature pipeline version the means were computed with
 * @param backgroundModelId identifier of the UBM the means were adapted from
 * @param speechSeconds seconds of detected speech that went into the model
 * @param means adapted means, one row per UBM component
 */
public record Voiceprint(int featureVersion, long backgroundModelId, double speechSeconds, float[][] means) {
  private static final int MAGIC = 0x57535650; // "WSVP"
  private static final int FORMAT = 1;

  /** Compact binary form for storage (about 4 bytes per mean value). */
  public byte[] toBytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(featureVersion);
      out.writeLong(backgroundModelId);
      out.writeFloat((float) speechSeconds);
      out.writeInt(means.length);
      out.writeInt(means[0].length);
      for (float[] row : means) {
        for (float v : row) {
          out.writeFloat(v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** Parses bytes written by {@link #toBytes()}; throws IllegalArgumentException for anything else. */
  public static Voiceprint fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        throw new IllegalArgumentException("not a voiceprint");
      }
      int featureVersion = in.readInt();
      long modelId = in.readLong();
      double seconds = in.readFloat();
      int k = in.readInt();
      int d = in.readInt();
      if (k <= 0 || d <= 0 || k * (long) d * 4 > bytes.length) {
        throw new IllegalArgumentException("corrupt voiceprint");
      }
      float[][] means = new float[k][d];
      for (float[] row : means) {
        for (int i = 0; i < d; i++) {
          row[i] = in.readFloat();
        }
      }
      return new Voiceprint(featureVersion, modelId, seconds, means);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated voiceprint", e);
    }
  }
}
