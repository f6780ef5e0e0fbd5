package dev.wsconsole.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Loads the WAV fixtures made by src/test/resources/voice/make-fixtures.sh. */
public final class Fixtures {
  private Fixtures() {
  }

  public static byte[] wav(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/voice/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/voice/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
