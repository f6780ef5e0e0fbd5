package dev.wsconsole.voice.passphrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassphraseGeneratorTest {
  private final PassphraseGenerator generator = new PassphraseGenerator(new SecureRandom());

  @Test
  void phraseHasThreeWordsAndTwoNumbers() {
    String[] parts = generator.next().split(" ");
    assertEquals(5, parts.length);
    assertTrue(parts[1].matches("\\d{2}") && parts[4].matches("\\d{3}"));
    assertTrue(parts[0].matches("[a-z]+") && parts[2].matches("[a-z]+") && parts[3].matches("[a-z]+"));
  }

  @Test
  void passphraseIsNeverReused() {
    Set<String> used = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String phrase = generator.nextUnused(used);
      assertTrue(used.add(PassphraseGenerator.normalise(phrase)), "reused " + phrase);
    }
  }

  @Test
  void reuseCheckIgnoresCaseAndSpacing() {
    Set<String> used = Set.of("maple 42 comet river 817");
    assertFalse(PassphraseGenerator.isUnused("  Maple 42  COMET river 817 ", used));
    assertTrue(PassphraseGenerator.isUnused("maple 42 comet river 818", used));
  }

  @Test
  void exhaustedRandomSourceFailsLoudlyInsteadOfReusing() {
    SecureRandom stuck = new SecureRandom() {
      @Override
      public int nextInt(int bound) {
        return 0;
      }
    };
    PassphraseGenerator fixed = new PassphraseGenerator(stuck);
    Set<String> used = Set.of(fixed.next());
    assertThrows(IllegalStateException.class, () -> fixed.nextUnused(used));
  }
}
