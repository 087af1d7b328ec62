package io.github.jishi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages (AsciiDoc, one per command, by picocli-codegen) to {@code target/man}:
 * {@code mvn -q test -Dtest=ManPageTest}, then {@code asciidoctor -b manpage target/man/*.adoc}.
 */
class ManPageTest {
  @Test
  void manPages_forEveryCommand() throws Exception {
    Path out = Path.of("target", "man");
    Files.createDirectories(out);
    CommandLine cl = Main.commandLine();
    cl.addSubcommand("gen-manpage", new ManPageGenerator());
    int code = cl.execute("gen-manpage", "--outdir=" + out, "--force");
    assertEquals(0, code);
    String main = Files.readString(out.resolve("jishi.adoc"), StandardCharsets.UTF_8);
    assertTrue(main.contains("search"), main);
    String search = Files.readString(out.resolve("jishi-search.adoc"), StandardCharsets.UTF_8);
    assertTrue(search.contains("--offset") && search.contains("--bom"), search);
  }
}
