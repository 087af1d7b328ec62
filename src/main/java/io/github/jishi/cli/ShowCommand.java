package io.github.jishi.cli;

import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.PageRecord;
import io.github.jishi.internal.index.SourcedEventJson;
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
  enum Format { text, json, jsonl, csv }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin Output output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, jsonl or csv (default: ${DEFAULT-VALUE})")
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
      } else if (format != Format.text) {
        output.print(out, Output.Format.valueOf(format.name()), List.of(SourcedEventJson.toJson(e, pages)), Output.EVENT_KEYS);
      } else {
        // page text may hold terminal escapes: everything printed goes through Render.safe
        java.io.StringWriter buffer = new java.io.StringWriter();
        PrintWriter text = new PrintWriter(buffer);
        text.println("id:        " + e.id());
        text.println("date:      " + Render.date(e) + "  (" + e.precision().key() + ", year " + e.yearSource().name().toLowerCase()
            + (e.yearFrom().isEmpty() ? "" : " from " + e.yearFrom()) + ")");
        text.println("programme: " + e.program().orElse("-") + (e.programs().size() > 1 ? "  (also: " + String.join("、", e.programs().subList(1, e.programs().size())) + ")" : ""));
        text.println("action:    " + e.action());
        for (EventPlace p : e.places()) {
          text.println("place:     " + p.name() + (p.code().isEmpty() ? "" : " " + p.code()) + " (" + p.level()
              + (p.city().isEmpty() || p.city().equals(p.name()) ? "" : ", " + p.city())
              + (p.province().isEmpty() || p.province().equals(p.name()) ? "" : ", " + p.province()) + ")");
        }
        if (!e.orgs().isEmpty()) {
          text.println("orgs:      " + String.join("、", e.orgs()));
        }
        text.println("evidence:  " + e.evidence());
        text.println("sources:");
        for (String s : e.sources()) {
          text.println("  " + s + (s.equals(e.source()) ? "  [" + e.title() + ", published " + e.published().map(Object::toString).orElse("?")
              + ", chars " + e.evidenceStart() + "-" + e.evidenceEnd() + "]" : ""));
          PageRecord page = pages.get(s);
          if (page != null && !page.url().isEmpty()) {
            text.println("    " + page.url());
          }
        }
        text.flush();
        out.print(Render.safe(buffer.toString(), false));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
