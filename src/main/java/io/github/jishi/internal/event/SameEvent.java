package io.github.jishi.internal.event;

import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.internal.lexicon.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule that says two reports are the same event, and how they fold into one.
 *
 * <p>Two dated reports are one event when they name the same programme and record the same kind of
 * step (an approval, a listing, an opening: the kinds of {@code triggers.tsv}), or, with no programme
 * on either, the same action; their dates nest (a month holding a day, a year holding a month) and
 * their places nest (one set of cities inside the other; no city at all sits inside any set). A
 * report with a programme and one without are the same when their days and cities are equal (a
 * summary line that names no programme). Two reports of the same sentence on the same day about the
 * same programme are one event whatever was read around them (a repost with another dateline). Undated reports
 * ({@code month_day} only) are the same when everything is equal.
 *
 * <p>Folding keeps the finer date and its evidence, and adds up sources, cities, places,
 * programmes and organisations: {@code 2021 先导区} and {@code 2021-02-19 先导区 杭州} become
 * {@code 2021-02-19 先导区 杭州}.
 */
public final class SameEvent {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final SameEvent BUNDLED = new SameEvent(Lexicon.bundled().map("triggers"));

  /** Each verb of record's kind, from {@code triggers}. */
  private final Map<String, String> kinds;

  private SameEvent(Map<String, String> kinds) {
    this.kinds = kinds;
  }

  /** The rule with the kinds of the bundled {@code triggers}. */
  public static SameEvent bundled() {
    return BUNDLED;
  }

  /** The rule with the kinds of {@code lexicon}'s {@code triggers} (a user's overlay included). */
  public static SameEvent of(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    return lexicon == Lexicon.bundled() ? BUNDLED : new SameEvent(lexicon.map("triggers"));
  }

  /** The rule with {@code kinds}: each verb of record mapped to its kind, as in {@code triggers}. */
  public static SameEvent of(Map<String, String> kinds) {
    return new SameEvent(Map.copyOf(kinds));
  }

  /** Whether {@code a} and {@code b} report one event. */
  public boolean isSame(PolicyEvent a, PolicyEvent b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.date().isEmpty() || b.date().isEmpty()) {
      return a.date().isEmpty() && b.date().isEmpty() && a.monthDay().equals(b.monthDay())
          && (a.program().isEmpty() || b.program().isEmpty() || a.program().equals(b.program()))
          && Set.copyOf(a.cities()).equals(Set.copyOf(b.cities()));
    }
    if (sameSpan(a, b) && a.program().equals(b.program()) && squash(a.evidence()).equals(squash(b.evidence()))) {
      return true;
    }
    if (a.program().isPresent() && b.program().isPresent()) {
      return a.program().equals(b.program()) && kind(a).equals(kind(b)) && nested(a, b) && citiesNest(a.cities(), b.cities());
    }
    if (a.program().isPresent() || b.program().isPresent()) {
      return sameSpan(a, b) && Set.copyOf(a.cities()).equals(Set.copyOf(b.cities()));
    }
    return a.action().equals(b.action()) && nested(a, b) && !a.cities().isEmpty() && !b.cities().isEmpty()
        && citiesNest(a.cities(), b.cities());
  }

  /**
   * {@code a} and {@code b} as one event: the finer date with its evidence, id and page (the
   * earlier report on a tie), everything else added up, the finer report's first.
   */
  public static PolicyEvent fold(PolicyEvent a, PolicyEvent b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    PolicyEvent base = width(b) < width(a) || (width(b) == width(a) && a.program().isEmpty() && b.program().isPresent()) ? b : a;
    PolicyEvent other = base == a ? b : a;
    List<String> cities = union(base.cities(), other.cities());
    Map<String, EventPlace> places = new LinkedHashMap<>();
    base.places().forEach(p -> places.putIfAbsent(p.name(), p));
    other.places().forEach(p -> places.putIfAbsent(p.name(), p));
    Optional<String> program = base.program().isPresent() ? base.program() : other.program();
    List<String> sources = union(base.sources(), other.sources());
    return new PolicyEvent(base.id(), base.date(), base.dateEnd(), base.precision(), base.monthDay(), base.yearSource(),
        base.yearFrom(), cities, List.copyOf(places.values()), program, union(base.programs(), other.programs()),
        base.action(), union(base.orgs(), other.orgs()), base.evidence(), base.evidenceStart(), base.evidenceEnd(),
        base.source(), sources, base.title(), base.published());
  }

  /** Folds every group of reports of one event into one event, in the order each group was first seen. */
  public List<PolicyEvent> merge(List<PolicyEvent> events) {
    List<PolicyEvent> out = new ArrayList<>();
    for (List<PolicyEvent> group : groupsOf(events)) {
      PolicyEvent merged = group.get(0);
      for (int i = 1; i < group.size(); i++) {
        merged = fold(merged, group.get(i));
      }
      out.add(merged);
    }
    return out;
  }

  /**
   * The reports of {@code events} grouped by event, each group and the groups in first-seen order.
   *
   * <p>Reports are swept in date order within each programme, comparing a report only with the
   * events still open at its first day, so the work grows as n log n for pages and result lists
   * whose events spread over time (a page of 20,000 event sentences included).
   */
  public List<List<PolicyEvent>> groupsOf(List<PolicyEvent> events) {
    Objects.requireNonNull(events, "events");
    int n = events.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // 1. reports of the same sentence on the same day and programme, whatever was read around them
    Map<String, Integer> byEvidence = new HashMap<>();
    for (int i = 0; i < n; i++) {
      PolicyEvent e = events.get(i);
      if (e.date().isPresent()) {
        String key = e.date().get() + "|" + e.dateEnd().get() + "|" + e.program().orElse("") + "|" + squash(e.evidence());
        Integer first = byEvidence.putIfAbsent(key, i);
        if (first != null) {
          union(parent, first, i);
        }
      }
    }
    // 2. undated reports: the same day and cities, and the same programme or none on one side
    Map<String, List<Integer>> undated = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      PolicyEvent e = events.get(i);
      if (e.date().isEmpty()) {
        String key = e.monthDay().map(Object::toString).orElse("") + "|" + String.join(",", new java.util.TreeSet<>(e.cities()));
        undated.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> bucket : undated.values()) {
      for (int x = 1; x < bucket.size(); x++) {
        for (int y = 0; y < x; y++) {
          if (isSame(events.get(bucket.get(y)), events.get(bucket.get(x)))) {
            union(parent, bucket.get(y), bucket.get(x));
            break;
          }
        }
      }
    }
    // 3. by programme (or action, with no programme): a sweep in date order over the open events
    Map<String, List<Integer>> byWhat = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      PolicyEvent e = events.get(i);
      if (e.date().isPresent()) {
        String what = e.program().map(p -> "p:" + p).orElse("a:" + e.action());
        byWhat.computeIfAbsent(what, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> members : byWhat.values()) {
      if (members.size() > 1) {
        sweep(events, members, parent);
      }
    }
    // 4. a report without a programme joins one with a programme on the same days and cities
    Map<String, Integer> withProgram = new HashMap<>();
    for (int i = 0; i < n; i++) {
      PolicyEvent e = events.get(i);
      if (e.date().isPresent() && e.program().isPresent()) {
        withProgram.putIfAbsent(spanCitiesKey(e), i);
      }
    }
    for (int i = 0; i < n; i++) {
      PolicyEvent e = events.get(i);
      if (e.date().isPresent() && e.program().isEmpty()) {
        Integer j = withProgram.get(spanCitiesKey(e));
        if (j != null) {
          union(parent, j, i);
        }
      }
    }
    Map<Integer, List<PolicyEvent>> grouped = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      grouped.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(events.get(i));
    }
    List<List<PolicyEvent>> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (seen.add(root)) {
        out.add(List.copyOf(grouped.get(root)));
      }
    }
    return out;
  }

  /** One programme's reports: each joins the first open event it nests with. */
  private void sweep(List<PolicyEvent> events, List<Integer> members, int[] parent) {
    List<Integer> order = new ArrayList<>(members);
    order.sort(Comparator.<Integer, LocalDate>comparing(i -> events.get(i).date().get())
        .thenComparing(i -> events.get(i).dateEnd().get(), Comparator.reverseOrder())
        .thenComparingInt(i -> i));
    List<Open> open = new ArrayList<>();
    for (int i : order) {
      PolicyEvent e = events.get(i);
      LocalDate start = e.date().get();
      open.removeIf(o -> o.lastDay.isBefore(start)); // sorted by first day: nothing later can reach it
      Open home = null;
      for (Open o : open) {
        // nesting with the finest report only: a year must not bridge two different days
        if (isSame(e, o.finest)) {
          home = o;
          break;
        }
      }
      if (home == null) {
        open.add(new Open(i, e));
      } else {
        union(parent, home.root, i);
        if (width(e) < width(home.finest)) {
          home.finest = e;
        }
        if (e.dateEnd().get().isAfter(home.lastDay)) {
          home.lastDay = e.dateEnd().get();
        }
      }
    }
  }

  /** An event still open in the sweep: its first report's index, its finest report so far, its last day. */
  private static final class Open {
    final int root;
    PolicyEvent finest;
    LocalDate lastDay;

    Open(int root, PolicyEvent first) {
      this.root = root;
      this.finest = first;
      this.lastDay = first.dateEnd().get();
    }
  }

  /** What kind of step an event's verb records ({@code 获批} and {@code 批复} are both approvals). */
  private String kind(PolicyEvent e) {
    return kinds.getOrDefault(e.action(), e.action());
  }

  private static boolean nested(PolicyEvent a, PolicyEvent b) {
    return contains(a, b) || contains(b, a);
  }

  /** Whether {@code outer}'s days hold all of {@code inner}'s. */
  private static boolean contains(PolicyEvent outer, PolicyEvent inner) {
    return !outer.date().get().isAfter(inner.date().get()) && !outer.dateEnd().get().isBefore(inner.dateEnd().get());
  }

  private static boolean sameSpan(PolicyEvent a, PolicyEvent b) {
    return a.date().equals(b.date()) && a.dateEnd().equals(b.dateEnd());
  }

  private static boolean citiesNest(List<String> a, List<String> b) {
    Set<String> x = Set.copyOf(a);
    Set<String> y = Set.copyOf(b);
    return x.containsAll(y) || y.containsAll(x);
  }

  private static long width(PolicyEvent e) {
    return e.date().isEmpty() ? Long.MAX_VALUE : e.dateEnd().get().toEpochDay() - e.date().get().toEpochDay();
  }

  private static String spanCitiesKey(PolicyEvent e) {
    return e.date().get() + "|" + e.dateEnd().get() + "|" + String.join(",", new java.util.TreeSet<>(e.cities()));
  }

  private static String squash(String s) {
    return WHITESPACE.matcher(s).replaceAll("");
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // the earlier report stays the root, so a group keeps its first-seen place
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
