package io.github.jishi.source;

/** The form a page was read in, detected from its content as well as its file name. */
public enum DocumentFormat {
  TEXT,
  HTML,
  MARKDOWN,
  JSON,
  JSONL
}
