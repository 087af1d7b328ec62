package io.github.jishi.internal.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sentences of one document have established so far, for resolving the next one.
 *
 * <p>Holds the dateline place and the places recently named (most recent first), so that an
 * ambiguous district name ({@code 鼓楼区}) or a local body without its city ({@code 市经济信息化委})
 * can be resolved from nearby context. Not thread-safe: one per document being processed.
 */
public final class DocumentContext {
  private static final int REMEMBERED = 32;

  private final Place datelinePlace;
  private final Deque<Place> recent = new ArrayDeque<>();
  private final Deque<String> recentPrograms = new ArrayDeque<>();

  private DocumentContext(Place datelinePlace) {
    this.datelinePlace = datelinePlace;
  }

  public static DocumentContext empty() {
    return new DocumentContext(null);
  }

  public static DocumentContext withDateline(Place datelinePlace) {
    return new DocumentContext(Objects.requireNonNull(datelinePlace, "datelinePlace"));
  }

  public Optional<Place> datelinePlace() {
    return Optional.ofNullable(datelinePlace);
  }

  /** Records a place named in the text; the most recent comes first in {@link #recentPlaces()}. */
  public void notePlace(Place place) {
    Objects.requireNonNull(place, "place");
    recent.remove(place);
    recent.addFirst(place);
    while (recent.size() > REMEMBERED) {
      recent.removeLast();
    }
  }

  /** Places named so far, most recent first, then the dateline place if not among them. */
  public List<Place> recentPlaces() {
    List<Place> out = new ArrayList<>(recent);
    if (datelinePlace != null && !out.contains(datelinePlace)) {
      out.add(datelinePlace);
    }
    return out;
  }

  /** Records a programme named in the text (its canonical name); the most recent comes first. */
  public void noteProgram(String canonical) {
    Objects.requireNonNull(canonical, "canonical");
    recentPrograms.remove(canonical);
    recentPrograms.addFirst(canonical);
    while (recentPrograms.size() > REMEMBERED) {
      recentPrograms.removeLast();
    }
  }

  /** Programmes named so far (canonical names), most recent first. */
  public List<String> recentPrograms() {
    return List.copyOf(recentPrograms);
  }
}
