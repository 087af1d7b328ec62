package io.github.jishi.hardening;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a main class of the test classpath in a JVM of its own, as a user's shell would start
 * jishi: its own process, its own stdout and stderr, its own exit code.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** What a finished child printed and returned. */
  record Result(int exit, String stdout, String stderr) {
    /** The non-blank lines of stderr. */
    List<String> errorLines() {
      return stderr.lines().filter(l -> !l.isBlank()).toList();
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }

  /** A process builder for {@code main} with these arguments; the JVM starts quickly and small. */
  static ProcessBuilder builder(Class<?> main, List<String> args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
    String cache = System.getProperty("jishi.cache");
    if (cache != null) {
      command.add("-Djishi.cache=" + cache);
    }
    command.add(main.getName());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    // options the JVM would announce on stderr, and the switch that adds stack traces
    env.remove("JAVA_TOOL_OPTIONS");
    env.remove("_JAVA_OPTIONS");
    env.remove("JDK_JAVA_OPTIONS");
    env.remove("JISHI_DEBUG");
    return pb;
  }

  /** Runs {@code main} to its end; a child still running after {@code timeout} is killed and the test fails. */
  static Result run(Class<?> main, Duration timeout, List<String> args) {
    try {
      Process p = builder(main, args).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread o = drain(p.getInputStream(), out);
      Thread e = drain(p.getErrorStream(), err);
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        fail(main.getSimpleName() + " " + args + " still running after " + timeout);
      }
      o.join(10_000);
      e.join(10_000);
      return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream sink) {
    Thread t = new Thread(() -> {
      try (in) {
        in.transferTo(sink);
      } catch (IOException ignored) {
        // the child died; what it wrote so far is what there is
      }
    }, "child-output");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
