package io.github.jishi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Wall time of commands in fresh processes: {@code jishi search --city 杭州} through the launcher
 * against a small index, and {@code java -version} as the floor any JVM start pays.
 */
final class ColdStartBenchmark {
  private static final long TIMEOUT_SECONDS = 600;

  /** The wall times of the runs, in seconds, after one untimed run. */
  record Timing(List<Double> seconds) {
    double median() {
      double[] s = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    double min() {
      return seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
  }

  private ColdStartBenchmark() {}

  /** The launcher script of a jishi home, when there is one. */
  static Optional<Path> launcher(Path home) {
    Path script = home.resolve("jishi");
    return Files.isRegularFile(script) ? Optional.of(script) : Optional.empty();
  }

  /** {@code jishi search --index INDEX --city 杭州}, run {@code runs} times through {@code launcher}. */
  static Timing search(Path launcher, Path index, int runs) throws IOException {
    return time(List.of("bash", launcher.toString(), "search", "--index", index.toString(), "--city", "杭州"), runs);
  }

  /** {@code java -version} with the java the launcher finds on the PATH. */
  static Timing javaVersion(int runs) throws IOException {
    return time(List.of("java", "-version"), runs);
  }

  private static Timing time(List<String> command, int runs) throws IOException {
    run(command); // untimed: page cache, and the launcher's build check
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      run(command);
      out.add((System.nanoTime() - t0) / 1e9);
    }
    return new Timing(out);
  }

  private static void run(List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = pb.environment();
    env.put("LC_ALL", "C.UTF-8");
    env.remove("JISHI_JAVA_OPTS");
    Process p = pb.start();
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " took over " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed with exit code " + p.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(String.join(" ", command) + " was interrupted");
    }
  }
}
