package io.github.jishi.source;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The foot of an official notice: the issuing body and the date it signed, often each on a line of
 * its own ({@code 某省人民政府办公厅} then {@code 2025年3月18日}).
 *
 * @param issuer the issuing body as the text names it, simplified (several joined by {@code 、}), or
 *     empty when only the date stands at the foot
 * @param date the signature date
 * @param start offset of the footer in {@link SourceDocument#text()}
 * @param end end offset of the footer in {@link SourceDocument#text()}
 */
public record NoticeFooter(String issuer, LocalDate date, int start, int end) {
  /**
   * Checks the parts and that the offsets are in order.
   *
   * @param issuer the issuing body, or empty
   * @param date the signature date
   * @param start offset of the footer in the document's text
   * @param end end offset of the footer in the document's text
   */
  public NoticeFooter {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(date, "date");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad footer offsets " + start + ".." + end);
    }
  }
}
