package io.github.jishi.internal.view;

import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.PageRecord;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Events built by hand for the page's tests: recognition is not under test here. */
final class ViewEvents {
  static final EventPlace HANGZHOU = new EventPlace("杭州市", "330100", "city", "杭州市", "浙江省");
  static final EventPlace XIAOSHAN = new EventPlace("萧山区", "330109", "district", "杭州市", "浙江省");
  static final EventPlace GUANGZHOU = new EventPlace("广州市", "440100", "city", "广州市", "广东省");
  static final EventPlace SHANGHAI = new EventPlace("上海市", "310000", "province", "上海市", "上海市");
  static final EventPlace JINAN = new EventPlace("济南市", "370100", "city", "济南市", "山东省");
  static final String PILOT_ZONE = "国家人工智能创新应用先导区";
  static final String PILOT_BASE = "国家人工智能应用中试基地";
  static final String WAIC = "世界人工智能大会";
  /** Evidence that tries to break out of the data block and to run a script. */
  static final String HOSTILE = "杭州</script><script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">获批先导区&amp;";

  private ViewEvents() {}

  static PolicyEvent event(String id, String source, LocalDate start, LocalDate end, Precision p, List<EventPlace> places,
      String program, String action, String evidence) {
    List<String> cities = new ArrayList<>();
    places.forEach(pl -> cities.add(pl.cityOrProvince()));
    return new PolicyEvent(id, Optional.of(start), Optional.of(end), p, Optional.of(MonthDay.from(start)), YearSource.STATED, "",
        cities, places, Optional.ofNullable(program), program == null ? List.of() : List.of(program), action,
        List.of("工业和信息化部"), evidence, 0, evidence.length(), source, List.of(source), "标题 " + source,
        Optional.of(end));
  }

  static PolicyEvent day(String id, String date, EventPlace place, String program, String action, String evidence) {
    LocalDate d = LocalDate.parse(date);
    return event(id, id + ".html", d, d, Precision.DAY, List.of(place), program, action, evidence);
  }

  static PolicyEvent undated(String id, MonthDay md, EventPlace place, String program, String evidence) {
    return new PolicyEvent(id, Optional.empty(), Optional.empty(), Precision.DAY, Optional.of(md), YearSource.NONE, "",
        List.of(place.cityOrProvince()), List.of(place), Optional.of(program), List.of(program), "启动", List.of(), evidence, 0,
        evidence.length(), id + ".txt", List.of(id + ".txt"), "无年份的页面", Optional.empty());
  }

  /** Six events: days, a month, a year, an undated month-day, and one whose evidence is hostile markup. */
  static List<PolicyEvent> sample() {
    List<PolicyEvent> out = new ArrayList<>();
    out.add(day("e1", "2021-02-19", HANGZHOU, PILOT_ZONE, "支持创建", "2月19日，工业和信息化部支持杭州创建国家人工智能创新应用先导区。"));
    out.add(day("e2", "2025-09-19", GUANGZHOU, PILOT_BASE, "启动", "9月19日，国家人工智能应用中试基地（医疗领域）在广州正式启动。"));
    out.add(event("e3", "e3.md", LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 31), Precision.MONTH, List.of(SHANGHAI), WAIC,
        "举办", "2019世界人工智能大会8月在上海举办。"));
    out.add(event("e4", "e4.json#2", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), Precision.YEAR, List.of(JINAN, XIAOSHAN),
        PILOT_ZONE, "批复", "2020年济南、杭州萧山获批国家人工智能创新应用先导区。"));
    out.add(day("e5", "2022-03-01", XIAOSHAN, PILOT_ZONE, "获批", HOSTILE));
    out.add(undated("e6", MonthDay.of(11, 14), JINAN, PILOT_BASE, "11月14日，中试基地在济南揭牌。"));
    return out;
  }

  /** The pages of {@link #sample()}: e1's page has a URL, e5's a hostile one. */
  static Map<String, PageRecord> pages(List<PolicyEvent> events) {
    Map<String, PageRecord> out = new HashMap<>();
    for (PolicyEvent e : events) {
      String url = switch (e.id()) {
        case "e1" -> "https://www.miit.gov.cn/xwdt/art/2021/art_1.html";
        case "e5" -> "javascript:window.pwned=3";
        default -> "";
      };
      out.put(e.source(), new PageRecord(e.source(), e.source(), e.title(), e.published(), e.programs(), 1, url));
    }
    return out;
  }

  /** {@code n} events spread over 2000–2025, 40 programmes and the sample's places, seeded. */
  static List<PolicyEvent> synthetic(int n, long seed) {
    Random r = new Random(seed);
    List<EventPlace> places = List.of(HANGZHOU, XIAOSHAN, GUANGZHOU, SHANGHAI, JINAN);
    Precision[] precisions = {Precision.DAY, Precision.DAY, Precision.DAY, Precision.MONTH, Precision.YEAR};
    List<PolicyEvent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate d = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(26 * 365));
      Precision p = precisions[r.nextInt(precisions.length)];
      LocalDate start = p == Precision.YEAR ? d.withDayOfYear(1) : p == Precision.MONTH ? d.withDayOfMonth(1) : d;
      LocalDate end = p == Precision.YEAR ? d.withDayOfYear(d.lengthOfYear()) : p == Precision.MONTH ? d.withDayOfMonth(d.lengthOfMonth()) : d;
      EventPlace place = places.get(r.nextInt(places.size()));
      String program = "第" + (r.nextInt(40) + 1) + "批国家人工智能试点";
      out.add(event("s" + i, "s" + (i / 5) + ".html", start, end, p, List.of(place), program, "批复",
          d + "，" + place.name() + "入选" + program + "，工业和信息化部印发通知。"));
    }
    return out;
  }
}
