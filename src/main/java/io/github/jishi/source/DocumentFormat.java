package io.github.jishi.source;

/** The form a page was read in, detected from its content as well as its file name. */
public enum DocumentFormat {
  /** Plain text. */
  TEXT,
  /** An HTML page. */
  HTML,
  /** Markdown, with or without front matter. */
  MARKDOWN,
  /** A JSON record, or an array of records. */
  JSON,
  /** JSON Lines: one record a line. */
  JSONL
}
