package io.github.jishi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jishi.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up mid-run, for real: a 256 KB tmpfs (only where the test may mount one, as root
 * on Linux; skipped elsewhere). The run says so in words and the last commit stays searchable.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DiskFullTest {
  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  private static boolean sh(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void diskFull_saysNoSpaceLeft_andKeepsTheLastCommit() throws Exception {
    Path small = Files.createDirectories(tmp.resolve("small"));
    assumeTrue(System.getProperty("os.name").startsWith("Linux") && sh("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", small.toString()),
        "cannot mount a small tmpfs here");
    try {
      Path index = small.resolve("index");
      Path first = Files.createDirectories(tmp.resolve("first"));
      Files.writeString(first.resolve("a.txt"), "杭州先导区获批\n发布时间：2021-02-20 09:30\n2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。\n",
          StandardCharsets.UTF_8);
      assertEquals(0, run("index", "--index", index.toString(), first.toString()).code());
      Path big = Files.createDirectories(tmp.resolve("big"));
      for (int i = 0; i < 300; i++) {
        StringBuilder sb = new StringBuilder("第" + i + "页\n发布时间：2021-02-20\n");
        for (int j = 0; j < 40; j++) {
          sb.append("2月").append(j % 28 + 1).append("日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区").append(i).append("号").append(j).append("。");
        }
        Files.writeString(big.resolve("p" + i + ".txt"), sb, StandardCharsets.UTF_8);
      }
      Result full = run("index", "--index", index.toString(), big.toString());
      assertEquals(1, full.code(), full.err());
      assertTrue(full.err().contains("no space left on device while writing index " + index), full.err());
      assertFalse(full.err().contains("AlreadyClosedException") || full.err().contains("internal error"), full.err());
      // nothing of this run reached a commit: every file of it is listed as not indexed
      assertTrue(full.err().contains("jishi: not indexed (300 files; run again to index them):"), full.err());
      assertTrue(full.err().contains("\n  " + big.resolve("p299.txt") + "\n"), full.err());
      Result search = run("search", "--index", index.toString(), "--format", "json");
      assertEquals(0, search.code(), search.err());
      assertTrue(search.out().contains("2021-02-19"), search.out());
    } finally {
      sh("umount", small.toString());
    }
  }
}
