package dev.wsconsole.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's {@code wrk} (one thread, keep-alive connections) against one URL and parses its report. */
final class Wrk {
  private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$");
  private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in ([0-9.]+)(us|ms|s|m)");
  private static final Pattern SOCKET = Pattern.compile(
      "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  private Wrk() {}

  /** One run's figures: requests, seconds, p50 and p99 in ms, and errors (socket errors + non-2xx). */
  record Result(long requests, double seconds, double p50Ms, double p99Ms, long errors) {
    double perSecond() {
      return requests / seconds;
    }
  }

  static void requireInstalled() throws IOException, InterruptedException {
    try {
      new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor();
    } catch (IOException e) {
      throw new IllegalStateException("this benchmark drives Debian's wrk: apt-get install -y wrk", e);
    }
  }

  static Result run(String url, String authorization, int connections, int seconds)
      throws IOException, InterruptedException {
    return run(url, authorization, connections, seconds, null);
  }

  /** As {@link #run(String, String, int, int)}, with a Lua {@code script} that writes each request (null: GET). */
  static Result run(String url, String authorization, int connections, int seconds, java.nio.file.Path script)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("wrk", "-t", "1", "-c", Integer.toString(connections),
        "-d", seconds + "s", "--timeout", "5s", "--latency"));
    if (script != null) {
      cmd.addAll(List.of("-s", script.toString()));
    }
    if (authorization != null) {
      cmd.addAll(List.of("-H", "Authorization: " + authorization));
    }
    cmd.add(url);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    return parse(out);
  }

  static Result parse(String out) {
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    long requests = -1;
    double secs = Double.NaN;
    long errors = 0;
    for (String line : out.split("\n")) {
      Matcher m = PERCENTILE.matcher(line);
      if (m.matches()) {
        double ms = toMs(Double.parseDouble(m.group(2)), m.group(3));
        if (m.group(1).equals("50")) {
          p50 = ms;
        } else {
          p99 = ms;
        }
      }
      m = REQUESTS.matcher(line);
      if (m.find()) {
        requests = Long.parseLong(m.group(1));
        secs = toMs(Double.parseDouble(m.group(2)), m.group(3)) / 1000.0;
      }
      m = SOCKET.matcher(line);
      if (m.find()) {
        for (int i = 1; i <= 4; i++) {
          errors += Long.parseLong(m.group(i));
        }
      }
      m = NON_2XX.matcher(line);
      if (m.find()) {
        errors += Long.parseLong(m.group(1));
      }
    }
    if (requests < 0 || Double.isNaN(p50) || Double.isNaN(p99)) {
      throw new IllegalStateException("unreadable wrk report:\n" + out);
    }
    return new Result(requests, secs, p50, p99, errors);
  }

  private static double toMs(double value, String unit) {
    switch (unit) {
      case "us":
        return value / 1000.0;
      case "ms":
        return value;
      case "s":
        return value * 1000.0;
      default:
        return value * 60_000.0;
    }
  }
}
