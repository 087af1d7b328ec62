package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.PARSER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.time.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Arbitrary input never breaks the parser, and long input finishes. */
class TimeParserRobustnessTest {
  private static final String ALPHABET =
      "0123456789012345678901234567890年月日号年月日至—-–~/.:：（）()，。、 "
          + "今去前明后本上下昨近第同春夏秋冬季度旬初底末内半天周个份Q"
          + "〇零一二三四五六七八九十两的在将于定举办会议大世界人工智能上海ABCxyz%";

  @Test
  void randomInput_validExpressions() {
    Random random = new Random(20240229L);
    for (int iteration = 0; iteration < 10_000; iteration++) {
      int length = random.nextInt(60);
      StringBuilder sb = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = sb.toString();
      TimeContext context = random.nextBoolean()
          ? TimeContext.of(LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)))
          : TimeContext.withoutReference();
      List<TimeExpression> found = PARSER.parse(text, context);
      int previousEnd = 0;
      for (TimeExpression e : found) {
        String where = "in '" + text + "': " + e;
        assertTrue(e.start() >= previousEnd && e.start() < e.end() && e.end() <= text.length(), where);
        assertEquals(text.substring(e.start(), e.end()), e.text(), where);
        assertTrue(e.date().isEmpty() || !e.dateEnd().orElseThrow().isBefore(e.date().orElseThrow()), where);
        previousEnd = e.end();
      }
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void megabyteLine_finishes() {
    StringBuilder sb = new StringBuilder(1 << 20);
    String[] pieces = {
      "2021年2月19日", "1234567", "一二三四五六七八九十", "9月1日—", "年年年", "——", "2022", "今年", "日前日前"
    };
    Random random = new Random(7L);
    while (sb.length() < (1 << 20)) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    List<TimeExpression> found = PARSER.parse(sb.toString(), LocalDate.of(2025, 7, 7));
    assertFalse(found.isEmpty());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void megabyteOfDigits_finishes() {
    String digits = "9".repeat(1 << 20);
    assertEquals(List.of(), PARSER.parse(digits + "年" + digits + "月", LocalDate.of(2025, 7, 7)));
  }

  @Test
  void nullArguments_rejectedWithTheirName() {
    NullPointerException text = assertThrows(NullPointerException.class,
        () -> PARSER.parse(null, TimeContext.withoutReference()));
    assertEquals("text", text.getMessage());
    NullPointerException context = assertThrows(NullPointerException.class,
        () -> PARSER.parse("今年", (TimeContext) null));
    assertEquals("context", context.getMessage());
    NullPointerException reference = assertThrows(NullPointerException.class, () -> TimeContext.of(null));
    assertEquals("reference", reference.getMessage());
  }
}
