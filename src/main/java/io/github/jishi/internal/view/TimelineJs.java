package io.github.jishi.internal.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.PageRecord;
import io.github.jishi.time.Precision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * Events as TimelineJS3's JSON: {@code {title, events}}, each event a slide with {@code start_date}
 * and {@code end_date} objects ({@code year}, {@code month}, {@code day} down to the event's
 * precision), {@code display_date}, {@code group}, {@code unique_id} and {@code text}
 * ({@code headline}, {@code text}).
 *
 * <p>TimelineJS reads {@code text} as HTML, so every value from a page is HTML-escaped here. A slide
 * needs a year: events with no year are left out ({@link #undated} counts them).
 * {@code TimelineJs.toJson(events, pages, TimelineJs.Group.PROGRAM, "政策时间线")}.
 */
public final class TimelineJs {
  /** What a slide's {@code group} (TimelineJS's row) is. */
  public enum Group {
    PROGRAM(e -> e.program().orElse("（无项目）")),
    CITY(e -> e.cities().isEmpty() ? "（无地点）" : e.cities().get(0)),
    YEAR(e -> e.date().map(d -> d.getYear() + "年").orElse("（年份不详）"));

    private final Function<PolicyEvent, String> key;

    Group(Function<PolicyEvent, String> key) {
      this.key = key;
    }

    public String of(PolicyEvent e) {
      return key.apply(e);
    }
  }

  private TimelineJs() {}

  /** The TimelineJS document of the dated events among {@code events}. */
  public static ObjectNode toJson(List<PolicyEvent> events, Map<String, PageRecord> pages, Group group, String title) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(title, "title");
    ObjectNode o = EventJson.mapper().createObjectNode();
    ObjectNode t = o.putObject("title").putObject("text");
    t.put("headline", html(title));
    long dated = events.stream().filter(e -> e.date().isPresent()).count();
    t.put("text", "<p>" + dated + " 个事件</p>");
    ArrayNode slides = o.putArray("events");
    for (PolicyEvent e : events) {
      if (e.date().isEmpty()) {
        continue;
      }
      ObjectNode s = slides.addObject();
      LocalDate start = e.date().get();
      LocalDate end = e.dateEnd().orElse(start);
      s.set("start_date", date(start, e.precision()));
      if (!date(end, e.precision()).equals(date(start, e.precision()))) {
        s.set("end_date", date(end, e.precision()));
      }
      s.put("display_date", DateLabel.of(e));
      s.put("group", group.of(e));
      s.put("unique_id", e.id());
      ObjectNode text = s.putObject("text");
      text.put("headline", html(headline(e)));
      text.put("text", body(e, pages));
    }
    return o;
  }

  /** How many of {@code events} have no year and so no slide. */
  public static long undated(List<PolicyEvent> events) {
    return events.stream().filter(e -> e.date().isEmpty()).count();
  }

  /** A TimelineJS date object down to {@code p}: a year, a month or a day. */
  static ObjectNode date(LocalDate d, Precision p) {
    ObjectNode o = EventJson.mapper().createObjectNode();
    o.put("year", d.getYear());
    if (p != Precision.YEAR && p != Precision.MULTI_YEAR) {
      o.put("month", d.getMonthValue());
      if (p == Precision.DAY || p == Precision.WEEK) {
        o.put("day", d.getDayOfMonth());
      }
    }
    return o;
  }

  static String headline(PolicyEvent e) {
    String what = e.program().orElse(String.join("、", e.cities()));
    return what.isEmpty() ? e.action() : what + " · " + e.action();
  }

  private static String body(PolicyEvent e, Map<String, PageRecord> pages) {
    StringBuilder sb = new StringBuilder("<p>").append(html(e.evidence())).append("</p>");
    if (!e.cities().isEmpty()) {
      sb.append("<p>地点：").append(html(String.join("、", e.cities()))).append("</p>");
    }
    if (!e.orgs().isEmpty()) {
      sb.append("<p>机构：").append(html(String.join("、", e.orgs()))).append("</p>");
    }
    sb.append("<p>来源：");
    List<String> sources = e.sources().isEmpty() ? List.of(e.source()) : e.sources();
    for (int i = 0; i < sources.size(); i++) {
      PageRecord p = pages.get(sources.get(i));
      String title = p != null && !p.title().isEmpty() ? p.title() : i == 0 && !e.title().isEmpty() ? e.title() : sources.get(i);
      sb.append(i == 0 ? "" : "；");
      if (p != null && Links.isWeb(p.url())) {
        sb.append("<a href=\"").append(html(p.url())).append("\">").append(html(title)).append("</a>");
      } else {
        sb.append(html(title));
      }
    }
    return sb.append("</p>").toString();
  }

  /** Text as HTML text or a double-quoted attribute value. */
  static String html(String s) {
    return Entities.escape(s);
  }
}
