package dev.wsconsole.voice.model;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The universal background model plus a built-in cohort of impostor models (MAP-adapted background
 * speakers) used to normalise scores when a workspace has few or no other enrolled speakers.
 */
public final class BackgroundModel {
  /** Classpath location of the trained model. */
  public static final String RESOURCE = "/dev/wsconsole/voice/ubm.bin";
  private static final int MAGIC = 0x57535542; // "WSUB"

  private final int featureVersion;
  private final DiagonalGmm ubm;
  private final List<float[][]> cohort;
  private final long id;

  public BackgroundModel(int featureVersion, DiagonalGmm ubm, List<float[][]> cohort) {
    this.featureVersion = featureVersion;
    this.ubm = ubm;
    this.cohort = List.copyOf(cohort);
    this.id = checksum(ubm);
  }

  private static long checksum(DiagonalGmm ubm) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      ubm.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CRC32 crc = new CRC32();
    crc.update(buffer.toByteArray());
    return crc.getValue();
  }

  /** Loads the model shipped on the classpath. */
  public static BackgroundModel loadDefault() {
    try (InputStream in = BackgroundModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int featureVersion() {
    return featureVersion;
  }

  public DiagonalGmm ubm() {
    return ubm;
  }

  /** Means of the built-in impostor models. */
  public List<float[][]> cohort() {
    return cohort;
  }

  /** Checksum identifying this model; stored in voiceprints adapted from it. */
  public long id() {
    return id;
  }

  /** Serialised form: UBM as floats, cohort means as 8-bit offsets from the UBM means. */
  public byte[] toBytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(MAGIC);
      out.writeInt(featureVersion);
      ubm.write(out);
      out.writeInt(cohort.size());
      for (float[][] means : cohort) {
        writeOffsets(out, means);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** 8-bit offsets from the UBM means, one scale per dimension: the cohort only needs score-level accuracy. */
  private void writeOffsets(DataOutputStream out, float[][] means) throws IOException {
    int d = ubm.dimension();
    float[] scale = new float[d];
    for (int i = 0; i < d; i++) {
      float max = 1e-6f;
      for (int c = 0; c < means.length; c++) {
        max = Math.max(max, Math.abs(means[c][i] - ubm.mean(c)[i]));
      }
      scale[i] = max / Byte.MAX_VALUE;
      out.writeFloat(scale[i]);
    }
    for (int c = 0; c < means.length; c++) {
      for (int i = 0; i < d; i++) {
        out.writeByte(Math.round((means[c][i] - ubm.mean(c)[i]) / scale[i]));
      }
    }
  }

  /** Reads the serialised form. */
  public static BackgroundModel read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a background model");
    }
    int version = in.readInt();
    DiagonalGmm ubm = DiagonalGmm.read(in);
    int count = in.readInt();
    List<float[][]> cohort = new ArrayList<>(count);
    for (int m = 0; m < count; m++) {
      float[] scale = new float[ubm.dimension()];
      for (int i = 0; i < scale.length; i++) {
        scale[i] = in.readFloat();
      }
      float[][] means = new float[ubm.components()][ubm.dimension()];
      for (int c = 0; c < means.length; c++) {
        for (int i = 0; i < means[c].length; i++) {
          means[c][i] = ubm.mean(c)[i] + in.readByte() * scale[i];
        }
      }
      cohort.add(means);
    }
    return new BackgroundModel(version, ubm, cohort);
  }
}
