package io.github.jishi.source;

import java.util.List;
import java.util.Objects;

/**
 * Which keys of a JSON or JSONL record hold the title, the body, the publish date and the URL.
 *
 * <p>Keys are matched case-insensitively, first in the record itself and then in nested objects, in
 * the order given; the first key with a usable value wins. A body value may be plain text, an
 * array of paragraphs, or HTML (which is then parsed and cleaned like a page).
 *
 * @param titleKeys keys tried for the title
 * @param textKeys keys tried for the body
 * @param dateKeys keys tried for the publish date (ISO, RFC 1123, {@code 2022年7月26日} or epoch)
 * @param urlKeys keys tried for the page URL, whose path may carry the publish date
 */
public record ReaderOptions(
    List<String> titleKeys, List<String> textKeys, List<String> dateKeys, List<String> urlKeys) {
  /**
   * Checks and copies the lists of keys.
   *
   * @param titleKeys keys tried for the title
   * @param textKeys keys tried for the body
   * @param dateKeys keys tried for the publish date
   * @param urlKeys keys tried for the page URL
   */
  public ReaderOptions {
    titleKeys = checked(titleKeys, "titleKeys");
    textKeys = checked(textKeys, "textKeys");
    dateKeys = checked(dateKeys, "dateKeys");
    urlKeys = checked(urlKeys, "urlKeys");
  }

  /**
   * The keys common crawlers and news APIs use.
   *
   * @return the default options
   */
  public static ReaderOptions defaults() {
    return new ReaderOptions(
        List.of("title", "headline"),
        List.of("content", "text", "body", "article"),
        List.of("date", "published", "publish_time", "pubdate", "time"),
        List.of("url", "link"));
  }

  private static List<String> checked(List<String> keys, String name) {
    Objects.requireNonNull(keys, name);
    for (String key : keys) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException(name + " contains a blank key: " + keys);
      }
    }
    return List.copyOf(keys);
  }
}
