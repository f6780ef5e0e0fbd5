package dev.wsconsole.desktop.voice;

import java.util.List;

/** Short passages for enrolment: everyday clinic sentences with a spread of speech sounds. */
public final class EnrolmentPassages {
  /** Three passages, about five seconds each when read at an easy pace. */
  public static final List<String> DEFAULT = List.of(
      "The quick clinic nurse checked seven charts before the morning rounds began.",
      "Please schedule my follow-up visit for Thursday at half past two in the afternoon.",
      "Bright yellow jars of vitamins were stacked beside the pharmacy window.");

  private EnrolmentPassages() {}
}
