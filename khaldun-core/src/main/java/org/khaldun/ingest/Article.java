package org.khaldun.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article after ingest: cleaned text plus what the input said about it.
 *
 * <p>{@code text} is the cleaned text every later stage works on. When the article has a title, the
 * text starts with the title followed by a blank line ({@code "\n\n"}), so that no sentence
 * splitter can glue the title to the first sentence of the body. All offsets elsewhere in Khaldun
 * are UTF-16 code units from the start of this text; {@link #offsets} maps them back to the input.
 *
 * @param id stable article id: the id given in the input, else derived from the URL, else from the
 *     content
 * @param url canonical URL, or null when unknown
 * @param title headline, or null when there is none
 * @param date publication date, or null when unknown
 * @param source publisher or site name, or null when unknown
 * @param byline author(s), or null when unknown
 * @param text cleaned text (title, blank line, body)
 * @param offsets map from offsets in {@code text} to offsets in the input
 * @param origin where the article came from: a file path, {@code path:line} for JSON Lines, or
 *     {@code <stdin>}
 */
public record Article(
    String id,
    String url,
    String title,
    LocalDate date,
    String source,
    String byline,
    String text,
    OffsetMap offsets,
    String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    Objects.requireNonNull(origin, "origin");
  }
}
