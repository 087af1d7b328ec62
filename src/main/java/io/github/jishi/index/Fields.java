package io.github.jishi.index;

/** Lucene field names of the timeline index, in one place. */
final class Fields {
  /** {@code event} or {@code page} */
  static final String KIND = "kind";
  static final String KIND_EVENT = "event";
  static final String KIND_PAGE = "page";
  static final String KIND_META = "meta";

  static final String ID = "id";
  /** the document's source as given to index ({@code path#N} for a record) */
  static final String SOURCE = "source";
  /** the file a source came from: deleting a file deletes all its records */
  static final String FILE = "file";
  static final String HASH = "hash";

  /** epoch days, points for range queries */
  static final String DATE_START = "date_start";
  static final String DATE_END = "date_end";
  /** epoch day doc values for sorting; undated events sort last */
  static final String SORT_DATE = "sort_date";
  static final String UNDATED = "undated";
  /** ties on the date sort by source, then by where on the page the evidence stands */
  static final String SORT_SOURCE = "sort_source";
  static final String SORT_OFFSET = "sort_offset";

  /** GB/T 2260 codes of every place and all its ancestors */
  static final String PLACE_CODE = "place_code";
  /** canonical and short names of every place and its ancestors */
  static final String PLACE_NAME = "place_name";
  /** canonical programme names */
  static final String PROGRAM = "program";
  /** canonical names plus aliases, for partial programme queries */
  static final String PROGRAM_ALL = "program_all";
  static final String ORG = "org";
  static final String ACTION = "action";
  static final String MERGE_KEY = "merge_key";
  static final String YEAR_SOURCE = "year_source";
  /** analyzed full text: evidence and title */
  static final String TEXT = "text";
  /** the event or page as JSON */
  static final String JSON = "json";
  /** the event as JSON again, in doc values: a page of hits reads it far faster than stored fields */
  static final String JSON_DV = "json_dv";

  static final String FACET_YEAR = "year";
  static final String FACET_CITY = "city";
  static final String FACET_PROGRAM = "program";

  private Fields() {}
}
