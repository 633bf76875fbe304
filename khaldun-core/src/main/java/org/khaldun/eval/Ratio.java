package org.khaldun.eval;

/** Ratios that are null, not NaN, when there is nothing to divide by (JSON has no NaN). */
final class Ratio {

  private Ratio() {}

  static Double of(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  /** F1 from true positives, predicted count and gold count; null when both counts are zero. */
  static Double f1(long truePositives, long predicted, long gold) {
    if (predicted + gold == 0) {
      return null;
    }
    return 2.0 * truePositives / (predicted + gold);
  }
}
