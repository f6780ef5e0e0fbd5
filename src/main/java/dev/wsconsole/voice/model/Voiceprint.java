package dev.wsconsole.voice.model;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

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
  private static final int HEADER_BYTES = 32;

  /** Compact binary form for storage (4 bytes per mean value plus a 32-byte header). */
  public byte[] toBytes() {
    int k = means.length;
    int d = means[0].length;
    ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + 4 * k * d);
    out.putInt(MAGIC).putInt(FORMAT).putInt(featureVersion).putLong(backgroundModelId)
        .putFloat((float) speechSeconds).putInt(k).putInt(d);
    FloatBuffer floats = out.asFloatBuffer();
    for (float[] row : means) {
      floats.put(row);
    }
    return out.array();
  }

  /** Parses bytes written by {@link #toBytes()}; throws IllegalArgumentException for anything else. */
  public static Voiceprint fromBytes(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
        throw new IllegalArgumentException("not a voiceprint");
      }
      int featureVersion = in.getInt();
      long modelId = in.getLong();
      double seconds = in.getFloat();
      int k = in.getInt();
      int d = in.getInt();
      if (k <= 0 || d <= 0 || HEADER_BYTES + 4L * k * d != bytes.length) {
        throw new IllegalArgumentException("corrupt voiceprint");
      }
      FloatBuffer floats = in.asFloatBuffer();
      float[][] means = new float[k][d];
      for (float[] row : means) {
        floats.get(row);
      }
      return new Voiceprint(featureVersion, modelId, seconds, means);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("truncated voiceprint", e);
    }
  }
}
