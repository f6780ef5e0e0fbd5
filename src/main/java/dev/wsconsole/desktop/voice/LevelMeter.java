package dev.wsconsole.desktop.voice;

/** Maps a frame's level in dBFS to the fill of a level meter: -60 dB and below empty, 0 dB full. */
final class LevelMeter {
  private static final double FLOOR_DB = -60;

  private LevelMeter() {}

  static double fraction(double levelDb) {
    if (Double.isNaN(levelDb)) {
      return 0;
    }
    return Math.max(0, Math.min(1, (levelDb - FLOOR_DB) / -FLOOR_DB));
  }
}
