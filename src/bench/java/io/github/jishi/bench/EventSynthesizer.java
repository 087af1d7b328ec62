package io.github.jishi.bench;

import io.github.jishi.internal.entity.Place;
import io.github.jishi.internal.entity.ProgramEntry;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.PageRecord;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes policy events without reading pages, for a large index built fast: cities skewed towards
 * the large ones, programmes skewed towards the national flagships, dates over ten years at
 * day, month and year precision with some undated, and evidence sentences naming all of it.
 *
 * <p>Batch {@code i} depends only on the seed and {@code i}.
 */
final class EventSynthesizer {
  /** Events written per synthetic file, and per synthetic page within it. */
  static final int EVENTS_PER_FILE = 50;
  static final int EVENTS_PER_PAGE = 5;

  private static final List<String> ACTIONS = List.of("获批", "支持创建", "揭牌", "启动", "印发", "举办", "发布", "入选", "签约", "成立");

  private final long seed;
  private final NamePool names;
  private final PipelineParts parts;
  private final double[] programWeights;

  EventSynthesizer(long seed, NamePool names, PipelineParts parts) {
    this.seed = seed;
    this.names = names;
    this.parts = parts;
    this.programWeights = NamePool.zipfCumulative(names.programs().size(), 0.8);
  }

  /** One synthetic file's pages and events. */
  record Batch(String file, String hash, List<PageRecord> pages, List<PolicyEvent> events) {}

  Batch batch(int index) {
    SplittableRandom r = new SplittableRandom(seed * 31 + index * 0x9E3779B97F4A7C15L);
    String file = String.format(Locale.ROOT, "synthetic/%03d/events-%06d.txt", index / 1000, index);
    List<PolicyEvent> events = new ArrayList<>(EVENTS_PER_FILE);
    List<PageRecord> pages = new ArrayList<>();
    for (int p = 0; p < EVENTS_PER_FILE / EVENTS_PER_PAGE; p++) {
      String source = file + "#" + (p + 1);
      Place city = names.city(r);
      ProgramEntry program = names.programs().get(NamePool.pickCumulative(programWeights, r));
      LocalDate published = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(365 * 11));
      String title = NamePool.shortName(city) + NamePool.programName(program, r) + "建设取得新进展";
      Set<String> pagePrograms = new LinkedHashSet<>();
      for (int k = 0; k < EVENTS_PER_PAGE; k++) {
        PolicyEvent e = event(r, index, p, k, source, title, published, city, program);
        e.program().ifPresent(pagePrograms::add);
        events.add(e);
      }
      pages.add(new PageRecord(source, file, title, Optional.of(published), List.copyOf(pagePrograms), EVENTS_PER_PAGE));
    }
    return new Batch(file, String.format(Locale.ROOT, "%016x", seed ^ index), pages, events);
  }

  private PolicyEvent event(SplittableRandom r, int file, int page, int k, String source, String title, LocalDate published,
      Place pageCity, ProgramEntry pageProgram) {
    Place city = r.nextInt(3) == 0 ? names.city(r) : pageCity;
    List<Place> places = new ArrayList<>();
    places.add(r.nextInt(5) == 0 ? names.district(city, r).orElse(city) : city);
    if (r.nextInt(6) == 0) {
      places.add(names.city(r));
    }
    List<EventPlace> eventPlaces = new ArrayList<>();
    Set<String> cities = new LinkedHashSet<>();
    for (Place p : places) {
      EventPlace ep = parts.eventPlace(p);
      eventPlaces.add(ep);
      cities.add(ep.cityOrProvince());
    }
    Optional<String> program = r.nextInt(7) == 0 ? Optional.empty()
        : Optional.of(r.nextInt(3) == 0 ? names.programs().get(NamePool.pickCumulative(programWeights, r)).canonical() : pageProgram.canonical());
    LocalDate day = published.minusDays(r.nextInt(200));
    int kind = r.nextInt(20);
    Precision precision;
    Optional<LocalDate> date;
    Optional<LocalDate> end;
    Optional<MonthDay> monthDay = Optional.empty();
    YearSource yearSource = r.nextBoolean() ? YearSource.STATED : YearSource.REFERENCE;
    String when;
    if (kind < 12) {
      precision = Precision.DAY;
      date = Optional.of(day);
      end = date;
      when = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    } else if (kind < 16) {
      precision = Precision.MONTH;
      date = Optional.of(day.withDayOfMonth(1));
      end = Optional.of(day.withDayOfMonth(day.lengthOfMonth()));
      when = day.getYear() + "年" + day.getMonthValue() + "月";
    } else if (kind < 18) {
      precision = Precision.YEAR;
      date = Optional.of(day.withDayOfYear(1));
      end = Optional.of(day.withDayOfYear(day.lengthOfYear()));
      when = day.getYear() + "年";
    } else {
      precision = Precision.DAY;
      date = Optional.empty();
      end = Optional.empty();
      monthDay = Optional.of(MonthDay.from(day));
      yearSource = YearSource.NONE;
      when = day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
    String action = NamePool.pick(ACTIONS, r);
    String ministry = NamePool.pick(NamePool.MINISTRIES, r);
    List<String> orgs = r.nextBoolean() ? List.of(ministry) : List.of();
    String placeText = String.join("、", eventPlaces.stream().map(EventPlace::name).toList());
    String evidence = when + "，" + (orgs.isEmpty() ? "" : ministry + "宣布，") + placeText + action
        + program.map(p -> p + "，").orElse("一批" + NamePool.pick(NamePool.INDUSTRIES, r) + "项目，")
        + "重点推进" + NamePool.pick(NamePool.INDUSTRIES, r) + "和" + NamePool.pick(NamePool.INDUSTRIES, r) + "应用，首批"
        + (3 + r.nextInt(60)) + "家企业参与。";
    String id = String.format(Locale.ROOT, "%012x", (seed * 1_000_003L + (long) file * 100 + page * 10L + k) & 0xFFFFFFFFFFFFL);
    int start = r.nextInt(2000);
    List<String> programs = program.map(List::of).orElse(List.of());
    return new PolicyEvent(id, date, end, precision, monthDay, yearSource, "", List.copyOf(cities), eventPlaces, program, programs,
        action, orgs, evidence, start, start + evidence.length(), source, List.of(source), title, Optional.of(published));
  }
}
