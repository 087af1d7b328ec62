package io.github.jishi.internal.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jishi.JishiException;
import io.github.jishi.index.PageRecord;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** Maps events and pages to Lucene documents and back. */
public final class EventDocuments {
  public static final FacetsConfig FACETS = facetsConfig();

  private EventDocuments() {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(Fields.FACET_CITY, true);
    c.setMultiValued(Fields.FACET_PROGRAM, true);
    return c;
  }

  /**
   * The Lucene document of one event.
   *
   * @param aliases the aliases of a canonical programme name, so partial queries find them too
   */
  public static Document event(PolicyEvent e, String file, Function<String, List<String>> aliases) throws IOException {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, Fields.KIND_EVENT, Field.Store.NO));
    d.add(new StringField(Fields.ID, e.id(), Field.Store.YES));
    d.add(new StringField(Fields.SOURCE, e.source(), Field.Store.NO));
    d.add(new StringField(Fields.FILE, file, Field.Store.YES));
    d.add(new StringField(Fields.YEAR_SOURCE, e.yearSource().name(), Field.Store.NO));
    d.add(new SortedDocValuesField(Fields.SORT_SOURCE, new BytesRef(e.source())));
    d.add(new NumericDocValuesField(Fields.SORT_OFFSET, e.evidenceStart()));
    if (e.date().isPresent()) {
      int start = (int) e.date().get().toEpochDay();
      int end = (int) e.dateEnd().orElseThrow().toEpochDay();
      d.add(new IntPoint(Fields.DATE_START, start));
      d.add(new IntPoint(Fields.DATE_END, end));
      d.add(new NumericDocValuesField(Fields.SORT_DATE, start));
      d.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, Integer.toString(e.date().get().getYear())));
    } else {
      d.add(new StringField(Fields.UNDATED, "true", Field.Store.NO));
      d.add(new NumericDocValuesField(Fields.SORT_DATE, Integer.MAX_VALUE));
    }
    for (EventPlace p : e.places()) {
      for (String code : ancestorCodes(p.code())) {
        d.add(new StringField(Fields.PLACE_CODE, code, Field.Store.NO));
      }
      for (String name : List.of(p.name(), p.city(), p.province())) {
        if (!name.isEmpty()) {
          d.add(new StringField(Fields.PLACE_NAME, name, Field.Store.NO));
        }
      }
    }
    for (String city : new LinkedHashSet<>(e.cities())) {
      d.add(new SortedSetDocValuesFacetField(Fields.FACET_CITY, city));
    }
    Set<String> all = new LinkedHashSet<>();
    for (String p : new LinkedHashSet<>(e.programs())) {
      d.add(new StringField(Fields.PROGRAM, p, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(Fields.FACET_PROGRAM, p));
      all.add(p);
      all.addAll(aliases.apply(p));
    }
    for (String p : all) {
      d.add(new StringField(Fields.PROGRAM_ALL, p, Field.Store.NO));
    }
    for (String org : new LinkedHashSet<>(e.orgs())) {
      d.add(new StringField(Fields.ORG, org, Field.Store.NO));
    }
    d.add(new StringField(Fields.ACTION, e.action(), Field.Store.NO));
    d.add(new StringField(Fields.MERGE_KEY, mergeKey(e), Field.Store.YES));
    // two values, each analyzed alone: the evidence is a sentence the pipeline just segmented
    d.add(new TextField(Fields.TEXT, e.evidence(), Field.Store.NO));
    d.add(new TextField(Fields.TEXT, e.title(), Field.Store.NO));
    byte[] json = EventJson.mapper().writeValueAsBytes(EventJson.toJson(e));
    d.add(new StoredField(Fields.JSON, new BytesRef(json)));
    d.add(new BinaryDocValuesField(Fields.JSON_DV, new BytesRef(json)));
    return FACETS.build(d);
  }

  public static Document page(PageRecord p, String hash) throws JsonProcessingException {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, Fields.KIND_PAGE, Field.Store.NO));
    d.add(new StringField(Fields.SOURCE, p.source(), Field.Store.YES));
    d.add(new StringField(Fields.FILE, p.file(), Field.Store.YES));
    d.add(new StringField(Fields.HASH, hash, Field.Store.YES));
    for (String program : p.programs()) {
      d.add(new StringField(Fields.PROGRAM, program, Field.Store.NO));
    }
    d.add(new StoredField(Fields.JSON, EventJson.mapper().writeValueAsString(p.toJson())));
    return d;
  }

  /** A page as {@link #page} stored it. */
  public static PageRecord toPage(Document d) throws IOException {
    return PageRecord.fromJson(EventJson.mapper().readTree(d.get(Fields.JSON)));
  }

  /** The file marker: lets a re-run skip an unchanged file, even one that yielded no page. */
  public static Document file(String file, String hash) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, Fields.KIND_META, Field.Store.NO));
    d.add(new StringField(Fields.FILE, file, Field.Store.YES));
    d.add(new StringField(Fields.HASH, hash, Field.Store.YES));
    return d;
  }

  public static PolicyEvent toEvent(Document d) {
    BytesRef stored = d.getBinaryValue(Fields.JSON);
    return stored != null ? toEvent(stored, d.get(Fields.ID)) : toEvent(new BytesRef(d.get(Fields.JSON)), d.get(Fields.ID));
  }

  public static PolicyEvent toEvent(BytesRef json, String what) {
    try {
      return EventJson.fromJson(EventJson.mapper().readTree(json.bytes, json.offset, json.length));
    } catch (IOException | RuntimeException e) {
      throw new JishiException("corrupt event in index (" + what + "): " + e.getMessage(), e);
    }
  }

  /**
   * The codes a place stands for in filters: itself, its prefecture and its province.
   *
   * <p>GB/T 2260 codes nest by prefix ({@code 330109} is in {@code 330100}, in {@code 330000}), so
   * the ancestors follow from the code alone; a prefix that names no unit matches nothing.
   */
  public static Set<String> ancestorCodes(String code) {
    Set<String> out = new LinkedHashSet<>();
    if (code.length() == 6 && code.chars().allMatch(Character::isDigit)) {
      out.add(code);
      out.add(code.substring(0, 4) + "00");
      out.add(code.substring(0, 2) + "0000");
    }
    return out;
  }

  /**
   * The events that may be reports of {@code e}'s event share this key: its programme, or its
   * action when it names none; {@link io.github.jishi.internal.event.SameEvent} decides among them.
   */
  public static String mergeKey(PolicyEvent e) {
    return e.program().map(p -> "program:" + p).orElse("action:" + e.action());
  }
}
