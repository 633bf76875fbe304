package org.khaldun.fuse;

/**
 * Thresholds for de-duplication and fusion, validated when built.
 *
 * @param shingleWords words per shingle of the cleaned article text (lower-cased letters and
 *     digits)
 * @param hashes MinHash functions per article; must equal {@code bands * rowsPerBand}
 * @param bands LSH bands: two articles become duplicate candidates only when all the rows of at
 *     least one band agree
 * @param rowsPerBand MinHash values per band
 * @param duplicateThreshold the least estimated Jaccard similarity of shingle sets for a candidate
 *     to be linked as a near-duplicate (0 to 1)
 * @param pointDistanceKm the farthest two point places may be apart and still be the same event's
 *     place
 * @param dateWindowDays the most days two reports' dates may differ and still be the same event
 */
public record FusionOptions(
    int shingleWords,
    int hashes,
    int bands,
    int rowsPerBand,
    double duplicateThreshold,
    double pointDistanceKm,
    int dateWindowDays) {

  /**
   * Default {@link #duplicateThreshold()}. One edited word changes up to five 5-word shingles, so a
   * 300-word wire copy with a new headline and a dozen retouched words still scores about 0.7, and
   * an update that adds two paragraphs to it about 0.6; two outlets' own reports of one event share
   * few 5-word runs and score under 0.2.
   */
  public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.5;

  public FusionOptions {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be at least 1, got " + shingleWords);
    }
    if (bands < 1 || rowsPerBand < 1) {
      throw new IllegalArgumentException(
          "bands and rowsPerBand must be at least 1, got " + bands + " and " + rowsPerBand);
    }
    if (hashes != bands * rowsPerBand) {
      throw new IllegalArgumentException(
          "hashes ("
              + hashes
              + ") must equal bands * rowsPerBand ("
              + bands
              + " * "
              + rowsPerBand
              + ")");
    }
    if (!(duplicateThreshold > 0 && duplicateThreshold <= 1)) {
      throw new IllegalArgumentException(
          "duplicateThreshold must be above 0 and at most 1, got " + duplicateThreshold);
    }
    if (!(pointDistanceKm >= 0)) {
      throw new IllegalArgumentException(
          "pointDistanceKm must be 0 or more, got " + pointDistanceKm);
    }
    if (dateWindowDays < 0) {
      throw new IllegalArgumentException("dateWindowDays must be 0 or more, got " + dateWindowDays);
    }
  }

  /**
   * 5-word shingles, 128 hashes in 32 bands of 4 (an article pair at similarity 0.5 becomes a
   * candidate with probability 0.87, at 0.7 with 0.9997, at 0.2 with 0.05), threshold 0.5, 25 km, 2
   * days.
   */
  public static FusionOptions defaults() {
    return new FusionOptions(5, 128, 32, 4, DEFAULT_DUPLICATE_THRESHOLD, 25.0, 2);
  }

  public FusionOptions withDuplicateThreshold(double threshold) {
    return new FusionOptions(
        shingleWords, hashes, bands, rowsPerBand, threshold, pointDistanceKm, dateWindowDays);
  }

  public FusionOptions withDateWindowDays(int days) {
    return new FusionOptions(
        shingleWords, hashes, bands, rowsPerBand, duplicateThreshold, pointDistanceKm, days);
  }

  public FusionOptions withPointDistanceKm(double km) {
    return new FusionOptions(
        shingleWords, hashes, bands, rowsPerBand, duplicateThreshold, km, dateWindowDays);
  }
}
