package dev.wsconsole.bench;

import dev.wsconsole.Main;
import dev.wsconsole.desktop.app.ConsolePages;
import dev.wsconsole.desktop.shell.PageSpec;
import dev.wsconsole.server.cli.CommandLine;
import java.util.List;

/**
 * Issue 6's memory benchmark: the console as users run it (embedded backend on the data folder in
 * {@code XDG_DATA_HOME}, here the demo's), heap used after GC and process RSS after sign-in, after
 * visiting every sidebar page, and after each further round of visits (growth there would be a leak).
 *
 * <p>Run: {@code bash src/test/scripts/memory-bench.sh} (builds the demo, then runs this under Xvfb).
 * Arguments: email, password, the seconds each page is given to load (default 3), rounds (default 2).
 */
public final class MemoryTour {
  private MemoryTour() {}

  public static void main(String[] args) throws Exception {
    System.out.println(ConsoleDriver.machine());
    long settle = args.length > 2 ? Long.parseLong(args[2]) * 1000 : 3_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    ConsoleDriver console = new ConsoleDriver();
    console.open(Main.plan(CommandLine.parse(new String[0]), System.getenv()));
    console.signIn(args[0], args[1]);
    Thread.sleep(settle);
    report("after sign-in (Overview shown)");
    List<PageSpec> pages = ConsolePages.all(console.background);
    for (int round = 1; round <= rounds; round++) {
      for (PageSpec page : pages) {
        ConsoleDriver.onFx(() -> {
          console.window.shell().show(page.id());
          return null;
        });
        Thread.sleep(settle);
      }
      report("after visiting all " + pages.size() + " pages, round " + round);
    }
    System.exit(0);
  }

  /** With {@code -Dmemorytour.histograms=DIR}, the live-class histogram at each report, for diffing rounds. */
  private static void histogram(String name) throws Exception {
    String dir = System.getProperty("memorytour.histograms");
    if (dir != null) {
      Object text = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
          new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      java.nio.file.Files.writeString(java.nio.file.Path.of(dir, name + ".txt"), text.toString());
    }
  }

  private static void report(String when) throws Exception {
    histogram(when.replaceAll("\\W+", "-"));
    System.out.printf("%-45s heap used after GC %6.1f MiB, RSS %6.1f MiB%n", when, ConsoleDriver.heapAfterGcMiB(),
        ConsoleDriver.rssMiB());
  }
}
