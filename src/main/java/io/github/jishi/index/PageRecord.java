package io.github.jishi.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One indexed page: where it came from and what programmes it names.
 *
 * @param source the page's source as given ({@code path#N} for a record of a JSON Lines file)
 * @param file the file it was read from, as given
 * @param title the page's title, or empty
 * @param published its publish date, when known
 * @param programs programmes it names
 * @param events events read from it
 * @param url the page's own URL when it states one, else empty string
 */
public record PageRecord(
    String source, String file, String title, Optional<LocalDate> published, List<String> programs, int events, String url) {
  /**
   * A page that states no URL of its own.
   *
   * @param source the page's source
   * @param file the file it was read from
   * @param title the title
   * @param published the publish date
   * @param programs programmes it names
   * @param events events read from it
   */
  public PageRecord(String source, String file, String title, Optional<LocalDate> published, List<String> programs, int events) {
    this(source, file, title, published, programs, events, "");
  }

  public PageRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    programs = List.copyOf(programs);
    Objects.requireNonNull(url, "url");
  }
}
