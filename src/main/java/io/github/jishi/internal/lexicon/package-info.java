/**
 * Not API, may change without notice: the vocabulary lists jishi reads (the resources
 * {@code io/github/jishi/lexicon/*.tsv}, kept at that path for users' overlays) and a user's
 * overlay of them: {@link io.github.jishi.internal.lexicon.Lexicon}.
 */
package io.github.jishi.internal.lexicon;
