package io.github.jishi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.Jishi;
import io.github.jishi.event.EventJson;
import io.github.jishi.index.EventQuery;
import io.github.jishi.time.TimeExpression;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jishi dates TEXT}: the time expressions in a text, resolved. */
@Command(name = "dates", description = "Show the time expressions in TEXT, resolved against --base.", mixinStandardHelpOptions = true)
final class DatesCommand implements Callable<Integer> {
  enum Format { table, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--base", paramLabel = "YYYY-MM-DD", description = "the date relative expressions count from (default: today)")
  String base;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE})")
  Format format = Format.table;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the text")
  List<String> text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Jishi jishi = Jishi.builder().build();
    LocalDate reference = base == null ? jishi.today() : day(base);
    List<TimeExpression> found = jishi.dates(String.join(" ", text), reference);
    if (format == Format.json) {
      ArrayNode a = EventJson.mapper().createArrayNode();
      for (TimeExpression t : found) {
        ObjectNode o = a.addObject();
        o.put("text", t.text());
        o.put("start", t.start());
        o.put("end", t.end());
        o.put("date", t.date().map(LocalDate::toString).orElse(null));
        o.put("date_end", t.dateEnd().map(LocalDate::toString).orElse(null));
        o.put("precision", t.precision().key());
        o.put("month_day", t.date().isPresent() ? null
            : t.monthDay().map(md -> String.format("%02d-%02d", md.getMonthValue(), md.getDayOfMonth())).orElse(null));
        o.put("year_source", t.yearSource().name().toLowerCase(java.util.Locale.ROOT));
      }
      Render.json(out, a);
    } else {
      for (TimeExpression t : found) {
        String span = t.date().map(d -> d.equals(t.dateEnd().get()) ? d.toString() : d + ".." + t.dateEnd().get())
            .orElse(t.monthDay().map(md -> String.format("????-%02d-%02d", md.getMonthValue(), md.getDayOfMonth())).orElse("?"));
        out.println(Render.fit(t.text(), 20) + " " + Render.fit(span, 23) + " " + t.precision().key() + " [" + t.start() + "," + t.end() + ")");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static LocalDate day(String value) {
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new io.github.jishi.JishiException("bad --base '" + value + "' (expected YYYY-MM-DD)");
    }
    return EventQuery.firstDay(value);
  }
}
