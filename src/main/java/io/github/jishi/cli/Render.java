package io.github.jishi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.jishi.event.EventJson;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Output helpers shared by the commands: JSON, CSV and terminal tables that know CJK is wide. */
final class Render {
  private Render() {}

  static void json(PrintWriter out, JsonNode node) {
    try {
      out.println(EventJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print JSON", e);
    }
  }

  static void jsonLine(PrintWriter out, JsonNode node) {
    try {
      out.println(EventJson.mapper().writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print JSON", e);
    }
  }

  /** The terminal width from {@code COLUMNS}, else 120. */
  static int width() {
    try {
      String c = System.getenv("COLUMNS");
      return c == null ? 120 : Math.max(40, Integer.parseInt(c.trim()));
    } catch (NumberFormatException e) {
      return 120;
    }
  }

  /** Columns a string takes in a terminal: CJK and full-width characters take two. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += charWidth(s.charAt(i));
    }
    return w;
  }

  private static int charWidth(char c) {
    return (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
        || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
  }

  /** {@code s} cut to {@code width} columns, with an ellipsis when cut, padded to exactly width. */
  static String fit(String s, int width) {
    String flat = s.replaceAll("[\\r\\n\\t]", " ");
    StringBuilder sb = new StringBuilder();
    int w = 0;
    if (displayWidth(flat) <= width) {
      sb.append(flat);
      w = displayWidth(flat);
    } else {
      for (int i = 0; i < flat.length(); i++) {
        int cw = charWidth(flat.charAt(i));
        if (w + cw > width - 1) {
          break;
        }
        sb.append(flat.charAt(i));
        w += cw;
      }
      sb.append('…');
      w++;
    }
    while (w < width) {
      sb.append(' ');
      w++;
    }
    return sb.toString();
  }

  /** The date column: {@code 2021-02-19}, a range, a bare month-day, or {@code ?}. */
  static String date(PolicyEvent e) {
    if (e.date().isEmpty()) {
      return e.monthDay().map(md -> String.format("????-%02d-%02d", md.getMonthValue(), md.getDayOfMonth())).orElse("?");
    }
    LocalDate a = e.date().get();
    LocalDate b = e.dateEnd().orElseThrow();
    String s = switch (e.precision()) {
      case YEAR -> Integer.toString(a.getYear());
      case MONTH -> a.toString().substring(0, 7);
      default -> a.equals(b) ? a.toString() : a + ".." + (a.getYear() == b.getYear() ? b.toString().substring(5) : b);
    };
    return e.yearInferred() ? s + "*" : s;
  }

  static String places(PolicyEvent e) {
    List<String> names = new ArrayList<>();
    for (EventPlace p : e.places()) {
      names.add(p.name());
    }
    return String.join("、", names);
  }

  /** A table of events: date, place, programme, action, evidence cut to the terminal width. */
  static void eventTable(PrintWriter out, List<PolicyEvent> events) {
    int total = width();
    int dateW = 17;
    int placeW = 16;
    int programW = 26;
    int actionW = 8;
    int evidenceW = Math.max(20, total - dateW - placeW - programW - actionW - 4);
    out.println(fit("DATE", dateW) + " " + fit("PLACE", placeW) + " " + fit("PROGRAMME", programW) + " "
        + fit("ACTION", actionW) + " " + "EVIDENCE");
    for (PolicyEvent e : events) {
      out.println(fit(date(e), dateW) + " " + fit(places(e), placeW) + " " + fit(e.program().orElse("-"), programW) + " "
          + fit(e.action(), actionW) + " " + fit(e.evidence(), evidenceW).stripTrailing());
    }
    out.println(events.size() + (events.size() == 1 ? " event" : " events")
        + (events.stream().anyMatch(PolicyEvent::yearInferred) ? " (* year inferred from other pages)" : ""));
  }

  static String csvRow(List<String> cells) {
    return cells.stream().map(Render::csvCell).collect(Collectors.joining(","));
  }

  private static String csvCell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
