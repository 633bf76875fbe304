package org.khaldun.eval;

import org.khaldun.geo.Place;

/**
 * What became of one gold toponym, or a place found where the gold has none ({@code spurious}), for
 * reading a geoparser's errors one by one. Offsets are UTF-16 code units of the gold text, end
 * exclusive.
 *
 * @param article the gold article's id
 * @param phrase the gold phrase
 * @param goldFeatureCode GeoNames feature code of the gold place, or null
 * @param goldLat gold latitude, or null
 * @param goldLon gold longitude, or null
 * @param goldGeonameId gold GeoNames id, or null
 * @param goldCountry gold country as the data gives it, or null
 * @param goldAdmin1 gold admin-1 name, or null
 * @param predicted the place Khaldun chose, or null when it found none
 * @param errorKm distance between gold and predicted points, or null
 * @param spurious true for a predicted place that matches no gold toponym (all gold fields null)
 */
public record ToponymResult(
    String article,
    int start,
    int end,
    String phrase,
    String goldFeatureCode,
    Double goldLat,
    Double goldLon,
    Long goldGeonameId,
    String goldCountry,
    String goldAdmin1,
    Place predicted,
    Double errorKm,
    boolean spurious) {

  static ToponymResult of(String article, GeoGold.Toponym gold, Place predicted, Double errorKm) {
    return new ToponymResult(
        article,
        gold.start(),
        gold.end(),
        gold.phrase(),
        gold.featureCode(),
        gold.lat(),
        gold.lon(),
        gold.geonameId(),
        gold.country(),
        gold.admin1(),
        predicted,
        errorKm,
        false);
  }

  static ToponymResult spurious(String article, int start, int end, String phrase, Place place) {
    return new ToponymResult(
        article, start, end, phrase, null, null, null, null, null, null, place, null, true);
  }
}
