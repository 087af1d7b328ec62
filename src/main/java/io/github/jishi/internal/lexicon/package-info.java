/**
 * The vocabulary lists jishi reads ({@code io/github/jishi/lexicon/*.tsv}) and a user's overlay of
 * them: {@link io.github.jishi.internal.lexicon.Lexicon}.
 */
package io.github.jishi.internal.lexicon;
