package io.github.jishi.internal.index;

/** Lucene field names of the timeline index, in one place. */
public final class Fields {
  /** {@code event} or {@code page} */
  public static final String KIND = "kind";
  public static final String KIND_EVENT = "event";
  public static final String KIND_PAGE = "page";
  public static final String KIND_META = "meta";

  public static final String ID = "id";
  /** the document's source as given to index ({@code path#N} for a record) */
  public static final String SOURCE = "source";
  /** the file a source came from: deleting a file deletes all its records */
  public static final String FILE = "file";
  public static final String HASH = "hash";

  /** epoch days, points for range queries */
  public static final String DATE_START = "date_start";
  public static final String DATE_END = "date_end";
  /** epoch day doc values for sorting; undated events sort last */
  public static final String SORT_DATE = "sort_date";
  public static final String UNDATED = "undated";
  /** ties on the date sort by source, then by where on the page the evidence stands */
  public static final String SORT_SOURCE = "sort_source";
  public static final String SORT_OFFSET = "sort_offset";

  /** GB/T 2260 codes of every place and all its ancestors */
  public static final String PLACE_CODE = "place_code";
  /** canonical and short names of every place and its ancestors */
  public static final String PLACE_NAME = "place_name";
  /** canonical programme names */
  public static final String PROGRAM = "program";
  /** canonical names plus aliases, for partial programme queries */
  public static final String PROGRAM_ALL = "program_all";
  public static final String ORG = "org";
  public static final String ACTION = "action";
  public static final String MERGE_KEY = "merge_key";
  public static final String YEAR_SOURCE = "year_source";
  /** analyzed full text: evidence and title */
  public static final String TEXT = "text";
  /** the event or page as JSON */
  public static final String JSON = "json";
  /** the event as JSON again, in doc values: a page of hits reads it far faster than stored fields */
  public static final String JSON_DV = "json_dv";

  public static final String FACET_YEAR = "year";
  public static final String FACET_CITY = "city";
  public static final String FACET_PROGRAM = "program";

  private Fields() {}
}
