package io.github.jishi.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page as read from disk: its body with the chrome cut, still in the page's own script.
 *
 * @param source the path as it was given to the reader (for a record of a JSON array or JSONL
 *     file: {@code path#N}, N from 1)
 * @param format the detected form
 * @param title the page's title, or empty string when none was found
 * @param published the publish date, when the page states one
 * @param publishedFrom where the publish date was read from, or empty string when there is none:
 *     {@code meta <name>} ({@code meta article:published_time}), {@code time datetime},
 *     {@code json-ld datePublished}, {@code front matter <key>}, {@code json <key>},
 *     {@code line <label>} for a header line ({@code line 发布时间}; {@code line date} when the
 *     line starts with the date itself, {@code line byline} for an agency byline, {@code line stamp}
 *     for a page stamp of low trust), {@code dateline} for a dateline that writes its year,
 *     {@code footer} for the date at the foot of a notice, or {@code url <key>} for a date in a
 *     record's URL
 * @param dateline the story's dateline, when there is one
 * @param text the article body, chrome removed, not yet normalized (paragraphs separated by {@code \n})
 * @param removed what was cut, in page order
 * @param facts what the layout states besides the text: metadata fields ({@code 成文日期},
 *     {@code 发文机关}), the foot of a notice, a page stamp
 * @param url the page's own URL when it states one (a JSON record's {@code url}, an HTML page's
 *     {@code <link rel=canonical>} or {@code og:url}, front matter {@code url}), else empty string
 */
public record SourceDocument(
    String source,
    DocumentFormat format,
    String title,
    Optional<LocalDate> published,
    String publishedFrom,
    Optional<Dateline> dateline,
    String text,
    List<RemovedBlock> removed,
    PageFacts facts,
    String url) {
  /**
   * Checks the parts and copies the list of removed blocks.
   *
   * @param source what names the page
   * @param format the detected form
   * @param title the title, or empty
   * @param published the publish date, when stated
   * @param publishedFrom where the publish date was read from, or empty
   * @param dateline the dateline, when there is one
   * @param text the body
   * @param removed what was cut
   * @param facts what the layout states besides the text
   * @param url the page's own URL when it states one, else empty
   */
  public SourceDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(url, "url");
  }

  /**
   * A document that states no URL of its own.
   *
   * @param source what names the page
   * @param format the detected form
   * @param title the title, or empty
   * @param published the publish date, when stated
   * @param publishedFrom where the publish date was read from, or empty
   * @param dateline the dateline, when there is one
   * @param text the body
   * @param removed what was cut
   * @param facts what the layout states besides the text
   */
  public SourceDocument(String source, DocumentFormat format, String title, Optional<LocalDate> published,
      String publishedFrom, Optional<Dateline> dateline, String text, List<RemovedBlock> removed, PageFacts facts) {
    this(source, format, title, published, publishedFrom, dateline, text, removed, facts, "");
  }

  /**
   * The same document with this URL ({@code url} stripped; blank means none).
   *
   * @param url the page's own URL, or {@code null} or blank for none
   * @return the document with this URL
   */
  public SourceDocument withUrl(String url) {
    return new SourceDocument(source, format, title, published, publishedFrom, dateline, text, removed, facts,
        url == null ? "" : url.strip());
  }

  /**
   * A document whose layout states no facts besides its text.
   *
   * @param source what names the page
   * @param format the detected form
   * @param title the title, or empty
   * @param published the publish date, when stated
   * @param publishedFrom where the publish date was read from, or empty
   * @param dateline the dateline, when there is one
   * @param text the body
   * @param removed what was cut
   */
  public SourceDocument(String source, DocumentFormat format, String title, Optional<LocalDate> published,
      String publishedFrom, Optional<Dateline> dateline, String text, List<RemovedBlock> removed) {
    this(source, format, title, published, publishedFrom, dateline, text, removed, PageFacts.none());
  }

  /**
   * A page an embedder holds in memory as clean text (no markup, no site chrome): read as it is,
   * its datelines and layout facts not looked for. For a raw page (HTML, Markdown, a JSON record),
   * use {@link DocumentReader#readString(String, String)}, which cuts the chrome and reads them.
   *
   * @param source what names the page (a URL, an id): events report it as their {@code source}
   * @param title the page's title, or empty
   * @param text the body, paragraphs separated by {@code \n}
   * @param published the publish date, or null when unknown: relative dates ({@code 昨日}) and
   *     dates without a year are read against it
   * @return the document
   */
  public static SourceDocument of(String source, String title, String text, LocalDate published) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    if (source.isBlank()) {
      throw new io.github.jishi.JishiException("source must not be blank");
    }
    Optional<LocalDate> date = Optional.ofNullable(published);
    return new SourceDocument(source, DocumentFormat.TEXT, title, date, date.isPresent() ? "given" : "", Optional.empty(),
        text, List.of(), PageFacts.none());
  }
}
