package io.github.jishi.internal.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.PageRecord;
import io.github.jishi.internal.index.SourcedEventJson;
import io.github.jishi.internal.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The timeline page: one self-contained HTML file (inline CSS, script and map; nothing fetched) that
 * shows events on a time axis and a map of China.
 *
 * <p>The events travel as JSON in a {@code <script type="application/json">} block, with every
 * {@code <}, {@code >} and {@code &} written as a JSON escape, so no event text can close the block or
 * open a tag; the page's script renders them with DOM text nodes only.
 * {@code TimelinePage.render(events, index.pages(SourcedEventJson.sourcesOf(events)), query, false)}.
 */
public final class TimelinePage {
  static final String RESOURCE = "timeline.html";
  static final String MAP_RESOURCE = "china-map.json";
  private static final String DATA_MARK = "/*@@DATA@@*/";
  private static final String MAP_MARK = "/*@@MAP@@*/";

  private TimelinePage() {}

  /**
   * The page for these events.
   *
   * @param pages the pages the events cite, by source (for titles, dates and URLs)
   * @param query the filters that chose the events, shown on the page
   * @param live whether the page is served by {@code serve} (it then offers a filter form)
   */
  public static String render(List<PolicyEvent> events, Map<String, PageRecord> pages, EventQuery query, boolean live) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(query, "query");
    String template = resource(RESOURCE);
    int data = template.indexOf(DATA_MARK);
    int map = template.indexOf(MAP_MARK);
    if (data < 0 || map < 0 || map < data) {
      throw new IllegalStateException(RESOURCE + " lacks its data or map marks");
    }
    return template.substring(0, data) + scriptSafe(data(events, pages, query, live).toString())
        + template.substring(data + DATA_MARK.length(), map) + scriptSafe(resource(MAP_RESOURCE).strip())
        + template.substring(map + MAP_MARK.length());
  }

  /**
   * The page's data: {@code filters}, {@code live}, {@code pages} (each cited page once:
   * {@code source}, {@code url}, {@code title}, {@code published}), {@code events} (the dated ones
   * first, {@code dated} of them, spanning epoch days {@code first_day} to {@code last_day}), each with
   * {@code src} (indexes into {@code pages}) and {@code marks} ({@code [start, end)} in its evidence),
   * and the events per province and per map dot ({@code province_counts}, {@code dot_counts}), and
   * where each dot of a city or county goes on the map ({@code dot_points}: {@code name}, {@code x},
   * {@code y}), from the gazetteer's coordinates.
   */
  public static ObjectNode data(List<PolicyEvent> events, Map<String, PageRecord> pages, EventQuery query, boolean live) {
    ObjectNode o = EventJson.mapper().createObjectNode();
    ObjectNode f = o.putObject("filters");
    query.cities().forEach(f.putArray("cities")::add);
    f.put("program", query.program().orElse(null));
    f.put("from", query.from().map(LocalDate::toString).orElse(null));
    f.put("to", query.to().map(LocalDate::toString).orElse(null));
    f.put("overlap", query.overlap());
    f.put("text", query.text().orElse(null));
    o.put("live", live);
    // the evidence is in simplified script; so are the searched words once folded (印發 marks 印发)
    List<String> queryWords = query.text().map(t -> List.of(TextNormalizer.create().normalizeQuery(t).trim().split("\\s+")))
        .orElse(List.of());
    ArrayNode pageList = o.putArray("pages");
    Map<String, Integer> pageIndex = new HashMap<>();
    // dated events first, so the script takes them as one slice; then the undated, listed apart
    List<PolicyEvent> ordered = new ArrayList<>(events.size());
    events.stream().filter(e -> e.date().isPresent()).forEach(ordered::add);
    o.put("dated", ordered.size());
    o.put("first_day", ordered.stream().mapToLong(e -> e.date().orElseThrow().toEpochDay()).min().orElse(0));
    o.put("last_day", ordered.stream().mapToLong(e -> e.dateEnd().orElseThrow().toEpochDay() + 1).max().orElse(0));
    events.stream().filter(e -> e.date().isEmpty()).forEach(ordered::add);
    Map<String, Integer> provinceCounts = new TreeMap<>();
    Map<String, Integer> dotCounts = new TreeMap<>();
    ArrayNode a = o.putArray("events");
    for (PolicyEvent e : ordered) {
      ObjectNode full = SourcedEventJson.toJson(e, pages);
      ArrayNode src = EventJson.mapper().createArrayNode();
      for (var so : full.get("sources")) {
        String source = so.get("source").asText();
        Integer at = pageIndex.get(source);
        if (at == null) {
          at = pageList.size();
          pageIndex.put(source, at);
          pageList.add(so);
        }
        src.add(at);
      }
      ObjectNode eo = event(e, full, src, queryWords);
      eo.path("pv").forEach(n -> provinceCounts.merge(n.asText(), 1, Integer::sum));
      eo.path("dt").forEach(n -> dotCounts.merge(n.asText(), 1, Integer::sum));
      a.add(eo);
    }
    ObjectNode pc = o.putObject("province_counts");
    provinceCounts.forEach(pc::put);
    ObjectNode dc = o.putObject("dot_counts");
    dotCounts.forEach(dc::put);
    // where each city's dot goes, from the gazetteer's seat coordinates (a province's dot is the map's)
    ObjectNode dp = o.putObject("dot_points");
    dotCounts.keySet().forEach(k -> MapUnits.at(k).ifPresent(d -> dp.putObject(k).put("name", d.name()).put("x", d.x()).put("y", d.y())));
    return o;
  }

  /** One event as the page reads it: the search JSON's keys the page shows, and the evidence marks. */
  static ObjectNode event(PolicyEvent e, ObjectNode full, ArrayNode src, List<String> queryWords) {
    ObjectNode o = EventJson.mapper().createObjectNode();
    for (String key : List.of("id", "date", "date_end", "month_day", "precision", "program", "action", "orgs", "evidence")) {
      o.set(key, full.get(key));
    }
    ArrayNode places = o.putArray("places");
    for (EventPlace p : e.places()) {
      ObjectNode po = places.addObject();
      po.put("name", p.name());
      po.put("code", p.code());
      po.put("level", p.level());
      po.put("city", p.city());
      po.put("province", p.province());
    }
    // what the page's script would otherwise work out per event on every load: the span in epoch
    // days (end exclusive), the provinces to shade, the dots to draw, the province and city lanes
    if (e.date().isPresent()) {
      o.put("d0", e.date().get().toEpochDay());
      o.put("d1", e.dateEnd().orElseThrow().toEpochDay() + 1);
    }
    Set<String> provinces = new LinkedHashSet<>();
    Set<String> dots = new LinkedHashSet<>();
    Map<String, String> provinceLanes = new LinkedHashMap<>(); // lane → its province code, or ""
    Map<String, String> cityLanes = new LinkedHashMap<>();
    for (EventPlace p : e.places()) {
      String provinceCode = p.code().length() == 6 ? p.code().substring(0, 2) + "0000" : "";
      if (p.code().length() == 6) {
        String province = p.code().substring(0, 2) + "0000";
        provinces.add(province);
        if (!p.level().equals("province")) {
          dots.add(MapUnits.dot(p.code()).map(MapUnits.Dot::code).orElse(province));
        }
      }
      String provinceLane = !p.province().isEmpty() ? p.province() : p.level().equals("province") ? p.name() : "";
      if (!provinceLane.isEmpty()) {
        provinceLanes.putIfAbsent(provinceLane, provinceCode);
      }
      cityLanes.putIfAbsent(!p.city().isEmpty() ? p.city() : !p.province().isEmpty() ? p.province() : p.name(), provinceCode);
    }
    provinces.forEach(o.putArray("pv")::add);
    dots.forEach(o.putArray("dt")::add);
    // lanes with the province each lies in (lpv, lcv), so a province filter keeps only its own lanes
    provinceLanes.keySet().forEach(o.putArray("lp")::add);
    provinceLanes.values().forEach(o.putArray("lpv")::add);
    cityLanes.keySet().forEach(o.putArray("lc")::add);
    cityLanes.values().forEach(o.putArray("lcv")::add);
    o.set("src", src);
    o.put("date_label", DateLabel.of(e));
    o.put("precision_label", DateLabel.precisionName(e.precision()));
    ArrayNode marks = o.putArray("marks");
    for (EvidenceMarks.Span s : EvidenceMarks.of(e, queryWords)) {
      marks.addArray().add(s.start()).add(s.end());
    }
    return o;
  }

  /**
   * JSON text made safe inside a {@code <script>} element: {@code <}, {@code >}, {@code &} and the
   * two JavaScript line separators become {@code \\uXXXX} escapes, which JSON reads back as the same
   * characters. They can only occur inside JSON strings, so the escapes are always valid there.
   */
  public static String scriptSafe(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String resource(String name) {
    try (InputStream in = TimelinePage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + TimelinePage.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
