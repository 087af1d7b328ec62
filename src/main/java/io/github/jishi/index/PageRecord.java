package io.github.jishi.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.internal.event.EventJson;
import java.time.LocalDate;
import java.util.ArrayList;
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

  /**
   * Checks the parts and copies the list of programmes.
   *
   * @param source the page's source as given
   * @param file the file it was read from, as given
   * @param title the page's title, or empty
   * @param published its publish date, when known
   * @param programs programmes it names
   * @param events events read from it
   * @param url the page's own URL when it states one, else empty string
   */
  public PageRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    programs = List.copyOf(programs);
    Objects.requireNonNull(url, "url");
  }

  /**
   * The page as stored beside its events, in the local index and in Solr alike.
   *
   * @return {@code source}, {@code file}, {@code title}, {@code published}, {@code programs},
   *     {@code events} and {@code url} (null when the page states none)
   */
  public ObjectNode toJson() {
    ObjectNode o = EventJson.mapper().createObjectNode();
    o.put("source", source);
    o.put("file", file);
    o.put("title", title);
    o.put("published", published.map(LocalDate::toString).orElse(null));
    programs.forEach(o.putArray("programs")::add);
    o.put("events", events);
    o.put("url", url.isEmpty() ? null : url);
    return o;
  }

  /**
   * A page as {@link #toJson()} wrote it.
   *
   * @param o the stored object
   * @return the page
   */
  public static PageRecord fromJson(JsonNode o) {
    List<String> programs = new ArrayList<>();
    o.path("programs").forEach(n -> programs.add(n.asText()));
    return new PageRecord(o.path("source").asText(), o.path("file").asText(), o.path("title").asText(""),
        o.hasNonNull("published") ? Optional.of(LocalDate.parse(o.get("published").asText())) : Optional.empty(),
        programs, o.path("events").asInt(), o.hasNonNull("url") ? o.get("url").asText() : "");
  }
}
