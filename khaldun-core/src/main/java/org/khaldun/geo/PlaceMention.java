package org.khaldun.geo;

/**
 * A place named in a sentence, resolved to a gazetteer entry. Offsets are UTF-16 code units of the
 * cleaned text; {@code evidence} says in words why this entry was chosen.
 */
public record PlaceMention(
    Place place, int sentence, int begin, int end, String text, String evidence) {

  /** A mention whose choice needs no explanation (one reading, or set by hand). */
  public PlaceMention(Place place, int sentence, int begin, int end, String text) {
    this(place, sentence, begin, end, text, null);
  }
}
