package dev.wsconsole.voice.passphrase;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Makes randomized sign-in passphrases (words and numbers) that never repeat a previously used one. */
public final class PassphraseGenerator {
  private static final List<String> WORDS = List.of(
      "amber", "anchor", "arrow", "autumn", "badger", "bamboo", "beacon", "bicycle", "blossom", "breeze",
      "button", "cactus", "candle", "canyon", "carpet", "castle", "cedar", "cherry", "circle", "cobalt",
      "comet", "copper", "coral", "cotton", "crystal", "dancer", "desert", "dolphin", "dragon", "ember",
      "falcon", "feather", "fiddle", "forest", "fossil", "garden", "glacier", "granite", "harbor", "hazel",
      "helmet", "island", "jacket", "jasmine", "kettle", "ladder", "lantern", "lemon", "lizard", "magnet",
      "maple", "marble", "meadow", "mirror", "monkey", "nectar", "needle", "oasis", "orbit", "orchid",
      "otter", "paddle", "parrot", "pebble", "pepper", "pilot", "planet", "pocket", "puzzle", "quartz",
      "rabbit", "raven", "ribbon", "river", "rocket", "saddle", "salmon", "signal", "silver", "spider",
      "summit", "sunset", "tablet", "thunder", "timber", "tomato", "tulip", "tunnel", "velvet", "violet",
      "walnut", "wagon", "willow", "window", "winter", "wizard", "yellow", "zebra", "zephyr", "lobster");
  private static final int MAX_ATTEMPTS = 1000;

  private final SecureRandom random;

  public PassphraseGenerator(SecureRandom random) {
    this.random = random;
  }

  /** A phrase like "maple 42 comet river 817": three words and two numbers, about 3-4 s to say. */
  public String next() {
    return String.join(" ", word(), String.valueOf(10 + random.nextInt(90)), word(), word(),
        String.valueOf(100 + random.nextInt(900)));
  }

  /** A fresh phrase that is not in {@code used} (compared after normalisation). */
  public String nextUnused(Set<String> used) {
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      String phrase = next();
      if (isUnused(phrase, used)) {
        return phrase;
      }
    }
    throw new IllegalStateException("could not find an unused passphrase");
  }

  /** True when no phrase in {@code used} equals this one, ignoring case and spacing. */
  public static boolean isUnused(String phrase, Set<String> used) {
    String key = normalise(phrase);
    return used.stream().map(PassphraseGenerator::normalise).noneMatch(key::equals);
  }

  /** Lower case, single spaces: the form to store in a set of used phrases. */
  public static String normalise(String phrase) {
    return phrase.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private String word() {
    return WORDS.get(random.nextInt(WORDS.size()));
  }
}
