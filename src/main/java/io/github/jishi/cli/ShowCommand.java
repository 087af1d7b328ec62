package io.github.jishi.cli;

import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.PageRecord;
import io.github.jishi.index.SourcedEventJson;
import io.github.jishi.index.TimelineIndex;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code jishi show ID}: one event with its evidence and all its sources. */
@Command(name = "show", description = "Show one event with its evidence and all its sources.", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
  enum Format { text, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format = Format.text;

  @Parameters(paramLabel = "ID", description = "an event id from search")
  String id;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Jishi jishi = indexOptions.forReading(spec.commandLine().getErr());
    try (TimelineIndex index = jishi.openIndex()) {
      PolicyEvent e = index.find(id).orElseThrow(() -> new JishiException("no event with id '" + id + "' (ids are shown by: jishi search --format json)"));
      Map<String, PageRecord> pages = index.pages(SourcedEventJson.sourcesOf(List.of(e)));
      if (format == Format.json) {
        Render.json(out, SourcedEventJson.toJson(e, pages));
      } else {
        out.println("id:        " + e.id());
        out.println("date:      " + Render.date(e) + "  (" + e.precision().key() + ", year " + e.yearSource().name().toLowerCase()
            + (e.yearFrom().isEmpty() ? "" : " from " + e.yearFrom()) + ")");
        out.println("programme: " + e.program().orElse("-") + (e.programs().size() > 1 ? "  (also: " + String.join("、", e.programs().subList(1, e.programs().size())) + ")" : ""));
        out.println("action:    " + e.action());
        for (EventPlace p : e.places()) {
          out.println("place:     " + p.name() + (p.code().isEmpty() ? "" : " " + p.code()) + " (" + p.level()
              + (p.city().isEmpty() || p.city().equals(p.name()) ? "" : ", " + p.city())
              + (p.province().isEmpty() || p.province().equals(p.name()) ? "" : ", " + p.province()) + ")");
        }
        if (!e.orgs().isEmpty()) {
          out.println("orgs:      " + String.join("、", e.orgs()));
        }
        out.println("evidence:  " + e.evidence());
        out.println("sources:");
        for (String s : e.sources()) {
          out.println("  " + s + (s.equals(e.source()) ? "  [" + e.title() + ", published " + e.published().map(Object::toString).orElse("?")
              + ", chars " + e.evidenceStart() + "-" + e.evidenceEnd() + "]" : ""));
          PageRecord page = pages.get(s);
          if (page != null && !page.url().isEmpty()) {
            out.println("    " + page.url());
          }
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
