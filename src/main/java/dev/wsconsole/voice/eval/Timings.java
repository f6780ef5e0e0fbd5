package dev.wsconsole.voice.eval;

import java.util.ArrayList;
import java.util.List;

/** Collects durations and reports medians in milliseconds. */
final class Timings {
  private final List<Long> enrolNanos = new ArrayList<>();
  private final List<Long> trialNanos = new ArrayList<>();

  void enrol(long nanos) {
    enrolNanos.add(nanos);
  }

  void trial(long nanos) {
    trialNanos.add(nanos);
  }

  double medianEnrolMs() {
    return median(enrolNanos);
  }

  double medianTrialMs() {
    return median(trialNanos);
  }

  static double median(List<Long> nanos) {
    if (nanos.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2) / 1e6;
  }
}
