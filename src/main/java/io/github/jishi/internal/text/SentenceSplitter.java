package io.github.jishi.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits normalized text into sentences with exact offsets, bounding their length.
 *
 * <p>A sentence ends after {@code 。！？!?；;} and any closing quotes or brackets that follow
 * ({@code 。”}, {@code ！）}), or before a line break; an ASCII {@code ?} between two ideographs, a
 * character lost to a charset ({@code 数字?济}), ends nothing. A sentence that would grow past the maximum
 * length is cut after the last comma, {@code 、} or space before the bound, else at the bound, so
 * even one huge unpunctuated line splits in linear time. Surrounding spaces are trimmed and empty
 * sentences dropped. Instances are immutable and thread-safe.
 */
public final class SentenceSplitter {
  /** Default bound on a sentence's length in chars. */
  public static final int DEFAULT_MAX_LENGTH = 200;

  private final int maxLength;
  /** The question particles of {@code text-question-particles}; null for the bundled ones, loaded on first use. */
  private final java.util.Set<String> particles;

  private SentenceSplitter(int maxLength, java.util.Set<String> particles) {
    this.maxLength = maxLength;
    this.particles = particles;
  }

  /** A splitter with the default bound of {@value #DEFAULT_MAX_LENGTH} chars. */
  public static SentenceSplitter create() {
    return new SentenceSplitter(DEFAULT_MAX_LENGTH, null);
  }

  /** A splitter with the default bound whose question particles come from {@code lexicon} (a user's overlay included). */
  public static SentenceSplitter create(io.github.jishi.internal.lexicon.Lexicon lexicon) {
    java.util.Objects.requireNonNull(lexicon, "lexicon");
    return lexicon == io.github.jishi.internal.lexicon.Lexicon.bundled() ? create()
        : new SentenceSplitter(DEFAULT_MAX_LENGTH, lexicon.set("text-question-particles"));
  }

  /** A splitter like this one whose sentences have at most {@code maxLength} chars (at least 2). */
  public SentenceSplitter withMaxLength(int maxLength) {
    if (maxLength < 2) {
      throw new IllegalArgumentException("maxLength must be at least 2: " + maxLength);
    }
    return new SentenceSplitter(maxLength, particles);
  }

  /** The bound on a sentence's length in chars. */
  public int maxLength() {
    return maxLength;
  }

  /** The sentences of {@code normalizedText}, in order, offsets into {@code normalizedText}. */
  public List<Sentence> split(String normalizedText) {
    Objects.requireNonNull(normalizedText, "normalizedText");
    String text = normalizedText;
    int n = text.length();
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int lastSoftBreak = -1;
    int i = 0;
    while (i < n) {
      if (i - start >= maxLength) {
        int cut = lastSoftBreak > start ? lastSoftBreak : hardCut(text, start, i);
        add(sentences, text, start, cut);
        start = cut;
        lastSoftBreak = -1;
        continue;
      }
      char c = text.charAt(i);
      if (c == '\n') {
        add(sentences, text, start, i);
        start = i + 1;
        lastSoftBreak = -1;
        i++;
      } else if (isTerminator(c) && !isMojibake(text, i)) {
        int end = i + 1;
        while (end < n && end - start < maxLength && (isTerminator(text.charAt(end)) || isCloser(text.charAt(end)))) {
          end++;
        }
        add(sentences, text, start, end);
        start = end;
        lastSoftBreak = -1;
        i = end;
      } else {
        if (c == '，' || c == ',' || c == '、' || c == ' ') {
          lastSoftBreak = i + 1;
        }
        i++;
      }
    }
    add(sentences, text, start, n);
    return sentences;
  }

  /** The bound itself, moved back one if it would split a surrogate pair. */
  private static int hardCut(String text, int start, int bound) {
    if (bound - 1 > start && Character.isHighSurrogate(text.charAt(bound - 1))
        && Character.isLowSurrogate(text.charAt(bound))) {
      return bound - 1;
    }
    return bound;
  }

  private static void add(List<Sentence> sentences, String text, int start, int end) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      sentences.add(new Sentence(text.substring(start, end), start, end));
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\r';
  }

  /**
   * Whether the ASCII {@code ?} at {@code i} stands for a character a charset could not encode
   * ({@code 数字?济}): it sits between two ideographs and follows no question particle. A question
   * in Chinese text ends in {@code ？}, or in {@code ?} after {@code 吗}, {@code 呢} and their like.
   */
  private boolean isMojibake(String text, int i) {
    if (text.charAt(i) != '?' || i == 0 || i + 1 >= text.length()) {
      return false;
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    if (!(CjkChars.isHanBmp(before) || before == '?') || !(CjkChars.isHanBmp(after) || after == '?')) {
      return false;
    }
    return !(particles == null ? QuestionParticles.SET : particles).contains(String.valueOf(before));
  }

  /** Loaded on the first {@code ?} between ideographs. */
  private static final class QuestionParticles {
    static final java.util.Set<String> SET = io.github.jishi.internal.lexicon.Lexicon.bundled().set("text-question-particles");
  }

  private static boolean isTerminator(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';';
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》'
        || c == '〉' || c == '】' || c == '〕' || c == '"';
  }
}
