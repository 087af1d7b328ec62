/**
 * The time reader of jishi's first release (commit {@code 28aeb12}), kept as it was but for its
 * package, as the baseline the bench times the dates stage against: the same sentences, read by
 * both readers in the same run, page by page. Not used anywhere else; never changed, so the ratio
 * the bench prints stays comparable from one version to the next.
 */
package io.github.jishi.bench.baseline;
