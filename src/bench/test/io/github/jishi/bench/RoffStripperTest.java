package io.github.jishi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Man pages' roff source read as running text. */
class RoffStripperTest {
  private static final String PAGE = String.join("\n",
      ".\\\" 这一行是注释，不会出现在正文里",
      ".TH DEMO 1 \"2024年3月\" \"示例\" \"用户命令\"",
      ".SH 名称",
      "demo \\- 演示用的小工具",
      ".SH 描述",
      ".B demo",
      "会读取配置文件",
      ".IR /etc/demo.conf ,",
      "然后逐行",
      "输出结果。",
      ".PP",
      "使用\\fB\\-v\\fR选项可以看到\\(lq详细\\(rq信息。",
      ".TP",
      ".BR \\-h \", \" \\-\\-help",
      "显示帮助。",
      "");

  @Test
  void title_comesFromTheThLine() {
    assertEquals("DEMO(1)", RoffStripper.title(PAGE));
  }

  @Test
  void text_keepsProseAndMacroTextWithoutRequestsOrEscapes() {
    assertEquals(String.join("\n\n",
        "名称",
        "demo - 演示用的小工具",
        "描述",
        "demo 会读取配置文件 /etc/demo.conf, 然后逐行输出结果。",
        "使用-v选项可以看到“详细”信息。",
        "-h, --help 显示帮助。"), RoffStripper.text(PAGE));
  }

  @Test
  void arguments_quotesGroupWords() {
    assertEquals(List.of("2024年3月", "示例", "a\"b"), RoffStripper.arguments("\"2024年3月\" 示例 \"a\"\"b\""));
  }

  @Test
  void unescape_fontAndSizeEscapesPrintNothing() {
    assertEquals("粗体和小字", RoffStripper.unescape("\\fB粗体\\fP和\\s-2小字\\s0"));
  }
}
