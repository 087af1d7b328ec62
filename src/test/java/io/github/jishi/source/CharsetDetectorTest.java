package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.JishiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which charset a page's bytes are read in, and when bytes are not text at all. */
class CharsetDetectorTest {
  private static final String SIMPLIFIED =
      "苏州发布人工智能产业创新发展行动计划\n"
          + "苏州市人民政府办公室近日印发行动计划，提出到2027年全市人工智能核心产业规模达到一千亿元。\n"
          + "计划明确，将建设一批公共算力平台和行业数据集，支持企业开展大模型研发和应用。\n";

  private static final String TRADITIONAL =
      "臺北市發布智慧城市推動計畫\n"
          + "臺北市政府近日公布新一期智慧城市推動計畫，預計在三年內完成全市交通號誌的智慧化改造。\n"
          + "市府表示，這項計畫將與在地企業合作，並開放部分交通資料供學術單位研究使用。\n";

  @TempDir Path dir;

  private SourceDocument readBytes(byte[] bytes) throws IOException {
    Path file = dir.resolve("page.txt");
    Files.write(file, bytes);
    return DocumentReader.create().read(file).get(0);
  }

  private static byte[] concat(byte[] prefix, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix);
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static String expectedText(String page) {
    List<String> lines = List.of(page.split("\n"));
    return String.join("\n", lines.subList(1, lines.size()));
  }

  @Test
  void utf8_withoutBom() throws IOException {
    SourceDocument doc = readBytes(SIMPLIFIED.getBytes(StandardCharsets.UTF_8));

    assertEquals("苏州发布人工智能产业创新发展行动计划", doc.title());
    assertEquals(expectedText(SIMPLIFIED), doc.text());
  }

  @Test
  void utf8_withBom() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    SourceDocument doc = readBytes(concat(bom, SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));

    assertEquals("苏州发布人工智能产业创新发展行动计划", doc.title());
  }

  @Test
  void utf16le_withBom() throws IOException {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};

    SourceDocument doc = readBytes(concat(bom, SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE)));

    assertEquals(expectedText(SIMPLIFIED), doc.text());
  }

  @Test
  void utf16be_withBom() throws IOException {
    byte[] bom = {(byte) 0xFE, (byte) 0xFF};

    SourceDocument doc = readBytes(concat(bom, TRADITIONAL.getBytes(StandardCharsets.UTF_16BE)));

    assertEquals(expectedText(TRADITIONAL), doc.text());
  }

  @Test
  void utf16le_withoutBomRecognisedByItsNulBytes() {
    byte[] bytes = ("2024 report\n" + SIMPLIFIED).getBytes(StandardCharsets.UTF_16LE);

    CharsetDetector.Decoded decoded = CharsetDetector.decode(bytes, "x");

    assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
  }

  @Test
  void gb18030_simplifiedPage() throws IOException {
    byte[] bytes = SIMPLIFIED.getBytes(CharsetDetector.GB18030);

    assertEquals(CharsetDetector.GB18030, CharsetDetector.decode(bytes, "x").charset());
    assertEquals(expectedText(SIMPLIFIED), readBytes(bytes).text());
  }

  @Test
  void gb18030_traditionalCharactersStillGb() {
    byte[] bytes = TRADITIONAL.getBytes(CharsetDetector.GB18030);

    assertEquals(CharsetDetector.GB18030, CharsetDetector.decode(bytes, "x").charset());
  }

  @Test
  void big5_traditionalPage() throws IOException {
    Charset big5 = CharsetDetector.BIG5;
    assertTrue(big5.newEncoder().canEncode(TRADITIONAL), "fixture must be Big5-encodable");
    byte[] bytes = TRADITIONAL.getBytes(big5);

    assertEquals(big5, CharsetDetector.decode(bytes, "x").charset());
    assertEquals(expectedText(TRADITIONAL), readBytes(bytes).text());
  }

  @Test
  void big5_shortHtmlDecidedByDeclaredCharset() {
    String html = "<html><head><meta charset=\"big5\"></head><body><p>淼焱垚巘瞷</p></body></html>";
    byte[] bytes = html.getBytes(CharsetDetector.BIG5);
    byte[] undeclared = html.replace("big5", "none").getBytes(CharsetDetector.BIG5);

    assertEquals(CharsetDetector.BIG5, CharsetDetector.decode(bytes, "x").charset());
    assertEquals(CharsetDetector.GB18030, CharsetDetector.decode(undeclared, "x").charset());
  }

  @Test
  void utf8_cutInsideLastCharacterStillUtf8() {
    byte[] full = SIMPLIFIED.trim().getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);

    assertEquals(StandardCharsets.UTF_8, CharsetDetector.decode(cut, "x").charset());
  }

  @Test
  void binary_nulBytesAreAnError() {
    byte[] bytes = concat("PK".getBytes(StandardCharsets.US_ASCII), new byte[] {3, 4, 0, 0, 20, 0});

    JishiException e = assertThrows(JishiException.class, () -> CharsetDetector.decode(bytes, "docs/a.zip"));

    assertEquals("not a text file (binary content): docs/a.zip", e.getMessage());
  }

  @Test
  void binary_manyControlCharactersAreAnError() {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a' + i % 26);
    }

    assertThrows(JishiException.class, () -> CharsetDetector.decode(bytes, "x.bin"));
  }
}
