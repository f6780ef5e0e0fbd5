package dev.wsconsole.voice.capture;

/** Receives the input level of every frame during capture, for a level meter (called on the capture thread). */
@FunctionalInterface
public interface LevelListener {
  /**
   * @param levelDb frame energy in dBFS (about -90 silent .. 0 full scale)
   * @param speech whether the endpointer currently considers this frame speech
   */
  void level(double levelDb, boolean speech);
}
