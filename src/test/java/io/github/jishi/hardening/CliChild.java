package io.github.jishi.hardening;

import io.github.jishi.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the jishi CLI in a child JVM with the arguments read from a UTF-8 file, one per line: the
 * platform charset of a test machine may not carry 杭州 through a command line intact.
 */
public final class CliChild {
  private CliChild() {}

  public static void main(String[] args) throws IOException {
    String[] cli = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).toArray(String[]::new);
    Main.main(cli);
  }
}
