package io.github.jishi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.internal.text.TextNormalizer;
import io.github.jishi.internal.time.TimeContext;
import io.github.jishi.text.NormalizedText;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.internal.time.TimeParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jishi dates TEXT}: the time expressions in a text, resolved. */
@Command(name = "dates", mixinStandardHelpOptions = true,
    description = {"Show the time expressions in TEXT, resolved against --base.",
        "With --lines, read one text per line (from FILE, or standard input when FILE is - or absent) and resolve each on its own;",
        "--format jsonl then prints one JSON array per input line, in order."})
final class DatesCommand implements Callable<Integer> {
  enum Format { table, json, jsonl }

  /** {@code YYYY-MM-DD}, optionally followed by {@code T} or a space and {@code HH:MM[:SS]}. */
  private static final Pattern BASE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?))?");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--base", paramLabel = "DATE[THH:MM]",
      description = "the day (and optionally time) relative expressions count from (default: today)")
  String base;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or jsonl (default: ${DEFAULT-VALUE})")
  Format format = Format.table;

  @Option(names = "--lines", arity = "0..1", paramLabel = "FILE", fallbackValue = "-",
      description = "one text per line from FILE (or standard input), each resolved on its own")
  String lines;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "the text")
  List<String> text;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    LocalDateTime reference = base == null ? Jishi.builder().build().today().atStartOfDay() : dateTime(base);
    boolean timeGiven = base != null && BASE.matcher(base).matches() && base.length() > 10;
    TextNormalizer normalizer = TextNormalizer.create();
    TimeParser parser = TimeParser.create();
    if (lines != null) {
      if (text != null && !text.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give TEXT or --lines, not both");
      }
      CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int n = 0;
      try (InputStream in = new BufferedInputStream(open(lines))) {
        for (int b = in.read(); b >= 0 || line.size() > 0; b = in.read()) {
          if (b >= 0 && b != '\n') {
            line.write(b);
            continue;
          }
          n++;
          String value;
          try {
            value = utf8.decode(ByteBuffer.wrap(line.toByteArray())).toString();
          } catch (CharacterCodingException e) {
            // the lines before it are printed; a line is never skipped silently, so the run stops here
            out.flush();
            throw new JishiException((lines.equals("-") ? "standard input" : lines) + ": line " + n
                + " is not UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8)");
          }
          line.reset();
          value = value.endsWith("\r") ? value.substring(0, value.length() - 1) : value;
          NormalizedText normalized = normalizer.normalize(value);
          List<TimeExpression> found = onOriginal(normalized, parser.parse(normalized.text(), context(reference, timeGiven)));
          print(out, found, format == Format.table ? Format.table : Format.jsonl);
          if (b < 0) {
            break;
          }
        }
      }
    } else {
      if (text == null || text.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give TEXT or --lines");
      }
      NormalizedText joined = normalizer.normalize(String.join(" ", text));
      print(out, onOriginal(joined, parser.parse(joined.text(), context(reference, timeGiven))), format);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The expressions read in the normalized text, with their text and offsets in the text as given:
   * traditional script, full-width digits and pinyin notes stay as the user wrote them.
   */
  private static List<TimeExpression> onOriginal(NormalizedText text, List<TimeExpression> found) {
    List<TimeExpression> out = new ArrayList<>(found.size());
    for (TimeExpression t : found) {
      int start = text.originalOffset(t.start());
      int end = text.originalEnd(t.end());
      out.add(new TimeExpression(text.original().substring(start, end), start, end, t.date(), t.dateEnd(), t.precision(),
          t.monthDay(), t.yearSource()));
    }
    return out;
  }

  private static TimeContext context(LocalDateTime reference, boolean timeGiven) {
    return timeGiven ? TimeContext.at(reference) : TimeContext.of(reference.toLocalDate());
  }

  private static InputStream open(String file) throws IOException {
    if (file.equals("-")) {
      return System.in;
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new JishiException("file not found: " + file);
    }
    return Files.newInputStream(path);
  }

  private static void print(PrintWriter out, List<TimeExpression> found, Format format) {
    if (format == Format.table) {
      for (TimeExpression t : found) {
        String span = t.date().map(d -> d.equals(t.dateEnd().get()) ? d.toString() : d + ".." + t.dateEnd().get())
            .orElse(t.monthDay().map(md -> String.format("????-%02d-%02d", md.getMonthValue(), md.getDayOfMonth())).orElse("?"));
        out.println(Render.fit(t.text(), 20) + " " + Render.fit(span, 23) + " " + t.precision().key() + " [" + t.start() + "," + t.end() + ")");
      }
      return;
    }
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
      o.put("year_source", t.yearSource().name().toLowerCase(Locale.ROOT));
    }
    if (format == Format.jsonl) {
      Render.jsonLine(out, a);
    } else {
      Render.json(out, a);
    }
  }

  private static LocalDateTime dateTime(String value) {
    Matcher m = BASE.matcher(value);
    if (!m.matches()) {
      throw new JishiException("bad --base '" + value + "' (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)");
    }
    try {
      LocalDate day = LocalDate.parse(m.group(1));
      if (m.group(2) == null) {
        return day.atStartOfDay();
      }
      String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
      return LocalDateTime.parse(m.group(1) + "T" + time);
    } catch (DateTimeParseException e) {
      throw new JishiException("bad --base '" + value + "' (no such day or time)");
    }
  }
}
