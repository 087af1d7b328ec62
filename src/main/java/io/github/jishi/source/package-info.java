/**
 * Reading pages: {@link io.github.jishi.source.DocumentReader} detects the form (text, HTML,
 * Markdown, JSON, JSON Lines) and charset, cuts site chrome and reads the publish date and dateline
 * into a {@link io.github.jishi.source.SourceDocument}.
 */
package io.github.jishi.source;
