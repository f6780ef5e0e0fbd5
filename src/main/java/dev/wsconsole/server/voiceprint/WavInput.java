package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Checks an uploaded WAV and brings it to what the voice pipeline reads (16 kHz mono 16-bit PCM): stereo is
 * mixed down and other rates from 8 to 48 kHz are resampled; anything else is a 422 naming the problem, and a
 * recording longer than the route allows is a 413.
 */
public final class WavInput {
  public static final int MIN_RATE = 8_000;
  public static final int MAX_RATE = 48_000;
  private static final AudioFormat TARGET = new AudioFormat(VoiceDefaults.SAMPLE_RATE, 16, 1, true, false);

  private WavInput() {}

  /** The sample as 16 kHz mono 16-bit WAV bytes; {@code loc} names the field in errors. */
  public static byte[] normalise(byte[] wav, List<Object> loc, double maxSeconds) {
    AudioInputStream in = open(wav, loc);
    AudioFormat f = in.getFormat();
    double seconds = in.getFrameLength() / (double) f.getFrameRate();
    if (in.getFrameLength() > 0 && seconds > maxSeconds) {
      throw new DomainException(DomainException.Kind.TOO_LARGE, String.format(java.util.Locale.ROOT,
          "Audio sample is %.1f s long; at most %.0f s are accepted here", seconds, maxSeconds));
    }
    if (f.matches(TARGET)) {
      return wav;
    }
    short[] mono = monoSamples(in, loc);
    short[] out = Resampler.resample(mono, (int) f.getSampleRate(), VoiceDefaults.SAMPLE_RATE);
    return toWav(out);
  }

  private static AudioInputStream open(byte[] wav, List<Object> loc) {
    AudioInputStream in;
    try {
      AudioFileFormat file = AudioSystem.getAudioFileFormat(new BufferedInputStream(new ByteArrayInputStream(wav)));
      if (file.getType() != AudioFileFormat.Type.WAVE) {
        throw DomainException.invalid(loc, "Audio must be a WAV file (got " + file.getType() + ")", "value_error");
      }
      in = AudioSystem.getAudioInputStream(new BufferedInputStream(new ByteArrayInputStream(wav)));
    } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
      if (e instanceof DomainException api) {
        throw api;
      }
      throw DomainException.invalid(loc, "Audio is not a readable WAV file (expected 16 kHz mono 16-bit PCM)",
          "value_error");
    }
    AudioFormat f = in.getFormat();
    boolean pcm = f.getEncoding() == AudioFormat.Encoding.PCM_SIGNED
        || f.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED;
    if (!pcm || f.getChannels() < 1 || f.getChannels() > 2 || f.getSampleRate() < MIN_RATE
        || f.getSampleRate() > MAX_RATE) {
      throw DomainException.invalid(loc, "Unsupported WAV format " + describe(f) + "; send 16 kHz mono 16-bit PCM"
          + " (PCM at 8-48 kHz, mono or stereo, is converted)", "value_error");
    }
    return in;
  }

  private static short[] monoSamples(AudioInputStream source, List<Object> loc) {
    AudioFormat f = source.getFormat();
    AudioFormat pcm16 = new AudioFormat(f.getSampleRate(), 16, f.getChannels(), true, false);
    try (AudioInputStream in = f.matches(pcm16) ? source : AudioSystem.getAudioInputStream(pcm16, source)) {
      byte[] bytes = in.readAllBytes();
      int channels = f.getChannels();
      short[] mono = new short[bytes.length / (2 * channels)];
      for (int i = 0; i < mono.length; i++) {
        int sum = 0;
        for (int c = 0; c < channels; c++) {
          int at = 2 * (i * channels + c);
          sum += (short) ((bytes[at] & 0xff) | (bytes[at + 1] << 8));
        }
        mono[i] = (short) (sum / channels);
      }
      return mono;
    } catch (IOException | IllegalArgumentException e) {
      throw DomainException.invalid(loc, "Cannot convert WAV format " + describe(f) + " to 16-bit PCM", "value_error");
    }
  }

  static byte[] toWav(short[] samples) {
    byte[] pcm = new byte[samples.length * 2];
    for (int i = 0; i < samples.length; i++) {
      pcm[2 * i] = (byte) samples[i];
      pcm[2 * i + 1] = (byte) (samples[i] >> 8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 44);
    try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), TARGET, samples.length)) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing WAV to memory failed", e);
    }
    return out.toByteArray();
  }

  private static String describe(AudioFormat f) {
    return String.format(java.util.Locale.ROOT, "%s %d-bit %.0f Hz %d channel(s)", f.getEncoding(),
        f.getSampleSizeInBits(), f.getSampleRate(), f.getChannels());
  }
}
