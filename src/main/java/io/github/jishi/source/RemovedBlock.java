package io.github.jishi.source;

import java.util.Objects;

/**
 * A piece of the page that was cut as chrome, with the reason, so a user can see why.
 *
 * <p>Reasons for lines: {@code title} (the title line, kept in {@link SourceDocument#title()}, and
 * its repetitions near the top), {@code header} (date, source, author and metadata lines above the
 * story, whose facts go to {@link SourceDocument#facts()}), {@code stamp} (a date with a weekday,
 * {@code 2024年12月14日 星期六}), {@code site header} (lines above a dated headline), {@code weather}
 * (a weather widget), {@code caption} (a photo caption closed by a credit), {@code document number}
 * (a document number alone on its line, {@code 某政办发〔2020〕54号}), {@code app prompt},
 * {@code share}, {@code tag}, {@code editor}, {@code navigation}, {@code source}, {@code footer},
 * {@code disclaimer}, {@code css}, {@code script}, {@code related}, {@code comments},
 * {@code after story} (lists after {@code （完）}) and {@code link list}; consecutive lines with one
 * reason form one block, joined by {@code \n}. Reasons for HTML elements: {@code html <tag>}
 * ({@code html nav}, {@code html script}...), {@code html class <word>} ({@code html class share}),
 * {@code html hidden} and {@code html comment}.
 */
public record RemovedBlock(String reason, String text) {
  /**
   * Checks that no part is null.
   *
   * @param reason why the block was cut (see above)
   * @param text the text that was cut
   */
  public RemovedBlock {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
  }
}
