package io.github.jishi.internal.view;

import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The words of an event's evidence to mark: where its places, programme, organisations, action and
 * the searched text are written.
 *
 * <p>Names are looked up as written in the evidence (already simplified), in full and without the
 * administrative suffix ({@code 杭州市} is marked where the sentence says {@code 杭州}); overlapping
 * finds keep the longer one. {@code EvidenceMarks.of(e, List.of("先导区"))} gives sorted,
 * disjoint {@code [start, end)} spans.
 */
final class EvidenceMarks {
  private static final List<String> SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
      "特别行政区", "新区", "地区", "省", "市", "区", "县", "盟");

  private EvidenceMarks() {}

  /** One marked span {@code [start, end)} of the evidence. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }

  /** The spans of {@code e.evidence()} to mark, for the event's own names and {@code queryWords}. */
  public static List<Span> of(PolicyEvent e, List<String> queryWords) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(queryWords, "queryWords");
    Set<String> words = new LinkedHashSet<>();
    for (EventPlace p : e.places()) {
      words.add(p.name());
      words.add(shortName(p.name()));
    }
    e.programs().forEach(words::add);
    e.orgs().forEach(words::add);
    words.add(e.action());
    words.addAll(queryWords);
    return find(e.evidence(), words);
  }

  /** Every place {@code words} occur in {@code text}, longest first where finds overlap, in text order. */
  static List<Span> find(String text, Iterable<String> words) {
    List<Span> all = new ArrayList<>();
    for (String w : words) {
      if (w == null || w.isBlank() || w.length() > text.length()) {
        continue;
      }
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        all.add(new Span(at, at + w.length()));
      }
    }
    all.sort(Comparator.comparingInt((Span s) -> s.end() - s.start()).reversed().thenComparingInt(Span::start));
    List<Span> kept = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    outer:
    for (Span s : all) {
      for (int i = s.start(); i < s.end(); i++) {
        if (taken[i]) {
          continue outer;
        }
      }
      for (int i = s.start(); i < s.end(); i++) {
        taken[i] = true;
      }
      kept.add(s);
    }
    kept.sort(Comparator.comparingInt(Span::start));
    return kept;
  }

  /** {@code 杭州市} → {@code 杭州}; a name that would fall under two characters stays whole. */
  static String shortName(String name) {
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
