package org.khaldun.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Finds the keys within one edit of a query key (Damerau-Levenshtein, restricted: an adjacent
 * transposition counts as one edit; the first letter must match, as in Lucene's {@code FuzzyQuery}
 * with a prefix length of 1).
 *
 * <p>The keys are kept in one sorted array, which is walked as if it were a trie: keys sharing a
 * prefix are a contiguous range, found by binary search on the next letter, and each prefix extends
 * the edit-distance table of its parent by one row. A range is abandoned as soon as its row holds
 * nothing within one edit, so a lookup visits only the few prefixes near the query (microseconds
 * for 600,000 keys) and the index costs no memory beyond the array.
 */
final class FuzzyKeys {

  private static final int MAX_EDITS = 1;

  private final String[] sorted;

  private FuzzyKeys(String[] sorted) {
    this.sorted = sorted;
  }

  static FuzzyKeys of(Collection<String> keys) {
    String[] sorted = keys.toArray(new String[0]);
    Arrays.sort(sorted);
    return new FuzzyKeys(sorted);
  }

  /** Keys within one edit of {@code query} (the query itself included when present). */
  List<String> within1(String query) {
    List<String> out = new ArrayList<>(2);
    if (query.isEmpty()) {
      return out;
    }
    char first = query.charAt(0);
    int lo = lowerBound(0, sorted.length, 0, first);
    int hi = upperBound(lo, sorted.length, 0, first);
    if (lo == hi) {
      return out;
    }
    int m = query.length();
    // rows[d][j]: distance between the d-letter prefix being walked and the query's j first letters
    int[][] rows = new int[m + MAX_EDITS + 2][m + 1];
    for (int j = 0; j <= m; j++) {
      rows[0][j] = j;
    }
    char[] path = new char[m + MAX_EDITS + 1];
    extend(rows, path, 0, first, query);
    walk(lo, hi, 1, rows, path, query, out);
    return out;
  }

  /** Keys in [lo, hi) all start with the {@code depth} letters of {@code path}. */
  private void walk(
      int lo, int hi, int depth, int[][] rows, char[] path, String query, List<String> out) {
    int m = query.length();
    int i = lo;
    if (sorted[i].length() == depth) { // the prefix itself is a key; it sorts first
      if (rows[depth][m] <= MAX_EDITS) {
        out.add(sorted[i]);
      }
      i++;
    }
    if (depth > m) { // a longer key is at least two edits away
      return;
    }
    while (i < hi) {
      char c = sorted[i].charAt(depth);
      int end = upperBound(i, hi, depth, c);
      if (extend(rows, path, depth, c, query) <= MAX_EDITS) {
        walk(i, end, depth + 1, rows, path, query, out);
      }
      i = end;
    }
  }

  /** Fills row {@code depth + 1} for the prefix extended by {@code c}; returns its minimum. */
  private static int extend(int[][] rows, char[] path, int depth, char c, String query) {
    path[depth] = c;
    int[] prev = rows[depth];
    int[] row = rows[depth + 1];
    int m = query.length();
    row[0] = depth + 1;
    int min = row[0];
    for (int j = 1; j <= m; j++) {
      char q = query.charAt(j - 1);
      int d = Math.min(Math.min(row[j - 1] + 1, prev[j] + 1), prev[j - 1] + (q == c ? 0 : 1));
      if (depth > 0 && j > 1 && c == query.charAt(j - 2) && path[depth - 1] == q) {
        d = Math.min(d, rows[depth - 1][j - 2] + 1);
      }
      row[j] = d;
      min = Math.min(min, d);
    }
    return min;
  }

  /**
   * First index in [lo, hi) whose key has a letter >= c at {@code pos} (keys share pos letters).
   */
  private int lowerBound(int lo, int hi, int pos, char c) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      String k = sorted[mid];
      if (k.length() <= pos || k.charAt(pos) < c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index in [lo, hi) whose key has a letter > c at {@code pos}. */
  private int upperBound(int lo, int hi, int pos, char c) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      String k = sorted[mid];
      if (k.length() <= pos || k.charAt(pos) <= c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Restricted Damerau-Levenshtein distance, for checking single pairs. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
