package io.github.jishi.internal.event;

import io.github.jishi.entity.Mention;
import io.github.jishi.internal.text.Sentence;
import io.github.jishi.time.TimeExpression;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a page with what recognition found in it (offsets relative to the sentence).
 *
 * @param paragraph index of the paragraph the sentence is in, so context stays within it
 */
public record AnalyzedSentence(Sentence sentence, int paragraph, List<Mention> mentions, List<TimeExpression> times) {
  public AnalyzedSentence {
    Objects.requireNonNull(sentence, "sentence");
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
  }
}
