package io.github.jishi.internal.solr;

import io.github.jishi.JishiException;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.internal.event.SameEvent;
import io.github.jishi.index.CitySummary;
import io.github.jishi.index.EventQuery;
import io.github.jishi.internal.index.IndexExport;
import io.github.jishi.index.PageRecord;
import io.github.jishi.index.PlaceMatch;
import io.github.jishi.index.ProgramSummary;
import io.github.jishi.index.QueryResolver;
import io.github.jishi.internal.index.TimelineSearch;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * A policy timeline kept in a SolrCloud collection of the {@code jishi} configset.
 *
 * <p>Searching answers an {@link EventQuery} as the local index does: the same filters on the same
 * fields, the same order, and reports of one event merged by {@link SameEvent} over the hits of
 * the query, in the client. Solr's collapse is not used: it keeps one document per key, while two
 * reports with one merge key are one event only when their dates and places nest.
 *
 * <pre>{@code
 * try (SolrTimeline solr = SolrTimeline.connect("http://127.0.0.1:8983/solr", "jishi", jishi.queryResolver())) {
 *   solr.push(IndexExport.read(Path.of("index")), jishi::aliases, SolrTimeline.PushListener.NONE);
 *   List<PolicyEvent> events = solr.search(EventQuery.builder().city("杭州").build());
 * }
 * }</pre>
 */
public final class SolrTimeline implements TimelineSearch {
  /** Hits read beyond the page asked for, as the local index reads them. */
  private static final int MERGE_SLACK = 8;
  /** Rows per request when reading many hits, with a cursor. */
  private static final int PAGE_ROWS = 1000;
  private static final int MAX_TERMS = 500;
  private static final int FACET_LIMIT = 1000;

  private final SolrClient client;
  private final String collection;
  /** How messages name the collection: with its cluster's URL when known. */
  private final String label;
  private final QueryResolver resolver;
  private final boolean ownsClient;
  private final int batchSize;
  private final Backoff backoff;

  private SolrTimeline(SolrClient client, String collection, String label, QueryResolver resolver, boolean ownsClient,
      int batchSize, Backoff backoff) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.label = label;
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.ownsClient = ownsClient;
    if (batchSize < 1) {
      throw new JishiException("batchSize must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
    this.backoff = Objects.requireNonNull(backoff, "backoff");
  }

  /**
   * Connects to a SolrCloud cluster by the URL of any of its nodes ({@code http://host:8983/solr});
   * closing the timeline closes the connection.
   */
  public static SolrTimeline connect(String solrUrl, String collection, QueryResolver resolver) {
    Objects.requireNonNull(solrUrl, "solrUrl");
    if (!solrUrl.startsWith("http://") && !solrUrl.startsWith("https://")) {
      throw new JishiException("Solr URL must start with http:// or https://, got '" + solrUrl + "'");
    }
    String url = solrUrl.endsWith("/") ? solrUrl.substring(0, solrUrl.length() - 1) : solrUrl;
    CloudSolrClient client = new CloudSolrClient.Builder(List.of(url)).build();
    return new SolrTimeline(client, collection, "Solr collection " + collection + " at " + url, resolver, true, 500,
        Backoff.standard());
  }

  /** Over a client the caller keeps (and closes). */
  public static SolrTimeline over(SolrClient client, String collection, QueryResolver resolver, int batchSize, Backoff backoff) {
    return new SolrTimeline(client, collection, "Solr collection " + collection, resolver, false, batchSize, backoff);
  }

  public String collection() {
    return collection;
  }

  // ---- pushing ----

  /** Told as a push goes. */
  public interface PushListener {
    PushListener NONE = (sent, total) -> {};

    /** After each batch Solr accepted: {@code sent} documents of {@code total}. */
    void batchSent(int sent, int total);
  }

  /** What a push did. */
  public record PushReport(int events, int pages, int batches, int retries) {
    public String summary() {
      return events + " events and " + pages + " pages pushed in " + batches + " batches"
          + (retries == 0 ? "" : " (" + retries + " retried)");
    }
  }

  /**
   * Sends every event and page of {@code contents} and commits. Documents are keyed by event id
   * (with the action and the evidence's end, {@link SolrDocuments#key}; pages by {@code page:} and
   * their source), so pushing again replaces them: a push that failed
   * half way is completed by running it again, and nothing is counted twice. Documents an earlier
   * push sent for the same files that this one does not (a changed page's old events) are deleted.
   *
   * @throws JishiException when a batch fails after the backoff's attempts, or for good at once
   */
  public PushReport push(IndexExport.Contents contents, Function<String, List<String>> aliases, PushListener listener) {
    Objects.requireNonNull(contents, "contents");
    Objects.requireNonNull(aliases, "aliases");
    Objects.requireNonNull(listener, "listener");
    Map<String, String> urls = new HashMap<>();
    contents.pages().forEach(p -> urls.put(p.source(), p.url()));
    String stamp = UUID.randomUUID().toString();
    List<SolrInputDocument> docs = new ArrayList<>();
    for (IndexExport.IndexedEvent e : contents.events()) {
      docs.add(SolrDocuments.event(e, urls.getOrDefault(e.event().source(), ""), aliases, docs.size()));
    }
    contents.pages().forEach(p -> docs.add(SolrDocuments.page(p)));
    docs.forEach(d -> d.setField("push", stamp));
    Set<String> files = new TreeSet<>();
    contents.events().forEach(e -> files.add(e.file()));
    contents.pages().forEach(p -> files.add(p.file()));
    int batches = 0;
    int retries = 0;
    for (int from = 0; from < docs.size(); from += batchSize) {
      List<SolrInputDocument> batch = docs.subList(from, Math.min(docs.size(), from + batchSize));
      retries += withRetries("add documents " + from + ".." + (from + batch.size()), () -> client.add(collection, batch));
      batches++;
      listener.batchSent(from + batch.size(), docs.size());
    }
    // what an earlier push sent for these files and this one did not is gone from the file
    List<String> all = new ArrayList<>(files);
    for (int from = 0; from < all.size(); from += MAX_TERMS) {
      String stale = anyOf("file", all.subList(from, Math.min(all.size(), from + MAX_TERMS))) + " AND -push:"
          + ClientUtils.escapeQueryChars(stamp);
      retries += withRetries("delete stale documents", () -> client.deleteByQuery(collection, stale));
    }
    retries += withRetries("commit", () -> client.commit(collection, true, true));
    return new PushReport(contents.events().size(), contents.pages().size(), batches, retries);
  }

  private interface SolrCall {
    void run() throws SolrServerException, IOException;
  }

  /** Runs {@code call}, retrying transient failures; returns how many retries it took. */
  private int withRetries(String what, SolrCall call) {
    for (int attempt = 1; ; attempt++) {
      try {
        call.run();
        return attempt - 1;
      } catch (SolrServerException | IOException | SolrException e) {
        if (!isTransient(e) || attempt >= backoff.attempts()) {
          throw new JishiException(label + ": cannot " + what + " after " + attempt
              + (attempt == 1 ? " try" : " tries") + ": " + oneLine(e), e);
        }
        try {
          backoff.sleeper().sleep(backoff.before(attempt + 1));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new JishiException("interrupted while pushing to " + label, ie);
        }
      }
    }
  }

  /** A node down, a leader being elected, a timeout: worth another try. A bad request is not. */
  static boolean isTransient(Exception e) {
    if (e instanceof SolrException se) {
      int code = se.code();
      return code >= 500 || code == 429 || code == -1;
    }
    return true;
  }

  // ---- searching ----

  @Override
  public List<PolicyEvent> search(EventQuery query) {
    Objects.requireNonNull(query, "query");
    SolrQuery q = toSolr(query);
    long want = (long) query.limit() + MERGE_SLACK;
    while (true) {
      int n = (int) Math.min(Integer.MAX_VALUE - 1L, want);
      Hits hits = hits(q, n);
      List<PolicyEvent> merged = SameEvent.bundled().merge(hits.events);
      boolean allRead = hits.events.size() < n;
      if (merged.size() > query.limit()) {
        return List.copyOf(merged.subList(0, query.limit()));
      }
      if (merged.size() == query.limit() || allRead) {
        return merged;
      }
      want *= 2;
    }
  }

  private record Hits(List<PolicyEvent> events) {}

  /** The first {@code n} hits of {@code q} in its sort, read with a cursor. */
  private Hits hits(SolrQuery base, int n) {
    List<PolicyEvent> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (out.size() < n) {
      SolrQuery q = base.getCopy();
      q.setRows(Math.min(PAGE_ROWS, n - out.size()));
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      q.setFields("id", "json");
      QueryResponse r = query(q);
      for (SolrDocument d : r.getResults()) {
        out.add(SolrDocuments.toEvent(d));
      }
      String next = r.getNextCursorMark();
      if (r.getResults().isEmpty() || next == null || next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    return new Hits(out);
  }

  @Override
  public int count(EventQuery query) {
    SolrQuery q = toSolr(query);
    q.setRows(0);
    return (int) query(q).getResults().getNumFound();
  }

  @Override
  public Map<String, Map<String, Integer>> facets(EventQuery query) {
    SolrQuery q = toSolr(query);
    q.setRows(0);
    q.setFacet(true);
    q.setFacetMinCount(1);
    q.setFacetLimit(FACET_LIMIT);
    q.addFacetField("year", "city", "program");
    QueryResponse r = query(q);
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String dim : List.of("year", "city", "program")) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      FacetField f = r.getFacetField(dim);
      if (f != null && f.getValues() != null) {
        f.getValues().forEach(c -> counts.put(c.getName(), (int) c.getCount()));
      }
      out.put(dim, counts);
    }
    return out;
  }

  @Override
  public Optional<PolicyEvent> find(String id) {
    Objects.requireNonNull(id, "id");
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("kind:event", "{!term f=event_id v=$id}");
    q.set("id", id);
    q.setRows(1);
    q.setFields("id", "merge_key");
    QueryResponse r = query(q);
    if (r.getResults().isEmpty()) {
      return Optional.empty();
    }
    SolrQuery same = new SolrQuery("*:*");
    same.addFilterQuery("kind:event", "{!term f=merge_key v=$key}");
    same.set("key", (String) r.getResults().get(0).getFirstValue("merge_key"));
    dateSort(same, false);
    for (List<PolicyEvent> group : SameEvent.bundled().groupsOf(hits(same, Integer.MAX_VALUE - 1).events)) {
      if (group.stream().anyMatch(e -> e.id().equals(id))) {
        return SameEvent.bundled().merge(group).stream().findFirst();
      }
    }
    return Optional.empty();
  }

  @Override
  public List<ProgramSummary> programs(Function<String, List<String>> aliases) {
    Map<String, Set<String>> sources = new TreeMap<>();
    for (PageRecord p : allPages()) {
      for (String program : p.programs()) {
        sources.computeIfAbsent(program, k -> new TreeSet<>()).add(p.source());
      }
    }
    Map<String, Integer> counts = facets(EventQuery.builder().limit(1).build()).getOrDefault("program", Map.of());
    return ProgramSummary.list(sources, counts, aliases);
  }

  private List<PageRecord> allPages() {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("kind:page");
    q.setSort("id", SolrQuery.ORDER.asc);
    List<PageRecord> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery page = q.getCopy();
      page.setRows(PAGE_ROWS);
      page.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = query(page);
      r.getResults().forEach(d -> out.add(SolrDocuments.toPage(d)));
      String next = r.getNextCursorMark();
      if (r.getResults().isEmpty() || next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  @Override
  public Map<String, PageRecord> pages(Collection<String> sources) {
    Objects.requireNonNull(sources, "sources");
    Map<String, PageRecord> out = new HashMap<>();
    List<String> all = new ArrayList<>(new TreeSet<>(sources));
    for (int from = 0; from < all.size(); from += MAX_TERMS) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + MAX_TERMS));
      SolrQuery q = new SolrQuery("*:*");
      q.addFilterQuery("kind:page", anyOf("source", chunk));
      q.setRows(chunk.size() * 2);
      for (SolrDocument d : query(q).getResults()) {
        PageRecord p = SolrDocuments.toPage(d);
        out.putIfAbsent(p.source(), p);
      }
    }
    return out;
  }

  @Override
  public List<CitySummary> cities() {
    Map<String, Integer> counts = facets(EventQuery.builder().limit(1).build()).getOrDefault("city", Map.of());
    List<CitySummary> out = new ArrayList<>();
    counts.forEach((k, v) -> out.add(new CitySummary(k, v)));
    return out;
  }

  /** Documents in the collection: events and pages. */
  public Map<String, Integer> stats() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String kind : List.of(SolrDocuments.KIND_PAGE, SolrDocuments.KIND_EVENT)) {
      SolrQuery q = new SolrQuery("*:*");
      q.addFilterQuery("kind:" + kind);
      q.setRows(0);
      out.put(kind + "s", (int) query(q).getResults().getNumFound());
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    if (ownsClient) {
      client.close();
    }
  }

  /** The Solr form of {@code query}: the local index's filters, field for field. */
  SolrQuery toSolr(EventQuery query) {
    SolrQuery q = new SolrQuery();
    q.addFilterQuery("kind:event");
    if (!query.cities().isEmpty()) {
      List<String> any = new ArrayList<>();
      for (String city : query.cities()) {
        PlaceMatch m = resolver.resolveCity(resolver.normalize(city));
        if (!m.codes().isEmpty()) {
          any.add(anyOf("place_code", m.codes()));
        }
        if (!m.names().isEmpty()) {
          any.add(anyOf("place_name", m.names()));
        }
      }
      q.addFilterQuery(any.isEmpty() ? "-*:*" : String.join(" OR ", any));
    }
    if (query.program().isPresent()) {
      String wanted = resolver.normalize(query.program().get());
      Set<String> names = programsContaining(wanted);
      if (names.isEmpty()) {
        throw new JishiException("no programme matching '" + query.program().get() + "' in the index (see: jishi programs)");
      }
      q.addFilterQuery(anyOf("program_all", names));
    }
    if (query.from().isPresent() || query.to().isPresent()) {
      int from = (int) query.from().orElse(LocalDate.of(1, 1, 1)).toEpochDay();
      int to = (int) query.to().orElse(LocalDate.of(9999, 12, 31)).toEpochDay();
      if (query.overlap()) {
        q.addFilterQuery("date_start:[* TO " + to + "]", "date_end:[" + from + " TO *]");
      } else {
        q.addFilterQuery("date_start:[" + from + " TO *]", "date_end:[* TO " + to + "]");
      }
    }
    if (query.text().isPresent()) {
      // the tokenizer keeps the words holding a letter or digit: with none, the local index refuses too
      if (query.text().get().codePoints().noneMatch(Character::isLetterOrDigit)) {
        throw new JishiException("search text '" + query.text().get() + "' has no words to look for");
      }
      // every word the field's own analysis finds in the text must be there, as locally
      q.setQuery("{!lucene df=text q.op=AND sow=false v=$jtext}");
      q.set("jtext", ClientUtils.escapeQueryChars(query.text().get()));
    } else {
      q.setQuery("*:*");
    }
    if (query.sort() == EventQuery.Sort.RELEVANCE && query.text().isPresent()) {
      q.addSort("score", SolrQuery.ORDER.desc);
      q.addSort("id", SolrQuery.ORDER.asc);
    } else {
      dateSort(q, query.sort() == EventQuery.Sort.DATE_DESC);
    }
    return q;
  }

  /**
   * Date (undated last), then source, then the evidence's place on its page, then the order the
   * local index held the reports in (its document order breaks these ties there); id last, for the cursor.
   */
  private static void dateSort(SolrQuery q, boolean descending) {
    q.addSort("sort_date", descending ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
    q.addSort("sort_source", SolrQuery.ORDER.asc);
    q.addSort("sort_offset", SolrQuery.ORDER.asc);
    q.addSort("sort_seq", SolrQuery.ORDER.asc);
    q.addSort("id", SolrQuery.ORDER.asc);
  }

  private Set<String> programsContaining(String wanted) {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("kind:event");
    q.setRows(0);
    q.setFacet(true);
    q.setFacetMinCount(1);
    q.setFacetLimit(-1);
    q.addFacetField("program_all");
    FacetField f = query(q).getFacetField("program_all");
    Set<String> out = new TreeSet<>();
    if (f != null && f.getValues() != null) {
      f.getValues().stream().map(FacetField.Count::getName).filter(n -> n.contains(wanted)).forEach(out::add);
    }
    return out;
  }

  private static String anyOf(String field, Collection<String> values) {
    return field + ":(" + values.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR ")) + ")";
  }

  private QueryResponse query(SolrQuery q) {
    try {
      return client.query(collection, q);
    } catch (SolrServerException | IOException | SolrException e) {
      throw new JishiException(label + ": query failed: " + oneLine(e), e);
    }
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
