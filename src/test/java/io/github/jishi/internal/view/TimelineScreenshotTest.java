package io.github.jishi.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jishi.IndexListener;
import io.github.jishi.Jishi;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.internal.index.SourcedEventJson;
import io.github.jishi.index.TimelineIndex;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For people to look at: the bundled corpus's timeline page, screenshot by headless Chromium into
 * {@code target/timeline-corpus.png} (desk) and {@code target/timeline-corpus-phone.png}; and the
 * 10,000-event page's script time in a real browser. Skipped where no {@code chromium} is on the
 * PATH (Debian's package provides one).
 */
class TimelineScreenshotTest {
  @TempDir Path tmp;

  @Test
  void screenshot_bundledCorpus() throws Exception {
    Optional<Path> chromium = onPath("chromium").or(() -> onPath("chromium-browser"));
    assumeTrue(chromium.isPresent(), "no chromium on the PATH");
    Path corpus = Path.of("corpus");
    assumeTrue(Files.isDirectory(corpus), "run from the project root");
    Jishi jishi = Jishi.builder().index(tmp.resolve("index")).build();
    jishi.index(List.of(corpus), false, IndexListener.NONE);
    Path html = Path.of("target", "timeline-corpus.html").toAbsolutePath();
    try (TimelineIndex index = jishi.openIndex()) {
      List<PolicyEvent> events = index.search(EventQuery.all());
      Files.createDirectories(html.getParent());
      Files.writeString(html, TimelinePage.render(events, index.pages(SourcedEventJson.sourcesOf(events)), EventQuery.all(), false),
          StandardCharsets.UTF_8);
    }
    shoot(chromium.get(), html, html.resolveSibling("timeline-corpus.png"), "1400,1000");
    shoot(chromium.get(), html, html.resolveSibling("timeline-corpus-phone.png"), "390,1400");
  }

  @Test
  void load_tenThousandEvents_inChromium_measured() throws Exception {
    Optional<Path> chromium = onPath("chromium").or(() -> onPath("chromium-browser"));
    assumeTrue(chromium.isPresent(), "no chromium on the PATH");
    List<PolicyEvent> events = ViewEvents.synthetic(10_000, 11);
    Path html = tmp.resolve("big.html");
    Files.writeString(html, TimelinePage.render(events, ViewEvents.pages(events), EventQuery.all(), false), StandardCharsets.UTF_8);
    Path dom = tmp.resolve("dom.html");
    List<String> cmd = List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--user-data-dir=" + tmp.resolve("profile"),
        "--dump-dom", html.toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("chromium.log").toFile()).redirectOutput(dom.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    var root = org.jsoup.Jsoup.parse(dom.toFile(), "UTF-8").expectFirst("html");
    assertEquals("true", root.attr("data-ready"), "the script ran to the end");
    System.out.println("timeline page, 10,000 events, in Chromium: script " + root.attr("data-timing") + " ms");
  }

  private void shoot(Path chromium, Path html, Path png, String size) throws Exception {
    Files.deleteIfExists(png);
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--hide-scrollbars", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--user-data-dir=" + tmp.resolve("profile"), "--window-size=" + size, "--screenshot=" + png, html.toUri().toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("chromium.log")));
    assertTrue(Files.size(png) > 10_000, "a picture in " + png);
    System.out.println("timeline screenshot: " + png);
  }

  private static Optional<Path> onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
