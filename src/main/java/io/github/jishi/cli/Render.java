package io.github.jishi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.jishi.internal.event.EventJson;
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

  /** Set (to a column count) to render as if stdout were a terminal that wide; for tests. */
  static final String WIDTH_PROPERTY = "jishi.width";

  /** Whether stdout is a terminal (or a test said to act as one): then table cells are cut to fit. */
  static boolean terminal() {
    return System.getProperty(WIDTH_PROPERTY) != null || System.console() != null;
  }

  /**
   * The width of the terminal: {@code jishi.width}, else {@code $COLUMNS}, else what the terminal
   * itself reports ({@code stty size} on {@code /dev/tty}), else 120.
   */
  static int width() {
    String forced = System.getProperty(WIDTH_PROPERTY);
    Integer w = columns(forced);
    if (w == null) {
      w = columns(System.getenv("COLUMNS"));
    }
    if (w == null && System.console() != null) {
      w = sttyColumns();
    }
    return w == null ? 120 : Math.max(40, w);
  }

  private static Integer columns(String value) {
    if (value == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.trim());
      return n > 0 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer sttyColumns() {
    java.io.File tty = new java.io.File("/dev/tty");
    if (!tty.exists()) {
      return null;
    }
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
      if (!p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      String[] parts = out.split("\\s+");
      return parts.length == 2 ? columns(parts[1]) : null;
    } catch (java.io.IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * Text safe to print on a terminal: control characters (ESC of {@code ESC [} and OSC sequences, BEL,
   * C1 controls, DEL) are shown escaped as {@code \x1B}, so page text never drives the terminal; line
   * breaks and tabs become spaces when {@code flat}.
   */
  static String safe(String s, boolean flat) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
          || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
      boolean space = flat && (c == '\n' || c == '\t' || c == '\r' || c == '\u2028' || c == '\u2029');
      if (!control && !space) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (space) {
        sb.append(' ');
      } else if (c <= 0xff) {
        sb.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
      } else {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return sb == null ? s : sb.toString();
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
    return fit(s, width, true);
  }

  /** Like {@link #fit(String, int)}; when not {@code cut}, a longer value is kept whole. */
  static String fit(String s, int width, boolean cut) {
    String flat = safe(s, true);
    if (!cut && displayWidth(flat) > width) {
      return flat;
    }
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
    eventTable(out, events, List.of(), false);
  }

  /**
   * A table of events. On a terminal the cells are cut to its width; otherwise nothing is cut.
   * {@code wide} adds the ID column; the places matching {@code cities} come first in their cell,
   * so a cut list still shows why the row is there.
   */
  static void eventTable(PrintWriter out, List<PolicyEvent> events, List<String> cities, boolean wide) {
    boolean cut = terminal();
    int total = width();
    int idW = wide ? 16 : 0;
    int dateW = 17;
    int placeW = 16;
    int programW = 26;
    int actionW = 8;
    int evidenceW = Math.max(20, total - dateW - placeW - programW - actionW - 4 - (wide ? idW + 1 : 0));
    out.println((wide ? fit("ID", idW) + " " : "") + fit("DATE", dateW) + " " + fit("PLACE", placeW) + " " + fit("PROGRAMME", programW) + " "
        + fit("ACTION", actionW) + " " + "EVIDENCE");
    for (PolicyEvent e : events) {
      String evidence = cut ? fit(e.evidence(), evidenceW) : safe(e.evidence(), true);
      out.println((wide ? fit(e.id(), idW, false) + " " : "") + fit(date(e), dateW, cut) + " " + fit(places(e, cities), placeW, cut) + " "
          + fit(e.program().orElse("-"), programW, cut) + " " + fit(e.action(), actionW, cut) + " " + evidence.stripTrailing());
    }
    out.println(events.size() + (events.size() == 1 ? " event" : " events")
        + (events.stream().anyMatch(PolicyEvent::yearInferred) ? " (* year inferred from other pages)" : ""));
  }

  /** The place names of an event, those matching one of {@code cities} first. */
  static String places(PolicyEvent e, List<String> cities) {
    List<String> first = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (EventPlace p : e.places()) {
      (matches(p, cities) ? first : rest).add(p.name());
    }
    first.addAll(rest);
    return String.join("、", first);
  }

  private static boolean matches(EventPlace p, List<String> cities) {
    for (String c : cities) {
      String stem = c.strip().replaceAll("[省市县区]$", "");
      if (stem.isEmpty()) {
        continue;
      }
      for (String name : new String[] {p.name(), p.city(), p.province()}) {
        if (name != null && name.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  static String csvRow(List<String> cells) {
    return Csv.row(cells);
  }
}
