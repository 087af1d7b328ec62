package io.github.jishi.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SameEventTest {
  private static final String PILOT = "国家人工智能创新应用先导区";

  private static PolicyEvent event(String id, String from, String to, Precision p, String program, String source,
      String evidence, String... cities) {
    List<EventPlace> places = new ArrayList<>();
    for (String c : cities) {
      places.add(new EventPlace(c, "", "city", c, ""));
    }
    return new PolicyEvent(id, Optional.of(LocalDate.parse(from)), Optional.of(LocalDate.parse(to)), p,
        Optional.of(MonthDay.from(LocalDate.parse(from))), YearSource.STATED, "", List.of(cities), places,
        Optional.ofNullable(program), program == null ? List.of() : List.of(program), "批复", List.of(), evidence, 0,
        evidence.length(), source, List.of(source), "", Optional.empty());
  }

  @Test
  void same_yearHoldsDayAndCitiesNest() {
    PolicyEvent year = event("a", "2021-01-01", "2021-12-31", Precision.YEAR, PILOT, "a.txt", "2021年杭州获批先导区。", "杭州市");
    PolicyEvent day = event("b", "2021-02-19", "2021-02-19", Precision.DAY, PILOT, "b.txt", "2月19日，工信部支持杭州、广州创建先导区。",
        "杭州市", "广州市");
    assertTrue(SameEvent.bundled().isSame(year, day));
    PolicyEvent folded = SameEvent.fold(year, day);
    assertEquals(Optional.of(LocalDate.parse("2021-02-19")), folded.date(), "the finer date wins");
    assertEquals(List.of("b.txt", "a.txt"), folded.sources(), "the finer report's page first");
    assertEquals(List.of("杭州市", "广州市"), folded.cities());
  }

  @Test
  void same_disjointCities_areTwoEvents() {
    PolicyEvent a = event("a", "2021-02-19", "2021-02-19", Precision.DAY, PILOT, "a.txt", "杭州获批。", "杭州市");
    PolicyEvent b = event("b", "2021-02-01", "2021-02-28", Precision.MONTH, PILOT, "b.txt", "成都获批。", "成都市");
    assertFalse(SameEvent.bundled().isSame(a, b));
  }

  @Test
  void same_otherProgramme_isAnotherEvent() {
    PolicyEvent a = event("a", "2019-10-01", "2019-10-31", Precision.MONTH, "国家新一代人工智能创新发展试验区", "a.txt", "杭州获批试验区。",
        "杭州市");
    PolicyEvent b = event("b", "2019-10-01", "2019-10-31", Precision.MONTH, PILOT, "a.txt", "杭州获批先导区。", "杭州市");
    assertFalse(SameEvent.bundled().isSame(a, b));
  }

  @Test
  void same_datesThatDoNotNest_areTwoEvents() {
    PolicyEvent a = event("a", "2020-09-18", "2020-09-24", Precision.DAY, PILOT, "a.txt", "公示九月十八日起。");
    PolicyEvent b = event("b", "2020-09-01", "2020-09-20", Precision.DAY, PILOT, "b.txt", "另一段。");
    assertFalse(SameEvent.bundled().isSame(a, b));
  }

  @Test
  void mergeAll_restatementFoldsIntoFinerEvent_inFirstSeenOrder() {
    List<PolicyEvent> events = List.of(
        event("a", "2015-01-01", "2015-12-31", Precision.YEAR, "天府新区", "p.txt", "自2015年获批以来。", "成都市"),
        event("b", "2014-10-01", "2014-10-31", Precision.MONTH, "兰州新区", "p.txt", "2014年10月兰州新区成立。", "兰州市"),
        event("c", "2015-06-02", "2015-06-02", Precision.DAY, "天府新区", "p.txt", "2015年6月2日天府新区获批。", "成都市"));
    List<PolicyEvent> merged = SameEvent.bundled().merge(events);
    assertEquals(2, merged.size());
    assertEquals("c", merged.get(0).id(), "the finer report's id stands for the event");
    assertEquals("b", merged.get(1).id());
  }

  @Test
  void mergeAll_twentyThousandReports_staysFast() {
    List<PolicyEvent> events = new ArrayList<>();
    LocalDate d = LocalDate.parse("2000-01-01");
    for (int i = 0; i < 20_000; i++) {
      String day = d.plusDays(i / 2).toString();
      events.add(event("e" + i, day, day, Precision.DAY, PILOT, "p.txt", "第" + i + "句。", "杭州市"));
    }
    List<PolicyEvent> merged = SameEvent.bundled().merge(events);
    assertEquals(10_000, merged.size(), "each day's two reports fold into one");
  }
}
