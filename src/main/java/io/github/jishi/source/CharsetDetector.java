package io.github.jishi.source;

import io.github.jishi.JishiException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a page into text, telling binary files apart from text.
 *
 * <p>Order of evidence: a byte-order mark; valid UTF-8; then GB18030, Big5 and lossy UTF-8 are
 * each decoded and scored by how many very common Chinese characters (simplified and
 * traditional) they produce against how many undecodable sequences, with a declared HTML
 * {@code charset} giving its candidate a head start. Legacy Chinese encodings accept almost any
 * byte pair, so only this frequency score separates a GBK page from a Big5 one.
 */
final class CharsetDetector {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");

  /** How many leading bytes are checked for binary content and scored. */
  private static final int SAMPLE = 1 << 16;

  /** Characters frequent in any Chinese prose, in both scripts; wrong decodings rarely hit them. */
  private static final String COMMON =
      "的一是不了在人有我他这個个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
          + "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实"
          + "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政"
          + "美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
          + "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件"
          + "计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象"
          + "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改"
          + "收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
          + "這個們來為國說時會對過發後種們開當動現點業頭長關進實還樣經從應義內書數與當們總員條務變壓報區導學問題"
          + "體氣質裡歲東裝無們點機電將層領隊團誰見處華鄉雲廣產營銷經濟資區網際術藝醫藥療衛護環環會議發展協調";

  private static final boolean[] IS_COMMON = new boolean[0x10000];

  static {
    for (int i = 0; i < COMMON.length(); i++) {
      IS_COMMON[COMMON.charAt(i)] = true;
    }
  }

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([a-z0-9_\\-]{2,20})");

  private CharsetDetector() {}

  /** The decoded text and the charset it was decoded with. */
  record Decoded(String text, Charset charset) {}

  /**
   * Decodes {@code bytes}, naming {@code name} in the error when they are not text.
   *
   * @throws JishiException when the content is binary
   */
  static Decoded decode(byte[] bytes, String name) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    Charset utf16 = bomlessUtf16(bytes);
    if (utf16 != null) {
      return new Decoded(lenient(bytes, 0, utf16), utf16);
    }
    if (looksBinary(bytes)) {
      throw new JishiException("not a text file (binary content): " + name);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    Charset best = guessLegacy(bytes);
    return new Decoded(lenient(bytes, 0, best), best);
  }

  /**
   * True when control bytes (NUL included) make more than 1% of the sample (and at least three): the
   * share decides, so one stray NUL in an otherwise valid text file leaves it text.
   */
  static boolean looksBinary(byte[] bytes) {
    int end = Math.min(bytes.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) || b == 0x7F) {
        controls++;
      }
    }
    return controls >= 3 && controls * 100L > end;
  }

  /**
   * Recognises UTF-16 without a byte-order mark: its NUL bytes (from ASCII letters, newlines and
   * characters such as U+4E00) sit mostly at one parity, and decoding gives plausible characters.
   */
  private static Charset bomlessUtf16(byte[] bytes) {
    int end = Math.min(bytes.length, SAMPLE) & ~1;
    if (end < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < end; i += 2) {
      if (bytes[i] == 0) {
        evenNul++;
      }
      if (bytes[i + 1] == 0) {
        oddNul++;
      }
    }
    Charset candidate;
    if (oddNul > 0 && evenNul * 4 <= oddNul) {
      candidate = StandardCharsets.UTF_16LE;
    } else if (evenNul > 0 && oddNul * 4 <= evenNul) {
      candidate = StandardCharsets.UTF_16BE;
    } else {
      return null;
    }
    String sample = new String(bytes, 0, end, candidate);
    int plausible = 0;
    for (int i = 0; i < sample.length(); i++) {
      if (plausibleText(sample.charAt(i))) {
        plausible++;
      }
    }
    return plausible * 100 >= sample.length() * 95 ? candidate : null;
  }

  /** Characters a Chinese or English page is made of; random bytes rarely decode to them all. */
  private static boolean plausibleText(char c) {
    return c == '\n' || c == '\r' || c == '\t'
        || (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xFF)
        || (c >= 0x2000 && c <= 0x206F)
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xFF00 && c <= 0xFFEF);
  }

  /** Decodes as UTF-8, or returns null when the bytes are not UTF-8 (a cut last character is forgiven). */
  private static String strictUtf8(byte[] bytes) {
    // The String constructor is much faster than a decoder; it marks bad input with U+FFFD, and
    // only then (or for text that really holds U+FFFD) is the strict decoder needed.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int cut = bytes.length - 1;
      int back = 0;
      while (cut > 0 && back < 3 && (bytes[cut] & 0xC0) == 0x80) {
        cut--;
        back++;
      }
      if (cut >= 0 && cut < bytes.length && (bytes[cut] & 0xC0) == 0xC0) {
        try {
          decoder.reset();
          decoder.decode(ByteBuffer.wrap(bytes, 0, cut));
          return lenient(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException again) {
          return null;
        }
      }
      return null;
    }
  }

  private static Charset guessLegacy(byte[] bytes) {
    int end = Math.min(bytes.length, SAMPLE * 4);
    Charset hint = declaredCharset(bytes);
    Charset[] candidates = {GB18030, BIG5, StandardCharsets.UTF_8};
    Charset best = GB18030;
    long bestScore = Long.MIN_VALUE;
    for (Charset candidate : candidates) {
      long score = score(new String(bytes, 0, end, candidate));
      if (hint != null && hint.equals(candidate)) {
        score += 10 + score / 10;
      }
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (hint != null
        && !hint.equals(GB18030)
        && !hint.equals(BIG5)
        && !hint.equals(StandardCharsets.UTF_8)
        && bestScore <= 0) {
      return hint;
    }
    return best;
  }

  private static long score(String text) {
    long score = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (IS_COMMON[c]) {
        score += 2;
      } else if (c == '\uFFFD') {
        score -= 6;
      } else if (c >= '\uE000' && c <= '\uF8FF') {
        score -= 3;
      } else if (Character.isSurrogate(c)) {
        score -= 1;
      }
    }
    return score;
  }

  /** The charset an HTML page declares in a meta tag, mapped onto the decoders used here. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    switch (label) {
      case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn":
        return GB18030;
      case "big5", "big5-hkscs", "x-big5", "cp950":
        return BIG5;
      case "utf-8", "utf8":
        return StandardCharsets.UTF_8;
      default:
        try {
          return Charset.forName(label);
        } catch (IllegalArgumentException unsupported) {
          return null;
        }
    }
  }

  private static String lenient(byte[] bytes, int from, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
      return chars.toString();
    } catch (CharacterCodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
