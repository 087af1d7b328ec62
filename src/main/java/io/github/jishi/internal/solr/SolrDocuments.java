package io.github.jishi.internal.solr;

import io.github.jishi.JishiException;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.internal.index.IndexExport;
import io.github.jishi.index.PageRecord;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/** Maps events and pages to Solr documents of the {@code jishi} configset and back. */
final class SolrDocuments {
  static final String KIND = "kind";
  static final String KIND_EVENT = "event";
  static final String KIND_PAGE = "page";
  static final String PAGE_ID_PREFIX = "page:";

  private SolrDocuments() {}

  /**
   * The document of one report of an event, with the fields the local index filters on.
   *
   * @param url the URL its page states, or empty
   * @param aliases the aliases of a canonical programme name, so partial queries find them too
   * @param seq the report's place in the local index, which breaks the ties of the date order there
   */
  static SolrInputDocument event(IndexExport.IndexedEvent indexed, String url, Function<String, List<String>> aliases,
      int seq) {
    PolicyEvent e = indexed.event();
    SolrInputDocument d = new SolrInputDocument();
    d.setField("id", key(e));
    d.setField("event_id", e.id());
    d.setField(KIND, KIND_EVENT);
    d.setField("source", e.source());
    d.setField("file", indexed.file());
    if (!url.isEmpty()) {
      d.setField("url", url);
    }
    d.setField("year_source", e.yearSource().name());
    d.setField("sort_source", e.source());
    d.setField("sort_offset", e.evidenceStart());
    d.setField("sort_seq", seq);
    if (e.date().isPresent()) {
      d.setField("date_start", (int) e.date().get().toEpochDay());
      d.setField("date_end", (int) e.dateEnd().orElseThrow().toEpochDay());
      d.setField("sort_date", (int) e.date().get().toEpochDay());
      d.setField("year", Integer.toString(e.date().get().getYear()));
    } else {
      d.setField("undated", true);
      d.setField("sort_date", Integer.MAX_VALUE);
    }
    Set<String> codes = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Set<String> provinces = new LinkedHashSet<>();
    for (EventPlace p : e.places()) {
      codes.addAll(IndexExport.placeCodes(p.code()));
      for (String name : List.of(p.name(), p.city(), p.province())) {
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
      if (!p.province().isEmpty()) {
        provinces.add(p.province());
      }
    }
    addAll(d, "place_code", codes);
    addAll(d, "place_name", names);
    addAll(d, "province", provinces);
    addAll(d, "city", new LinkedHashSet<>(e.cities()));
    Set<String> programs = new LinkedHashSet<>(e.programs());
    Set<String> all = new LinkedHashSet<>();
    for (String p : programs) {
      all.add(p);
      all.addAll(aliases.apply(p));
    }
    addAll(d, "program", programs);
    addAll(d, "program_all", all);
    addAll(d, "org", new LinkedHashSet<>(e.orgs()));
    d.setField("action", e.action());
    d.setField("merge_key", IndexExport.mergeKey(e));
    d.setField("evidence", e.evidence());
    d.setField("title", e.title());
    d.setField("json", EventJson.toJson(e).toString());
    return d;
  }

  /**
   * The document key of a report: its event id, then its action and where its evidence ends. The
   * event id alone is not unique: two actions read from one sentence with one date and programme
   * ({@code 启动…；同一天…宣布启动}) share it, and one would replace the other.
   */
  static String key(PolicyEvent e) {
    return e.id() + "/" + e.action() + "@" + e.evidenceEnd();
  }

  /** The document of one page: what {@code pages} and {@code programs} read back. */
  static SolrInputDocument page(PageRecord p) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField("id", PAGE_ID_PREFIX + p.source());
    d.setField(KIND, KIND_PAGE);
    d.setField("source", p.source());
    d.setField("file", p.file());
    if (!p.url().isEmpty()) {
      d.setField("url", p.url());
    }
    addAll(d, "program", new LinkedHashSet<>(p.programs()));
    d.setField("json", p.toJson().toString());
    return d;
  }

  static PolicyEvent toEvent(SolrDocument d) {
    try {
      return EventJson.fromJson(EventJson.mapper().readTree((String) d.getFirstValue("json")));
    } catch (IOException | RuntimeException e) {
      throw new JishiException("corrupt event in Solr (id " + d.getFirstValue("id") + "): " + e.getMessage(), e);
    }
  }

  static PageRecord toPage(SolrDocument d) {
    try {
      return PageRecord.fromJson(EventJson.mapper().readTree((String) d.getFirstValue("json")));
    } catch (IOException | RuntimeException e) {
      throw new JishiException("corrupt page in Solr (id " + d.getFirstValue("id") + "): " + e.getMessage(), e);
    }
  }

  private static void addAll(SolrInputDocument d, String field, Set<String> values) {
    for (String v : values) {
      d.addField(field, v);
    }
  }
}
