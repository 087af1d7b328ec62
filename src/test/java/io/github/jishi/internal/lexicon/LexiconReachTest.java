package io.github.jishi.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.Jishi;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.TimelineIndex;
import io.github.jishi.time.TimeExpression;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's overlay reaches the vocabularies read outside the extractor's own: merging, dates, actions. */
class LexiconReachTest {
  private static final String MONTH_REPORT = """
      杭州获批人工智能试验区
      2021-02-20 09:00 来源：本报
      2021年2月，杭州市获批建设国家新一代人工智能创新发展试验区。
      """;
  private static final String DAY_REPORT = """
      科技部核定杭州试验区
      2021-02-21 09:00 来源：科技日报
      2021年2月19日，科技部核定杭州市建设国家新一代人工智能创新发展试验区。
      """;

  @TempDir
  Path tmp;

  private Path page(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path overlay(String dir, String file, String... lines) throws IOException {
    Path d = Files.createDirectories(tmp.resolve(dir));
    Files.write(d.resolve(file), List.of(lines), StandardCharsets.UTF_8);
    return d;
  }

  private Jishi jishi(String index, Path lexicon) {
    Jishi.Builder b = Jishi.builder().index(tmp.resolve(index));
    return (lexicon == null ? b : b.lexicon(lexicon)).build();
  }

  private List<PolicyEvent> events(Jishi jishi, Path page) {
    return jishi.extract(page).get(0).events();
  }

  @Test
  void triggerAddedWithItsKind_mergesWithinAPageAsThatKind() throws IOException {
    Path page = page("page.txt", MONTH_REPORT + DAY_REPORT.lines().skip(2).findFirst().orElseThrow() + "\n");
    List<PolicyEvent> approval = events(jishi("index", overlay("approval", "triggers.tsv", "核定\tapproval")), page);
    assertEquals(1, approval.size(), approval::toString);
    assertEquals(Optional.of(LocalDate.of(2021, 2, 19)), approval.get(0).date());
    assertEquals("核定", approval.get(0).action());

    List<PolicyEvent> launch = events(jishi("index", overlay("launch", "triggers.tsv", "核定\tlaunch")), page);
    assertEquals(2, launch.size(), "a launch and an approval stay two steps: " + launch);
  }

  @Test
  void triggerAddedWithItsKind_mergesAcrossPagesInTheIndexAsThatKind() throws IOException {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.txt"), MONTH_REPORT, StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("b.txt"), DAY_REPORT, StandardCharsets.UTF_8);

    Jishi approval = jishi("index-approval", overlay("approval", "triggers.tsv", "核定\tapproval"));
    approval.index(List.of(pages));
    try (TimelineIndex timeline = approval.openIndex()) {
      List<PolicyEvent> found = timeline.search(EventQuery.all());
      assertEquals(1, found.size(), found::toString);
      assertEquals(Optional.of(LocalDate.of(2021, 2, 19)), found.get(0).date());
      assertEquals(2, found.get(0).sources().size());
    }

    Jishi launch = jishi("index-launch", overlay("launch", "triggers.tsv", "核定\tlaunch"));
    launch.index(List.of(pages));
    try (TimelineIndex timeline = launch.openIndex()) {
      assertEquals(2, timeline.search(EventQuery.all()).size());
    }
  }

  @Test
  void timeSinceWordAddedByOverlay_opensThePeriodToTheReferenceDay() throws IOException {
    String text = "2019年迄今，杭州已建成数据中心12个。";
    LocalDate base = LocalDate.of(2024, 5, 1);
    TimeExpression plain = jishi("index", null).dates(text, base).get(0);
    assertEquals("2019年", plain.text());
    assertEquals(Optional.of(LocalDate.of(2019, 12, 31)), plain.dateEnd());

    TimeExpression since = jishi("index", overlay("words", "time-since.tsv", "迄今\tafter")).dates(text, base).get(0);
    assertEquals("2019年迄今", since.text());
    assertEquals(0, since.start());
    assertEquals(7, since.end());
    assertEquals(Optional.of(LocalDate.of(2019, 1, 1)), since.date());
    assertEquals(Optional.of(base), since.dateEnd());
  }

  @Test
  void actionAdverbAddedByOverlay_isDroppedFromTheAction() throws IOException {
    Path page = page("page.txt", "2024年3月8日，杭州市支持创建城市数据集市。\n");
    assertEquals("支持创建", events(jishi("index", null), page).get(0).action());
    PolicyEvent e = events(jishi("index", overlay("words", "action-adverbs.tsv", "支持")), page).get(0);
    assertEquals("创建", e.action());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 8)), e.date());
  }

  @Test
  void todayWordAddedByOverlay_countsFromTheDatelineDay() throws IOException {
    Path page = page("page.txt", """
        深圳人工智能条例通过
        2022-08-31 09:00 来源：本报
        本报深圳8月30日电 深圳市人大常委会今晨表决通过《深圳经济特区人工智能产业促进条例》。
        """);
    assertEquals(Optional.of(LocalDate.of(2022, 8, 31)), events(jishi("index", null), page).get(0).date(),
        "今晨 is the publish day as bundled");
    PolicyEvent e = events(jishi("index", overlay("words", "today-words.tsv", "今晨")), page).get(0);
    assertEquals(Optional.of(LocalDate.of(2022, 8, 30)), e.date());
    assertEquals("表决通过", e.action());
  }

  @Test
  void questionParticleAddedByOverlay_endsTheSentenceAtItsQuestionMark() throws IOException {
    Path page = page("page.txt", "市民关心可行否?杭州市于2024年3月8日启动城市数据集市。\n");
    assertEquals("市民关心可行否?杭州市于2024年3月8日启动城市数据集市。", events(jishi("index", null), page).get(0).evidence(),
        "a ? after 否 stands for a lost character as bundled");
    PolicyEvent e = events(jishi("index", overlay("words", "text-question-particles.tsv", "否")), page).get(0);
    assertEquals("杭州市于2024年3月8日启动城市数据集市。", e.evidence());
  }
}
