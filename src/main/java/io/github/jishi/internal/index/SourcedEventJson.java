package io.github.jishi.internal.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.index.PageRecord;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An event's JSON as {@code search --format json} gives it: {@link EventJson}'s keys, with
 * {@code url} (the first page's own URL, or null) and {@code sources} as objects
 * {@code {source, url, title, published}}, one per page that reports the event.
 *
 * <p>The index stores events without their pages' URLs; they are joined here from the page records,
 * so a page's URL is stored once however many events it reports.
 * {@code SourcedEventJson.toJson(e, index.pages(SourcedEventJson.sourcesOf(events)))}.
 */
public final class SourcedEventJson {
  private SourcedEventJson() {}

  /** Every page source the events name, each once, in order. */
  public static Set<String> sourcesOf(Collection<PolicyEvent> events) {
    Set<String> out = new LinkedHashSet<>();
    for (PolicyEvent e : events) {
      out.add(e.source());
      out.addAll(e.sources());
    }
    return out;
  }

  /** The event's JSON with its pages; a source missing from {@code pages} keeps its own title and date only. */
  public static ObjectNode toJson(PolicyEvent e, Map<String, PageRecord> pages) {
    Objects.requireNonNull(pages, "pages");
    ObjectNode o = EventJson.toJson(e);
    PageRecord first = pages.get(e.source());
    o.put("url", first == null || first.url().isEmpty() ? null : first.url());
    ArrayNode sources = o.putArray("sources");
    List<String> all = e.sources().isEmpty() ? List.of(e.source()) : e.sources();
    for (String source : all) {
      PageRecord p = pages.get(source);
      ObjectNode so = sources.addObject();
      so.put("source", source);
      so.put("url", p == null || p.url().isEmpty() ? null : p.url());
      if (p != null) {
        so.put("title", p.title());
        so.put("published", p.published().map(LocalDate::toString).orElse(null));
      } else {
        boolean own = source.equals(e.source());
        so.put("title", own ? e.title() : null);
        so.put("published", own ? e.published().map(LocalDate::toString).orElse(null) : null);
      }
    }
    return o;
  }
}
