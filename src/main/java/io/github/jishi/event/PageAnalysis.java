package io.github.jishi.event;

import io.github.jishi.entity.Mention;
import io.github.jishi.source.SourceDocument;
import io.github.jishi.text.NormalizedText;
import java.util.List;
import java.util.Objects;

/**
 * Everything jishi reads out of one page.
 *
 * @param text the page body normalized to simplified script, with its map to the original
 * @param mentions places, organisations, programmes and times, offsets into {@code text.text()}
 * @param programs canonical names of every programme the page (title included) names
 */
public record PageAnalysis(SourceDocument document, NormalizedText text, List<Mention> mentions, List<PolicyEvent> events, List<String> programs) {
  /**
   * Checks the parts and copies the lists.
   *
   * @param document the page as read
   * @param text the page body normalized to simplified script
   * @param mentions what the page names
   * @param events the events read from the page
   * @param programs canonical names of every programme the page names
   */
  public PageAnalysis {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    programs = List.copyOf(programs);
  }
}
