package io.github.jishi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.JishiException;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.internal.index.TimelineWriter;
import io.github.jishi.nlp.Token;
import io.github.jishi.text.NormalizedText;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on its own: events written by {@link TimelineWriter}, found by {@link TimelineIndex}.
 *
 * <p>Recognition is not under test here, so events are built by hand and full text is segmented
 * one character per word.
 */
class TimelineIndexTest {
  static final EventPlace HANGZHOU = new EventPlace("杭州市", "330100", "city", "杭州市", "浙江省");
  static final EventPlace XIAOSHAN = new EventPlace("萧山区", "330109", "district", "杭州市", "浙江省");
  static final EventPlace GUANGZHOU = new EventPlace("广州市", "440100", "city", "广州市", "广东省");
  static final EventPlace SHANGHAI = new EventPlace("上海市", "310000", "province", "上海市", "上海市");
  static final String PILOT_ZONE = "国家人工智能创新应用先导区";
  static final String PILOT_BASE = "国家人工智能应用中试基地";

  @TempDir Path dir;

  static Analyzer analyzer() {
    return new JishiAnalyzer(s -> new NormalizedText(s, s.replace('創', '创').replace('區', '区'), identity(s.length())), text -> {
      List<Token> out = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        out.add(new Token(text.substring(i, i + 1), "x", i, i + 1));
      }
      return out;
    });
  }

  static int[] identity(int n) {
    int[] map = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      map[i] = i;
    }
    return map;
  }

  static final QueryResolver RESOLVER = new QueryResolver() {
    @Override
    public String normalize(String query) {
      return query.replace("試", "试").replace("廣", "广");
    }

    @Override
    public PlaceMatch resolveCity(String name) {
      return switch (name) {
        case "杭州", "杭州市" -> new PlaceMatch(Set.of("330100"), Set.of("杭州市"));
        case "浙江", "浙江省" -> new PlaceMatch(Set.of("330000"), Set.of("浙江省"));
        case "广州" -> new PlaceMatch(Set.of("440100"), Set.of("广州市"));
        case "上海" -> new PlaceMatch(Set.of("310000"), Set.of("上海市"));
        default -> throw new JishiException("unknown city '" + name + "'");
      };
    }
  };

  static PolicyEvent event(String id, String source, LocalDate date, Precision p, EventPlace place, String program, String evidence) {
    LocalDate end = p == Precision.YEAR ? LocalDate.of(date.getYear(), 12, 31) : date;
    return new PolicyEvent(id, Optional.of(date), Optional.of(end), p, Optional.of(MonthDay.from(date)), YearSource.STATED, "",
        List.of(place.cityOrProvince()), List.of(place), Optional.ofNullable(program), program == null ? List.of() : List.of(program),
        "批复", List.of(), evidence, 0, evidence.length(), source, List.of(source), "标题", Optional.empty());
  }

  static PolicyEvent undated(String id, String source, MonthDay md, EventPlace place, String program, String evidence) {
    return new PolicyEvent(id, Optional.empty(), Optional.empty(), Precision.DAY, Optional.of(md), YearSource.NONE, "",
        List.of(place.cityOrProvince()), List.of(place), Optional.of(program), List.of(program), "启动", List.of(), evidence, 0,
        evidence.length(), source, List.of(source), "标题", Optional.empty());
  }

  void write(String file, String hash, PolicyEvent... events) throws Exception {
    try (TimelineWriter w = TimelineWriter.open(dir, analyzer(), name -> name.equals(PILOT_BASE) ? List.of("中试基地") : List.of())) {
      w.replaceFile(file, hash, List.of(new PageRecord(file, file, "标题", Optional.empty(), List.of(), events.length)), List.of(events));
      w.inferYears();
      w.commit();
    }
  }

  TimelineIndex open() {
    return TimelineIndex.open(dir, TimelineIndexTest::analyzer, RESOLVER);
  }

  @Test
  void city_provinceFindsEventsOfItsCitiesAndDistricts() throws Exception {
    write("a.txt", "h1",
        event("e1", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "支持创建杭州国家人工智能创新应用先导区"),
        event("e2", "a.txt", LocalDate.of(2025, 9, 27), Precision.DAY, XIAOSHAN, PILOT_BASE, "中试基地落户萧山区"),
        event("e3", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, GUANGZHOU, PILOT_ZONE, "支持创建广州国家人工智能创新应用先导区"));
    try (TimelineIndex index = open()) {
      assertEquals(List.of("e1", "e2"), ids(index.search(EventQuery.builder().city("浙江").build())));
      assertEquals(List.of("e1", "e2"), ids(index.search(EventQuery.builder().city("杭州").build())));
      assertEquals(List.of("e3"), ids(index.search(EventQuery.builder().city("广州").build())));
      assertEquals(List.of("e1", "e3", "e2"), ids(index.search(EventQuery.builder().city("广州").city("杭州").build())));
    }
  }

  @Test
  void dateRange_wholeSpanInsideUnlessOverlap() throws Exception {
    write("a.txt", "h1",
        event("day", "a.txt", LocalDate.of(2025, 9, 10), Precision.DAY, HANGZHOU, PILOT_BASE, "9月10日启动"),
        event("year", "a.txt", LocalDate.of(2025, 1, 1), Precision.YEAR, GUANGZHOU, PILOT_BASE, "今年布局建设"),
        event("old", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "2月19日印发"));
    try (TimelineIndex index = open()) {
      EventQuery september = EventQuery.builder().from("2025-09").to("2025-09").build();
      assertEquals(List.of("day"), ids(index.search(september)));
      EventQuery overlapping = EventQuery.builder().from("2025-09").to("2025-09").overlap(true).build();
      assertEquals(List.of("year", "day"), ids(index.search(overlapping)));
      assertEquals(List.of("old"), ids(index.search(EventQuery.builder().to("2024").build())));
    }
  }

  @Test
  void search_yearReportAndDayReportOfOneEvent_areOneRowWithBothPages() throws Exception {
    write("a.txt", "h1", event("year", "a.txt", LocalDate.of(2021, 1, 1), Precision.YEAR, HANGZHOU, PILOT_ZONE, "杭州2021年获批先导区"));
    write("b.txt", "h2", event("day", "b.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "2月19日支持杭州创建先导区"));
    try (TimelineIndex index = open()) {
      List<PolicyEvent> found = index.search(EventQuery.builder().city("杭州").build());
      assertEquals(List.of("day"), ids(found));
      assertEquals(List.of("b.txt", "a.txt"), found.get(0).sources());
      assertEquals("day", index.find("year").orElseThrow().id(), "either report's id finds the merged event");
    }
  }

  @Test
  void program_partialNameInEitherScriptMatchesCanonicalAndAliases() throws Exception {
    write("a.txt", "h1",
        event("zone", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "先导区"),
        event("base", "a.txt", LocalDate.of(2025, 9, 27), Precision.DAY, HANGZHOU, PILOT_BASE, "中试基地"));
    try (TimelineIndex index = open()) {
      assertEquals(List.of("zone"), ids(index.search(EventQuery.builder().program("先导区").build())));
      assertEquals(List.of("base"), ids(index.search(EventQuery.builder().program("中試基地").build())));
      JishiException e = assertThrows(JishiException.class, () -> index.search(EventQuery.builder().program("示范区").build()));
      assertTrue(e.getMessage().contains("示范区"), e.getMessage());
    }
  }

  @Test
  void text_traditionalQueryFindsSimplifiedEvidence() throws Exception {
    write("a.txt", "h1",
        event("zone", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "支持创建杭州国家人工智能创新应用先导区"),
        event("base", "a.txt", LocalDate.of(2025, 9, 27), Precision.DAY, HANGZHOU, PILOT_BASE, "中试基地正式亮相"));
    try (TimelineIndex index = open()) {
      assertEquals(List.of("zone"), ids(index.search(EventQuery.builder().text("創新").build())));
    }
  }

  @Test
  void reindexingAChangedFile_replacesItsEventsWithoutDuplicates() throws Exception {
    write("a.txt", "h1", event("e1", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "第一版"));
    write("a.txt", "h2", event("e2", "a.txt", LocalDate.of(2021, 2, 20), Precision.DAY, HANGZHOU, PILOT_ZONE, "第二版"));
    try (TimelineIndex index = open()) {
      assertEquals(List.of("e2"), ids(index.search(EventQuery.all())));
      assertEquals(Map.of("pages", 1, "events", 1), index.stats());
    }
    try (TimelineWriter w = TimelineWriter.open(dir, analyzer(), n -> List.of())) {
      assertTrue(w.isCurrent("a.txt", "h2"));
      assertEquals(1, w.prune(file -> false));
      w.commit();
    }
    try (TimelineIndex index = open()) {
      assertEquals(List.of(), index.search(EventQuery.all()));
    }
  }

  @Test
  void sameEventFromTwoPages_mergesIntoOneWithBothSources() throws Exception {
    write("a.txt", "h1", event("a1", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "工信部支持创建杭州先导区"));
    write("b.txt", "h1", event("b1", "b.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "杭州获批建设先导区"));
    try (TimelineIndex index = open()) {
      List<PolicyEvent> events = index.search(EventQuery.all());
      assertEquals(1, events.size());
      assertEquals(List.of("a.txt", "b.txt"), events.get(0).sources());
      assertEquals(List.of("a.txt", "b.txt"), index.find("b1").orElseThrow().sources());
    }
  }

  @Test
  void monthDayWithoutYear_takesTheYearOfTheSameProgrammeOnAnotherPage() throws Exception {
    write("dated.txt", "h1", event("d1", "dated.txt", LocalDate.of(2025, 9, 27), Precision.DAY, HANGZHOU, PILOT_BASE, "中试基地亮相"));
    write("undated.txt", "h1", undated("u1", "undated.txt", MonthDay.of(9, 19), GUANGZHOU, PILOT_BASE, "9月19日中试基地正式启动"));
    try (TimelineIndex index = open()) {
      PolicyEvent e = index.find("u1").orElseThrow();
      assertEquals(Optional.of(LocalDate.of(2025, 9, 19)), e.date());
      assertEquals(YearSource.CORPUS, e.yearSource());
      assertEquals("dated.txt", e.yearFrom());
      assertEquals(List.of("u1"), ids(index.search(EventQuery.builder().from("2025-09-19").to("2025-09-19").build())));
    }
  }

  @Test
  void monthDayWithoutEvidence_keepsNullDates() throws Exception {
    write("undated.txt", "h1", undated("u1", "undated.txt", MonthDay.of(9, 19), GUANGZHOU, PILOT_BASE, "9月19日中试基地正式启动"));
    try (TimelineIndex index = open()) {
      PolicyEvent e = index.find("u1").orElseThrow();
      assertEquals(Optional.empty(), e.date());
      assertEquals(Optional.of(MonthDay.of(9, 19)), e.monthDay());
      assertEquals(List.of(), index.search(EventQuery.builder().from("2025").to("2025").build()));
    }
  }

  @Test
  void secondWriter_failsWithAClearMessage() throws Exception {
    try (TimelineWriter first = TimelineWriter.open(dir, analyzer(), n -> List.of())) {
      JishiException e = assertThrows(JishiException.class, () -> TimelineWriter.open(dir, analyzer(), n -> List.of()));
      assertTrue(e.getMessage().contains("another jishi process"), e.getMessage());
    }
  }

  @Test
  void uncommittedWrites_leaveTheLastCommitReadable() throws Exception {
    write("a.txt", "h1", event("e1", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "已提交"));
    try (TimelineWriter w = TimelineWriter.open(dir, analyzer(), n -> List.of());
         TimelineIndex index = open()) {
      w.replaceFile("b.txt", "h", List.of(), List.of(event("e2", "b.txt", LocalDate.of(2022, 1, 1), Precision.DAY, SHANGHAI, null, "未提交")));
      assertEquals(List.of("e1"), ids(index.search(EventQuery.all())));
    }
    try (TimelineIndex index = open()) {
      assertEquals(List.of("e1"), ids(index.search(EventQuery.all())));
    }
  }

  @Test
  void facets_countByYearCityAndProgramme() throws Exception {
    write("a.txt", "h1",
        event("e1", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, HANGZHOU, PILOT_ZONE, "先导区"),
        event("e2", "a.txt", LocalDate.of(2021, 2, 19), Precision.DAY, GUANGZHOU, PILOT_ZONE, "先导区"),
        event("e3", "a.txt", LocalDate.of(2025, 9, 27), Precision.DAY, HANGZHOU, PILOT_BASE, "中试基地"));
    try (TimelineIndex index = open()) {
      Map<String, Map<String, Integer>> f = index.facets(EventQuery.all());
      assertEquals(Map.of("2021", 2, "2025", 1), f.get("year"));
      assertEquals(Map.of("杭州市", 2, "广州市", 1), f.get("city"));
      assertEquals(2, f.get("program").get(PILOT_ZONE));
    }
  }

  @Test
  void missingIndex_isAOneLineError() {
    JishiException e = assertThrows(JishiException.class, () -> TimelineIndex.open(dir.resolve("nope"), TimelineIndexTest::analyzer, RESOLVER));
    assertTrue(e.getMessage().startsWith("no index at"), e.getMessage());
  }

  static List<String> ids(List<PolicyEvent> events) {
    return events.stream().map(PolicyEvent::id).toList();
  }
}
