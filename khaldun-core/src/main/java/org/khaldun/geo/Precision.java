package org.khaldun.geo;

/** How precisely a place locates an event, from a point to a whole country. */
public enum Precision {
  POINT,
  ADMIN2,
  ADMIN1,
  COUNTRY,
  /** A continent or a named region across or within countries (Sahel, Kurdistan Region). */
  REGION,
  /**
   * A name the gazetteer lacks (a village, a neighbourhood, a river), placed at the article's
   * most-named place: only roughly there, as analysts code an unknown site at the nearest known
   * town.
   */
  NEAR
}
