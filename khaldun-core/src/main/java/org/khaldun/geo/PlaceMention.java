package org.khaldun.geo;

/**
 * A place named in a sentence, resolved to a gazetteer entry. Offsets are UTF-16 code units of the
 * cleaned text.
 */
public record PlaceMention(Place place, int sentence, int begin, int end, String text) {}
