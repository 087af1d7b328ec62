package io.github.jishi.source;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page's layout states besides its text: metadata fields, the foot of a notice, a page stamp.
 *
 * @param signed the date a document was signed: its {@code 成文日期} or {@code 签署日期} field, else the
 *     date at the foot of a notice
 * @param issuer the issuing body: its {@code 发文机关} field, else the body at the foot of a notice
 *     (simplified), or empty
 * @param footer the foot of an official notice, when the page is one and it has a foot
 * @param notice whether the page reads as an official notice ({@code 现将…印发给你们}, {@code 特此公告})
 * @param stamp a date followed by a weekday in the site header ({@code 2024年12月14日 星期六}): often the
 *     day the page was viewed, so of low trust
 */
public record PageFacts(
    Optional<LocalDate> signed, String issuer, Optional<NoticeFooter> footer, boolean notice, Optional<LocalDate> stamp) {
  private static final PageFacts NONE = new PageFacts(Optional.empty(), "", Optional.empty(), false, Optional.empty());

  /**
   * Checks that no part is null.
   *
   * @param signed the date a document was signed, when stated
   * @param issuer the issuing body, or empty
   * @param footer the foot of an official notice, when there is one
   * @param notice whether the page reads as an official notice
   * @param stamp a date with a weekday in the site header, when there is one
   */
  public PageFacts {
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(stamp, "stamp");
  }

  /**
   * A page that states none of these.
   *
   * @return the facts of a page that states none
   */
  public static PageFacts none() {
    return NONE;
  }
}
