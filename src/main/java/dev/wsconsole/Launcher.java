package dev.wsconsole;

/** Plain entry point of the fat jar. */
public final class Launcher {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
