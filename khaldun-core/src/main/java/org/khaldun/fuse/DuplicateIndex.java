package org.khaldun.fuse;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive hashing over MinHash signatures: each signature is cut into bands, and each
 * band's rows hashed to a bucket. A new article is compared only with the articles sharing at least
 * one bucket with it, so the work per article depends on how many near-copies it has, not on how
 * many articles were seen.
 */
final class DuplicateIndex {
  private final MinHasher hasher;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final List<BandTable> buckets = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();

  /** For each article, the ordinal of its original: itself when it is not a duplicate. */
  private final List<Integer> roots = new ArrayList<>();

  DuplicateIndex(FusionOptions options) {
    this.hasher = new MinHasher(options.shingleWords(), options.hashes());
    this.bands = options.bands();
    this.rows = options.rowsPerBand();
    this.threshold = options.duplicateThreshold();
    for (int b = 0; b < bands; b++) {
      buckets.add(new BandTable());
    }
  }

  /**
   * Adds an article and returns its link to the earliest-seen original it nearly duplicates, or
   * null when it is original.
   */
  DuplicateLink add(String articleId, String text) {
    int ordinal = ids.size();
    int[] signature = hasher.signature(text);
    ids.add(articleId);
    signatures.add(signature);
    if (signature == null) {
      roots.add(ordinal);
      return null;
    }
    long[] keys = bandKeys(signature);
    int bestRoot = -1;
    double bestSimilarity = 0;
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int b = 0; b < bands; b++) {
      BandTable bucket = buckets.get(b);
      for (int other = bucket.newest(keys[b]); other >= 0; other = bucket.before(other)) {
        if (!seen.add(other)) {
          continue;
        }
        double similarity = MinHasher.similarity(signature, signatures.get(other));
        if (similarity < threshold) {
          continue;
        }
        int root = roots.get(other);
        // the earliest-seen original wins; among its copies, the closest gives the similarity
        if (bestRoot < 0 || root < bestRoot || (root == bestRoot && similarity > bestSimilarity)) {
          bestRoot = root;
          bestSimilarity = similarity;
        }
      }
    }
    for (int b = 0; b < bands; b++) {
      buckets.get(b).add(keys[b], ordinal);
    }
    if (bestRoot < 0) {
      roots.add(ordinal);
      return null;
    }
    roots.add(bestRoot);
    return new DuplicateLink(articleId, ids.get(bestRoot), bestSimilarity);
  }

  private long[] bandKeys(int[] signature) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = b;
      for (int r = 0; r < rows; r++) {
        h = MinHasher.mix(h * 31 + signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }
}
