package io.github.jishi.cli;

import io.github.jishi.IndexListener;
import io.github.jishi.Jishi;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.TimelineIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * Runs the common paths once on a throw-away index, touching nothing of the user's.
 *
 * <p>The launcher runs it after a build with {@code -XX:ArchiveClassesAtExit} so later starts map
 * the classes these paths need from a class-data archive instead of loading them one by one.
 */
@Command(name = "warmup", hidden = true, description = "Exercise the common paths on a temporary index.")
final class WarmupCommand implements Callable<Integer> {
  @Override
  public Integer call() throws IOException {
    Path tmp = Files.createTempDirectory("jishi-warmup");
    try {
      Path page = tmp.resolve("page.txt");
      Files.writeString(page, "杭州先导区获批\n发布时间：2021-02-20 09:30\n2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。\n",
          StandardCharsets.UTF_8);
      Jishi jishi = Jishi.builder().index(tmp.resolve("index")).threads(1).build();
      jishi.index(List.of(page), false, IndexListener.NONE);
      PrintWriter sink = new PrintWriter(Writer.nullWriter());
      try (TimelineIndex index = jishi.openIndex()) {
        List<PolicyEvent> events = index.search(EventQuery.builder().city("杭州").from("2021").to("2021").program("先导区").build());
        Render.eventTable(sink, events);
        var array = EventJson.mapper().createArrayNode();
        events.forEach(e -> array.add(EventJson.toJson(e)));
        Render.json(sink, array);
        index.programs(jishi::aliases);
        index.cities();
      }
      return ExitCodes.OK;
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
