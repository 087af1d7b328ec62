package io.github.jishi.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.Jishi;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.source.DocumentReader;
import io.github.jishi.source.SourceDocument;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Official notices: the step they announce is dated by their signature, not by their upload. */
class NoticeEventTest {
  static Jishi jishi;

  @BeforeAll
  static void load(@TempDir Path tmp) {
    jishi = Jishi.builder().index(tmp.resolve("index")).build();
  }

  static List<PolicyEvent> events(String content) {
    SourceDocument doc = DocumentReader.create().readString(content, "notice.txt");
    return jishi.analyze(doc).events();
  }

  @Test
  void notice_issuanceDatedByTheDateAtItsFoot_placedWhereTheIssuerGoverns() {
    List<PolicyEvent> found = events("""
        浙江省人民政府办公厅关于印发《浙江省数字乡村建设三年行动方案》的通知
        发布时间：2021-03-02 10:00
        各市、县（市、区）人民政府，省政府直属各单位：
        《浙江省数字乡村建设三年行动方案》已经省政府同意，现印发给你们，请认真贯彻执行。
        浙江省人民政府办公厅
        2021年2月26日
        浙江省数字乡村建设三年行动方案
        为加快推进数字乡村建设，制定本方案。到2023年，全省建成一批数字乡村示范县。
        """);
    PolicyEvent issued = found.stream().filter(e -> e.action().equals("印发")).findFirst()
        .orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals(Optional.of(LocalDate.of(2021, 2, 26)), issued.date(), "signed, not uploaded on 3 March");
    assertEquals(Precision.DAY, issued.precision());
    assertEquals(Optional.of("浙江省数字乡村建设三年行动方案"), issued.program());
    assertEquals(List.of("浙江省"), issued.cities());
    assertEquals(1, found.stream().filter(e -> e.action().equals("印发")).count(), "the title and the body are one event");
    assertTrue(found.stream().noneMatch(e -> e.date().isPresent() && e.date().get().getYear() == 2023), "a target is no event");
  }

  @Test
  void notice_monthDaysOfItsText_takeTheYearOfItsFoot() {
    List<PolicyEvent> found = events("""
        杭州市经济和信息化局关于开展人工智能应用场景评估的通知
        发布时间：2024-01-10 09:00
        各区、县（市）经信局：
        5月6日，杭州市经济和信息化局启动国家人工智能创新应用先导区建设评估。现将有关事项通知如下，请认真贯彻执行。
        杭州市经济和信息化局
        2023年5月8日
        """);
    PolicyEvent started = found.stream().filter(e -> e.action().equals("启动")).findFirst()
        .orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals(Optional.of(LocalDate.of(2023, 5, 6)), started.date(), "the year of the notice's foot, not of its upload");
    assertEquals(YearSource.FOOTER, started.yearSource());
  }

  @Test
  void notice_withoutFoot_titleDatedByPublication() {
    List<PolicyEvent> found = events("""
        宁波市经济和信息化局关于印发《宁波市人工智能产业发展行动方案》的通知
        时间：2022-06-15
        为加快人工智能产业发展，特制定本方案。
        一、发展目标
        到2025年，全市人工智能核心产业规模达到300亿元。
        """);
    assertEquals(1, found.size(), found::toString);
    PolicyEvent e = found.get(0);
    assertEquals(Optional.of(LocalDate.of(2022, 6, 15)), e.date());
    assertEquals("印发", e.action());
    assertEquals(List.of("宁波市"), e.cities());
  }

  @Test
  void newsTitle_isNoNotice() {
    List<PolicyEvent> found = events("""
        宁波人工智能行动方案出台
        时间：2022-06-15
        记者从市经信局获悉，该局将于下月开展企业调研。
        """);
    assertTrue(found.isEmpty(), found::toString);
  }
}
