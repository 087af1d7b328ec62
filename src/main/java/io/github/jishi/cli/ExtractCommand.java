package io.github.jishi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.Jishi;
import io.github.jishi.entity.Mention;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PageAnalysis;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.PageRecord;
import io.github.jishi.internal.index.SourcedEventJson;
import io.github.jishi.source.NoticeFooter;
import io.github.jishi.source.PageFacts;
import io.github.jishi.source.RemovedBlock;
import io.github.jishi.source.SourceDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code jishi extract FILE}: what one page yields, without indexing it. */
@Command(name = "extract", description = "Show what one page yields (text, mentions, events) without indexing it.", mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {
  enum Format { text, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format = Format.text;

  @Option(names = "--show-removed", description = "also show what was cut as page chrome, and why")
  boolean showRemoved;

  @Option(names = "--programs", paramLabel = "FILE", description = "extra programmes: TSV of canonical name, aliases (|), kind, and optionally places (|) and seat")
  Path programs;

  @Option(names = "--lexicon", paramLabel = "DIR",
      description = "a folder of vocabulary files laid over the bundled ones (same names; a line adds, -word removes)")
  Path lexicon;

  @Parameters(paramLabel = "FILE", description = "the page")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Jishi.Builder b = Jishi.builder();
    if (programs != null) {
      b.programs(programs);
    }
    if (lexicon != null) {
      b.lexicon(lexicon);
    }
    List<PageAnalysis> pages = b.build().extract(file);
    if (format == Format.json) {
      if (pages.size() == 1) {
        Render.json(out, json(pages.get(0)));
      } else {
        ArrayNode a = EventJson.mapper().createArrayNode();
        pages.forEach(p -> a.add(json(p)));
        Render.json(out, a);
      }
    } else {
      for (PageAnalysis p : pages) {
        text(out, p);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private ObjectNode json(PageAnalysis p) {
    SourceDocument d = p.document();
    ObjectNode o = EventJson.mapper().createObjectNode();
    o.put("source", d.source());
    o.put("format", d.format().name().toLowerCase(java.util.Locale.ROOT));
    o.put("title", d.title());
    o.put("published", d.published().map(LocalDate::toString).orElse(null));
    o.put("published_from", d.publishedFrom().isEmpty() ? null : d.publishedFrom());
    d.dateline().ifPresent(dl -> {
      ObjectNode dn = o.putObject("dateline");
      dn.put("text", dl.text());
      dn.put("place", dl.place());
      dn.put("month_day", dl.monthDay().map(md -> String.format("%02d-%02d", md.getMonthValue(), md.getDayOfMonth())).orElse(null));
    });
    PageFacts facts = d.facts();
    if (facts.signed().isPresent() || !facts.issuer().isEmpty() || facts.footer().isPresent() || facts.stamp().isPresent()) {
      ObjectNode fn = o.putObject("facts");
      fn.put("signed", facts.signed().map(LocalDate::toString).orElse(null));
      fn.put("issuer", facts.issuer().isEmpty() ? null : facts.issuer());
      fn.put("footer_date", facts.footer().map(f -> f.date().toString()).orElse(null));
      fn.put("footer_issuer", facts.footer().map(NoticeFooter::issuer).filter(s -> !s.isEmpty()).orElse(null));
      fn.put("stamp", facts.stamp().map(LocalDate::toString).orElse(null));
    }
    o.put("text", p.text().text());
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : p.mentions()) {
      ObjectNode mo = mentions.addObject();
      mo.put("type", m.type().key());
      mo.put("text", m.text());
      mo.put("start", m.start());
      mo.put("end", m.end());
      mo.put("canonical", m.canonical());
      m.attributes().forEach(mo::put);
    }
    o.put("url", d.url().isEmpty() ? null : d.url());
    ArrayNode events = o.putArray("events");
    // the events as search gives them: with the page's URL and the page as their one source
    Map<String, PageRecord> page = Map.of(d.source(),
        new PageRecord(d.source(), d.source(), d.title(), d.published(), p.programs(), p.events().size(), d.url()));
    for (PolicyEvent e : p.events()) {
      events.add(SourcedEventJson.toJson(e, page));
    }
    p.programs().forEach(o.putArray("programs")::add);
    if (showRemoved) {
      ArrayNode removed = o.putArray("removed");
      for (RemovedBlock r : d.removed()) {
        removed.addObject().put("reason", r.reason()).put("text", r.text());
      }
    }
    return o;
  }

  private void text(PrintWriter out, PageAnalysis p) {
    SourceDocument d = p.document();
    out.println("source:    " + d.source() + " (" + d.format().name().toLowerCase(java.util.Locale.ROOT) + ")");
    out.println("title:     " + d.title());
    out.println("published: " + d.published().map(LocalDate::toString).orElse("-")
        + (d.publishedFrom().isEmpty() ? "" : " (from " + d.publishedFrom() + ")"));
    d.dateline().ifPresent(dl -> out.println("dateline:  " + dl.text()));
    out.println("programs:  " + String.join("、", p.programs()));
    out.println();
    out.println(p.text().text());
    out.println();
    Render.eventTable(out, p.events());
    if (showRemoved) {
      out.println();
      out.println("removed as page chrome:");
      for (RemovedBlock r : d.removed()) {
        out.println("  [" + r.reason() + "] " + Render.fit(r.text(), Math.max(20, Render.width() - r.reason().length() - 6)).stripTrailing());
      }
    }
  }
}
