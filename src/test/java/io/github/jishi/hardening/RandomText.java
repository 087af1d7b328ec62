package io.github.jishi.hardening;

import java.util.Random;

/**
 * Random strings and bytes for property tests, always from a seed the caller prints on failure.
 *
 * <p>Characters come from pools that have broken text handling elsewhere: lone and paired
 * surrogates, combining marks, right-to-left scripts and controls, zero-width and variation
 * characters, emoji sequences, full-width forms, traditional characters, spliced pinyin,
 * line and paragraph separators, and the noncharacter U+FFFF.
 */
final class RandomText {
  /** Chinese of both scripts, digits and date words, so time and place code paths are reached. */
  private static final String CHINESE =
      "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
          + "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去"
          + "國會時來們發現實與對產當從體機這個說為後開關應區試創廣濟東長島圳漢門蘇錫紹溫臺灣雲貴陝寧遼黑龍"
          + "杭州成都苏州合肥西安武汉长沙南京青岛厦门郑州沈阳济南福州昆明贵阳南宁宁波无锡东莞天津北京上海重庆"
          + "先导区试验区中试基地人工智能创新应用发展国家工业和信息化部科技部批复支持创建获批启动"
          + "年月日号至到〇零一二三四五六七八九十百千万亿今去明前后本上下昨近第同春夏秋冬季度旬初底末内半周期间";

  private static final String ASCII = "0123456789abcdefXYZ <>/=\"'{}[]:,#-*_\\|&;.!?()%+@$^`~";

  private static final String PUNCTUATION = "，。、；：？！「」『』“”‘’（）【】《》〈〉—…·～－／．　\t\n\r";

  private static final String FULL_WIDTH = "０１２３４５６７８９ＡＢＣａｂｃ＜＞｛｝［］：，＃＋";

  private static final String COMBINING = "\u0300\u0301\u0302\u0303\u0308\u030A\u0327\u0336\u0489\u20DD\u302A\u302B\u3099";

  private static final String RTL = "\u05D0\u05D1\u05E9\u05DC\u05D5\u05DD\u0627\u0644\u0639\u0631\u0628\u064A\u0660\u0665"
      + "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C";

  private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u00A0\u2028\u2029\u0085\u000B\u000C\u0000\u001B\u007F\uFFFF\uFFFE\uFE0F\uFE0E";

  private static final int[] ASTRAL = {
    0x1F600, 0x1F60D, 0x1F914, 0x1F468, 0x1F469, 0x1F467, 0x1F1E8, 0x1F1F3, 0x1F3FB, 0x1F44D, 0x2764,
    0x20000, 0x2A6D6, 0x2F800, 0x30000, 0x1D11E, 0xE0041, 0x10FFFF
  };

  private static final String[] FRAGMENTS = {
    "創(chuàng)新", "應(yīng)用", "(fā)", "（qū）", "2021年2月19日", "9月1日—3日", "今年", "二〇二一年", "第三季度",
    "<div>", "</div>", "<p>", "</p>", "<br>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&nbsp;", "&#x5e74;",
    "---\n", "title: ", "{\"title\":", "\"content\":", "[", "]", "}", "\n", "\r\n", "\\u5e74", "\\ud800",
    "发布时间：", "来源：", "责任编辑", "<meta charset=\"gbk\">", "<time datetime=\"2021-02-19\">", "http://"
  };

  private final Random random;

  RandomText(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /** A string of about {@code length} chars drawn from every pool, surrogates paired or not. */
  String unicode(int length) {
    StringBuilder sb = new StringBuilder(length + 16);
    while (sb.length() < length) {
      int pool = random.nextInt(100);
      if (pool < 35) {
        sb.append(pick(CHINESE));
      } else if (pool < 45) {
        sb.append(pick(ASCII));
      } else if (pool < 55) {
        sb.append(pick(PUNCTUATION));
      } else if (pool < 60) {
        sb.append(pick(FULL_WIDTH));
      } else if (pool < 66) {
        sb.append(pick(COMBINING));
      } else if (pool < 72) {
        sb.append(pick(RTL));
      } else if (pool < 78) {
        sb.append(pick(INVISIBLE));
      } else if (pool < 85) {
        sb.appendCodePoint(ASTRAL[random.nextInt(ASTRAL.length)]);
      } else if (pool < 89) {
        sb.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate, high or low
      } else if (pool < 96) {
        sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      } else {
        sb.append((char) random.nextInt(0x10000)); // any UTF-16 unit at all
      }
    }
    return sb.toString();
  }

  /** Bytes: wholly random, or text-like (ASCII and UTF-8/GB18030-looking pairs) with random damage. */
  byte[] bytes(int length) {
    byte[] b = new byte[length];
    if (random.nextInt(3) == 0) {
      random.nextBytes(b);
      return b;
    }
    byte[] text = unicode(length).getBytes(random.nextBoolean()
        ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("GB18030"));
    System.arraycopy(text, 0, b, 0, Math.min(length, text.length));
    int damage = random.nextInt(1 + length / 16);
    for (int i = 0; i < damage && length > 0; i++) {
      b[random.nextInt(length)] = (byte) random.nextInt(256);
    }
    return b;
  }

  /** A file name with an extension that steers the reader to one of its formats. */
  String fileName(int i) {
    String[] ext = {"txt", "html", "htm", "md", "json", "jsonl", "ndjson", "xml", ""};
    String e = ext[random.nextInt(ext.length)];
    return "page-" + i + (e.isEmpty() ? "" : "." + e);
  }

  private char pick(String pool) {
    return pool.charAt(random.nextInt(pool.length()));
  }
}
