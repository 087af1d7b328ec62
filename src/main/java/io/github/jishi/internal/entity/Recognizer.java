package io.github.jishi.internal.entity;

import io.github.jishi.entity.Mention;
import io.github.jishi.nlp.Token;
import java.util.List;

/**
 * Finds mentions of one kind in one sentence of normalized simplified text.
 *
 * <p>Offsets of the returned mentions are relative to {@code sentence}. {@code tokens} is the
 * sentence's segmentation (gazetteer names kept whole), used as a word-boundary signal; the
 * document context carries what earlier sentences established (places seen, the dateline place).
 * Implementations are thread-safe; the context is not shared between threads.
 */
public interface Recognizer {
  List<Mention> recognize(String sentence, List<Token> tokens, DocumentContext context);
}
