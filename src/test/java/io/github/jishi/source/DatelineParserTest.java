package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Datelines at the start of a story's first paragraphs, with offsets into the text. */
class DatelineParserTest {
  private static Dateline find(String text) {
    return DatelineParser.find(text).orElseThrow();
  }

  @Test
  void agencyPlaceDay_withReporter() {
    String text = "中新网杭州9月27日电（张三）浙江省今天发布医学人工智能创新发展若干措施。";

    Dateline d = find(text);

    assertEquals("中新网杭州9月27日电（张三）", d.text());
    assertEquals("杭州", d.place());
    assertEquals(Optional.of(MonthDay.of(9, 27)), d.monthDay());
    assertEquals(0, d.start());
    assertEquals(15, d.end());
  }

  @Test
  void agencyPlaceDay_inSecondParagraph() {
    String text = "原标题：两会特别报道\n新华社北京3月5日电 十四届全国人大三次会议5日上午在人民大会堂开幕。";

    Dateline d = find(text);

    assertEquals("新华社北京3月5日电", d.text());
    assertEquals("北京", d.place());
    assertEquals(Optional.of(MonthDay.of(3, 5)), d.monthDay());
    assertEquals(11, d.start());
    assertEquals(d.text(), text.substring(d.start(), d.end()));
  }

  @Test
  void peoplesDaily_online() {
    Dateline d = find("人民网上海6月1日电 上海市今天启动新一轮人工智能产业扶持计划。");

    assertEquals("上海", d.place());
    assertEquals(Optional.of(MonthDay.of(6, 1)), d.monthDay());
  }

  @Test
  void traditionalScript() {
    Dateline d = find("中新網杭州9月27日電（記者 李四）浙江今天舉行數字經濟發布會。");

    assertEquals("中新網杭州9月27日電（記者 李四）", d.text());
    assertEquals("杭州", d.place());
  }

  @Test
  void ownNews_hasNoPlace() {
    Dateline d = find("本报讯（记者 王五）市交通运输局昨日召开新闻发布会。");

    assertEquals("本报讯（记者 王五）", d.text());
    assertEquals("", d.place());
    assertEquals(Optional.empty(), d.monthDay());
  }

  @Test
  void reporterAndPlace_report() {
    String text = "原标题：某某问答\n本报记者 王五 北京报道\n工信部今天召开新闻发布会。";

    Dateline d = find(text);

    assertEquals("本报记者 王五 北京报道", d.text());
    assertEquals("北京", d.place());
    assertEquals(Optional.empty(), d.monthDay());
    assertEquals(text.indexOf("本报记者"), d.start());
  }

  @Test
  void fourthParagraph_isTooLate() {
    assertEquals(Optional.empty(), DatelineParser.find("一段。\n二段。\n三段。\n新华社北京3月5日电 四段。"));
  }

  @Test
  void insideASentence_isNotADateline() {
    assertEquals(Optional.empty(), DatelineParser.find("会议指出，新华社北京3月5日电已经对此作了报道。"));
  }

  @Test
  void storyWithoutDateline_isEmpty() {
    assertEquals(Optional.empty(), DatelineParser.find("工信部2月19日消息，工信部近日印发通知，支持创建一批先导区。"));
  }
}
