package io.github.jishi.index;

import io.github.jishi.JishiException;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.internal.event.SameEvent;
import io.github.jishi.internal.index.EventDocuments;
import io.github.jishi.internal.index.Fields;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A policy timeline on disk, opened for searching.
 *
 * <p>Thread-safe: searches may run from many threads, and keep working while another process
 * writes; {@link #refresh()} picks up what it committed. Close it when done.
 *
 * <pre>{@code
 * try (TimelineIndex index = TimelineIndex.open(dir, analyzer, resolver)) {
 *   List<PolicyEvent> events = index.search(EventQuery.builder().city("杭州").build());
 * }
 * }</pre>
 */
public final class TimelineIndex implements Closeable {
  /** Hits read beyond the page asked for, so that merging a few duplicates still fills it. */
  private static final int MERGE_SLACK = 8;

  private final Path dir;
  private final Directory directory;
  private final SearcherManager searchers;
  private final Supplier<Analyzer> analyzer;
  private final QueryResolver resolver;
  /** When two reports are one event. */
  private final SameEvent sameEvent;

  private TimelineIndex(Path dir, Directory directory, SearcherManager searchers, Supplier<Analyzer> analyzer, QueryResolver resolver,
      SameEvent sameEvent) {
    this.dir = dir;
    this.directory = directory;
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.resolver = resolver;
    this.sameEvent = sameEvent;
  }

  /**
   * Opens the index in {@code dir} for searching.
   *
   * @param dir the index folder
   * @param analyzer supplies the full-text analyzer, called only when a query has text
   * @param resolver folds query strings and resolves city names
   * @return the open index; close it when done
   * @throws JishiException when there is no index in {@code dir}
   */
  public static TimelineIndex open(Path dir, Supplier<Analyzer> analyzer, QueryResolver resolver) {
    return open(dir, analyzer, resolver, SameEvent.bundled());
  }

  /**
   * Opens the index in {@code dir} for searching, reports of one event merged by the kinds of
   * verbs of record in {@code actionKinds} (a lexicon's {@code triggers}: {@code 获批} and {@code 批复}
   * both {@code approve}) instead of the bundled ones.
   *
   * @param dir the index folder
   * @param analyzer supplies the full-text analyzer, called only when a query has text
   * @param resolver folds query strings and resolves city names
   * @param actionKinds each verb of record mapped to its kind
   * @return the open index; close it when done
   * @throws JishiException when there is no index in {@code dir}
   */
  public static TimelineIndex open(Path dir, Supplier<Analyzer> analyzer, QueryResolver resolver, Map<String, String> actionKinds) {
    Objects.requireNonNull(actionKinds, "actionKinds");
    return open(dir, analyzer, resolver, SameEvent.of(actionKinds));
  }

  private static TimelineIndex open(Path dir, Supplier<Analyzer> analyzer, QueryResolver resolver, SameEvent sameEvent) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(resolver, "resolver");
    if (!Files.isDirectory(dir)) {
      throw new JishiException("no index at " + dir + " (create it with: jishi index PATH...)");
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(dir);
      SearcherManager sm = new SearcherManager(directory, null);
      return new TimelineIndex(dir, directory, sm, analyzer, resolver, sameEvent);
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw new JishiException("no index at " + dir + " (create it with: jishi index PATH...)");
    } catch (IOException e) {
      closeQuietly(directory);
      throw new JishiException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code dir} holds a committed index with at least one page or event.
   *
   * @param dir a folder
   * @return true when it holds such an index
   */
  public static boolean exists(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return false;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        return r.numDocs() > 0;
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The index folder.
   *
   * @return the folder this index was opened in
   */
  public Path directory() {
    return dir;
  }

  /** Sees what writers committed since this index was opened. */
  public void refresh() {
    try {
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new JishiException("cannot refresh index " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Events matching {@code query}, duplicates reported by several pages merged into one: those from
   * the query's {@link EventQuery#offset() offset}, at most its {@link EventQuery#limit() limit}.
   *
   * @param query what to look for
   * @return the events, in the query's order
   * @throws io.github.jishi.JishiException when a city or programme of the query is unknown, or the
   *     index cannot be read
   */
  public List<PolicyEvent> search(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return withSearcher(s -> {
      Read read = readMerged(s, toLucene(query), query, (long) query.offset() + query.limit());
      return page(read.merged(), query);
    });
  }

  /**
   * A page of the events matching {@code query} (from its {@link EventQuery#offset() offset}, at most
   * its {@link EventQuery#limit() limit}), with their total count.
   *
   * <pre>{@code
   * EventQuery q = EventQuery.builder().city("杭州").limit(20).build();
   * SearchPage page = index.searchPage(q);
   * while (true) {
   *   page.events().forEach(System.out::println);
   *   if (!page.hasMore()) break;
   *   page = index.searchPage(q.toBuilder().offset(page.nextOffset()).build());
   * }
   * }</pre>
   *
   * @param query what to look for, and which page
   * @return the page and the count of all results
   * @throws io.github.jishi.JishiException when a city or programme of the query is unknown, or the
   *     index cannot be read
   */
  public SearchPage searchPage(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return withSearcher(s -> {
      Query q = toLucene(query);
      int reports = s.count(q);
      if (reports <= EXACT_TOTAL_UP_TO) {
        // few enough to merge them all: the total counts events exactly
        Read read = readMerged(s, q, query, Long.MAX_VALUE);
        List<PolicyEvent> events = page(read.merged(), query);
        return new SearchPage(events, query.offset(), read.merged().size(), true,
            query.offset() + events.size() < read.merged().size());
      }
      long end = (long) query.offset() + query.limit();
      Read read = readMerged(s, q, query, end);
      List<PolicyEvent> events = page(read.merged(), query);
      return new SearchPage(events, query.offset(), reports, false, read.merged().size() > end || !read.all());
    });
  }

  /** Above this many matching reports, {@link #searchPage} counts reports rather than merged events. */
  public static final int EXACT_TOTAL_UP_TO = 10_000;

  /** Merged events of the first hits, and whether they are all the hits there are. */
  private record Read(List<PolicyEvent> merged, boolean all) {}

  /** At least {@code wanted} merged events (all there are, if fewer), in the query's order. */
  private Read readMerged(IndexSearcher s, Query q, EventQuery query, long wanted) throws IOException {
    boolean relevance = query.sort() == EventQuery.Sort.RELEVANCE && query.text().isPresent();
    Sort sort = dateSort(query.sort() == EventQuery.Sort.DATE_DESC);
    // read a little more than the page, and more only when merging duplicates shrank it
    long want = Math.min(wanted, Integer.MAX_VALUE - 1L - MERGE_SLACK) + MERGE_SLACK;
    while (true) {
      int n = (int) Math.min(Integer.MAX_VALUE - 1L, Math.max(1, Math.min(want, s.getIndexReader().maxDoc() + 1L)));
      TopDocs top = relevance ? s.search(q, n) : s.search(q, n, sort);
      List<PolicyEvent> merged = merge(events(s, top.scoreDocs));
      boolean allRead = top.scoreDocs.length < n;
      if (merged.size() > wanted || allRead) {
        return new Read(merged, allRead);
      }
      if (merged.size() == wanted && wanted < Long.MAX_VALUE) {
        return new Read(merged, false);
      }
      want *= 2;
    }
  }

  private static List<PolicyEvent> page(List<PolicyEvent> merged, EventQuery query) {
    int from = (int) Math.min(merged.size(), query.offset());
    int to = (int) Math.min(merged.size(), (long) query.offset() + query.limit());
    return List.copyOf(merged.subList(from, to));
  }

  /**
   * How many reports of events match, before reports of one event are merged.
   *
   * @param query what to look for (its offset and limit do not count)
   * @return the count
   */
  public int count(EventQuery query) {
    return withSearcher(s -> s.count(toLucene(query)));
  }

  /**
   * Counts of matching events by {@code year}, {@code city} and {@code program}, largest first.
   *
   * @param query what to look for (its offset and limit do not count)
   * @return for each of the three dimensions, its values and their counts
   */
  public Map<String, Map<String, Integer>> facets(EventQuery query) {
    return withSearcher(s -> {
      Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
      SortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), EventDocuments.FACETS);
      } catch (IllegalArgumentException e) {
        return out; // no facet values indexed yet
      }
      FacetsCollector fc = s.search(toLucene(query), new FacetsCollectorManager());
      Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
      for (String dim : List.of(Fields.FACET_YEAR, Fields.FACET_CITY, Fields.FACET_PROGRAM)) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        FacetResult r;
        try {
          r = facets.getTopChildren(1000, dim);
        } catch (IllegalArgumentException e) {
          r = null; // dimension never indexed
        }
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            counts.put(lv.label, lv.value.intValue());
          }
        }
        out.put(dim, counts);
      }
      return out;
    });
  }

  /**
   * One event by id; a merged event is found by the id of any of its reports.
   *
   * @param id an event's id
   * @return the event, merged with its other reports, or empty when no event has the id
   */
  public Optional<PolicyEvent> find(String id) {
    Objects.requireNonNull(id, "id");
    return withSearcher(s -> {
      TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.<PolicyEvent>empty();
      }
      Document d = s.storedFields().document(top.scoreDocs[0].doc);
      TopDocs same = s.search(new TermQuery(new Term(Fields.MERGE_KEY, d.get(Fields.MERGE_KEY))), Integer.MAX_VALUE,
          dateSort(false));
      for (List<PolicyEvent> group : sameEvent.groupsOf(events(s, same.scoreDocs))) {
        if (group.stream().anyMatch(e -> e.id().equals(id))) {
          return sameEvent.merge(group).stream().findFirst();
        }
      }
      return Optional.<PolicyEvent>empty();
    });
  }

  /**
   * The programmes the index holds, with their event counts and the pages that name them.
   *
   * @param aliases the other names of a programme ({@link io.github.jishi.Jishi#aliases(String)})
   * @return the programmes, most events first
   */
  public List<ProgramSummary> programs(Function<String, List<String>> aliases) {
    return withSearcher(s -> {
      Map<String, Set<String>> sources = new TreeMap<>();
      TopDocs pages = s.search(kind(Fields.KIND_PAGE), Integer.MAX_VALUE);
      for (ScoreDoc sd : pages.scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        var json = EventJson.mapper().readTree(d.get(Fields.JSON));
        for (var p : json.path("programs")) {
          sources.computeIfAbsent(p.asText(), k -> new TreeSet<>()).add(d.get(Fields.SOURCE));
        }
      }
      Map<String, Integer> counts = facets(EventQuery.builder().limit(1).build()).getOrDefault(Fields.FACET_PROGRAM, Map.of());
      return ProgramSummary.list(sources, counts, aliases);
    });
  }

  /**
   * The indexed pages with these sources (as events name them in {@link PolicyEvent#sources()}),
   * by source; a source with no page record is left out.
   *
   * @param sources the sources to look up
   * @return the page records found, by source
   */
  public Map<String, PageRecord> pages(Collection<String> sources) {
    Objects.requireNonNull(sources, "sources");
    if (sources.isEmpty()) {
      return Map.of();
    }
    return withSearcher(s -> {
      Map<String, PageRecord> out = new HashMap<>();
      List<BytesRef> terms = new ArrayList<>();
      new TreeSet<>(sources).forEach(src -> terms.add(new BytesRef(src)));
      Query q = new BooleanQuery.Builder()
          .add(kind(Fields.KIND_PAGE), BooleanClause.Occur.FILTER)
          .add(new TermInSetQuery(Fields.SOURCE, terms), BooleanClause.Occur.FILTER)
          .build();
      TopDocs top = s.search(q, Math.max(1, terms.size() * 2));
      for (ScoreDoc sd : top.scoreDocs) {
        PageRecord p = EventDocuments.toPage(s.storedFields().document(sd.doc));
        out.putIfAbsent(p.source(), p);
      }
      return out;
    });
  }

  /**
   * Cities and provinces with events, most events first.
   *
   * @return the places and their counts
   */
  public List<CitySummary> cities() {
    Map<String, Integer> counts = facets(EventQuery.builder().limit(1).build()).getOrDefault(Fields.FACET_CITY, Map.of());
    List<CitySummary> out = new ArrayList<>();
    counts.forEach((k, v) -> out.add(new CitySummary(k, v)));
    return out;
  }

  /**
   * Number of pages and events indexed.
   *
   * @return {@code pages} and {@code events} with their counts
   */
  public Map<String, Integer> stats() {
    return withSearcher(s -> Map.of(
        "pages", s.count(kind(Fields.KIND_PAGE)),
        "events", s.count(kind(Fields.KIND_EVENT))));
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }

  private Query toLucene(EventQuery query) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(kind(Fields.KIND_EVENT), BooleanClause.Occur.FILTER);
    if (!query.cities().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String city : query.cities()) {
        PlaceMatch m = resolver.resolveCity(resolver.normalize(city));
        if (!m.codes().isEmpty()) {
          any.add(new TermInSetQuery(Fields.PLACE_CODE, bytes(m.codes())), BooleanClause.Occur.SHOULD);
        }
        if (!m.names().isEmpty()) {
          any.add(new TermInSetQuery(Fields.PLACE_NAME, bytes(m.names())), BooleanClause.Occur.SHOULD);
        }
      }
      b.add(any.build(), BooleanClause.Occur.FILTER);
    }
    if (query.program().isPresent()) {
      String wanted = resolver.normalize(query.program().get());
      Set<String> names = programsContaining(wanted);
      if (names.isEmpty()) {
        throw new JishiException("no programme matching '" + query.program().get() + "' in the index (see: jishi programs)");
      }
      b.add(new TermInSetQuery(Fields.PROGRAM_ALL, bytes(names)), BooleanClause.Occur.FILTER);
    }
    if (query.from().isPresent() || query.to().isPresent()) {
      int from = (int) query.from().orElse(LocalDate.of(1, 1, 1)).toEpochDay();
      int to = (int) query.to().orElse(LocalDate.of(9999, 12, 31)).toEpochDay();
      if (query.overlap()) {
        b.add(IntPoint.newRangeQuery(Fields.DATE_START, Integer.MIN_VALUE, to), BooleanClause.Occur.FILTER);
        b.add(IntPoint.newRangeQuery(Fields.DATE_END, from, Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
      } else {
        b.add(IntPoint.newRangeQuery(Fields.DATE_START, from, Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
        b.add(IntPoint.newRangeQuery(Fields.DATE_END, Integer.MIN_VALUE, to), BooleanClause.Occur.FILTER);
      }
    }
    if (query.text().isPresent()) {
      List<String> terms = analyze(query.text().get());
      if (terms.isEmpty()) {
        throw new JishiException("search text '" + query.text().get() + "' has no words to look for");
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String t : terms) {
        all.add(new TermQuery(new Term(Fields.TEXT, t)), BooleanClause.Occur.MUST);
      }
      b.add(all.build(), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  private List<String> analyze(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.get().tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private Set<String> programsContaining(String wanted) throws IOException {
    Set<String> out = new TreeSet<>();
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(Fields.PROGRAM_ALL);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          String name = t.utf8ToString();
          if (name.contains(wanted)) {
            out.add(name);
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  private static Query kind(String kind) {
    return new TermQuery(new Term(Fields.KIND, kind));
  }

  /**
   * The order of events by date, then source and offset, so that the same query gives the same order
   * however many threads wrote the index; the index writer sorts its segments so too.
   *
   * @param descending whether the newest event comes first
   * @return the sort
   */
  public static Sort dateSort(boolean descending) {
    // the same query gives the same order however many threads wrote the index
    return new Sort(new SortField(Fields.SORT_DATE, SortField.Type.INT, descending),
        new SortField(Fields.SORT_SOURCE, SortField.Type.STRING), new SortField(Fields.SORT_OFFSET, SortField.Type.INT));
  }

  private static Collection<BytesRef> bytes(Collection<String> values) {
    List<BytesRef> out = new ArrayList<>();
    values.forEach(v -> out.add(new BytesRef(v)));
    return out;
  }

  /** The events of these hits, in hit order, read from doc values leaf by leaf in doc order. */
  static List<PolicyEvent> events(IndexSearcher s, ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    PolicyEvent[] out = new PolicyEvent[hits.length];
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int leafIndex = -1;
    BinaryDocValues json = null;
    LeafReaderContext leaf = null;
    for (int i : order) {
      int doc = hits[i].doc;
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        leaf = leaves.get(li);
        json = leaf.reader().getBinaryDocValues(Fields.JSON_DV);
      }
      if (json != null && json.advanceExact(doc - leaf.docBase)) {
        out[i] = EventDocuments.toEvent(json.binaryValue(), "doc " + doc);
      } else {
        out[i] = EventDocuments.toEvent(s.storedFields().document(doc)); // written before doc values held events
      }
    }
    return Arrays.asList(out);
  }

  /** Folds the reports of one event into one event listing every source, in hit order. */
  List<PolicyEvent> merge(List<PolicyEvent> events) {
    return sameEvent.merge(events);
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    IndexSearcher s;
    try {
      s = searchers.acquire();
    } catch (IOException e) {
      throw new JishiException("cannot read index " + dir + ": " + e.getMessage(), e);
    }
    try {
      return work.run(s);
    } catch (IOException e) {
      throw new JishiException("cannot read index " + dir + ": " + e.getMessage(), e);
    } finally {
      try {
        searchers.release(s);
      } catch (IOException e) {
        // releasing a searcher only decrements a reference count; nothing to recover
      }
    }
  }

  private static void closeQuietly(Directory d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // already failing with a better message
      }
    }
  }
}
