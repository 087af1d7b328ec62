package io.github.jishi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a shell runs it: other working folders, two processes at once, a full output device. */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class CliRealProcessTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  private Process start(Path workDir, List<String> jvmOptions, File stdout, String... args) throws IOException {
    Path argFile = Files.createTempFile(tmp, "args", ".txt");
    Files.write(argFile, List.of(args), StandardCharsets.UTF_8);
    ProcessBuilder pb = ChildJvm.builder(CliChild.class, new ArrayList<>(List.of(argFile.toString())));
    pb.command().addAll(1, jvmOptions);
    pb.directory(workDir.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(ChildJvm.nullDevice()));
    pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.to(stdout));
    pb.redirectError(tmp.resolve("err-" + argFile.getFileName()).toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    return p;
  }

  private Run finish(Process p) throws Exception {
    String out = p.info().command().isPresent() || true ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
    assertTrue(p.waitFor(200, TimeUnit.SECONDS), "child still running");
    return new Run(p.exitValue(), out, "");
  }

  private Run run(Path workDir, String... args) throws Exception {
    Process p = start(workDir, List.of(), null, args);
    return finish(p);
  }

  static String page(String city, int day) {
    return city + "先导区获批\n发布时间：2021-02-" + (day + 1) + " 09:30\n2月" + day + "日，工业和信息化部印发通知，支持" + city
        + "创建国家人工智能创新应用先导区。\n";
  }

  @Test
  void pruneFromAnotherWorkingFolder_dropsNothingThatExists() throws Exception {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Path good = Files.createDirectories(project.resolve("good"));
    Files.writeString(good.resolve("a.txt"), page("杭州", 19), StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    assertEquals(0, run(project, "index", "--index", index.toString(), "good").exit());
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("b.txt"), page("广州", 18), StandardCharsets.UTF_8);
    assertEquals(0, run(elsewhere, "index", "--index", index.toString(), "--prune", "b.txt").exit());
    JsonNode events = JSON.readTree(run(elsewhere, "search", "--index", index.toString(), "--format", "json").out());
    assertEquals(2, events.size(), events.toString());
  }

  @Test
  void twoFirstUseSearchesAtOnce_theSecondWaits() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("checkout"));
    Path corpus = Files.createDirectories(home.resolve("corpus"));
    for (int i = 0; i < 12; i++) {
      Files.writeString(corpus.resolve("p" + i + ".txt"), page(i % 2 == 0 ? "杭州" : "广州", 10 + i), StandardCharsets.UTF_8);
    }
    List<String> opts = List.of("-Djishi.home=" + home);
    Process a = start(home, opts, null, "search", "--format", "json");
    Process b = start(home, opts, null, "search", "--format", "json");
    Run ra = finish(a);
    Run rb = finish(b);
    assertEquals(0, ra.exit(), ra.toString());
    assertEquals(0, rb.exit(), rb.toString());
    assertEquals(JSON.readTree(ra.out()).size(), JSON.readTree(rb.out()).size());
    assertTrue(JSON.readTree(ra.out()).size() >= 12);
  }

  @Test
  void outputToAFullDevice_exitsNonZero() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full here");
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.txt"), page("杭州", 19), StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    assertEquals(0, run(tmp, "index", "--index", index.toString(), pages.toString()).exit());
    Process p = start(tmp, List.of(), full, "search", "--index", index.toString(), "--format", "json");
    assertTrue(p.waitFor(200, TimeUnit.SECONDS));
    assertNotEquals(0, p.exitValue());
  }
}
