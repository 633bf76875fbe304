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
 * nothing within one edit, so a lookup visits only the prefixes near the query (a thousand or two
 * among 600,000 keys). The letters of all keys are copied, in order, into one char array: the walk
 * reads thousands of keys' letters, and reading them from scattered String objects cost a cache
 * miss each. Child ranges are found by galloping from their start, since most are short.
 */
final class FuzzyKeys {

  private static final int MAX_EDITS = 1;

  private final String[] sorted;

  /** Letters of all keys, in sorted order; key i is chars[starts[i] .. starts[i + 1]). */
  private final char[] chars;

  private final int[] starts;

  private FuzzyKeys(String[] sorted) {
    this.sorted = sorted;
    this.starts = new int[sorted.length + 1];
    int total = 0;
    for (int i = 0; i < sorted.length; i++) {
      starts[i] = total;
      total += sorted[i].length();
    }
    starts[sorted.length] = total;
    this.chars = new char[total];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i].getChars(0, sorted[i].length(), chars, starts[i]);
    }
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
    if (length(i) == depth) { // the prefix itself is a key; it sorts first
      if (rows[depth][m] <= MAX_EDITS) {
        out.add(sorted[i]);
      }
      i++;
    }
    if (depth > m) { // a longer key is at least two edits away
      return;
    }
    if (i == hi) {
      return;
    }
    if (min(rows[depth]) == MAX_EDITS) {
      // The edit is spent: only letters that continue an exact match can follow, at most a few,
      // so look those up instead of trying every child (most of the walk, measured).
      for (char c : nextLetters(rows, path, depth, query)) {
        int from = lowerBound(i, hi, depth, c);
        if (from < hi && charAt(from, depth) == c) {
          int end = gallopPast(from, hi, depth, c);
          if (extend(rows, path, depth, c, query) <= MAX_EDITS) {
            walk(from, end, depth + 1, rows, path, query, out);
          }
        }
      }
      return;
    }
    while (i < hi) {
      char c = (char) charAt(i, depth);
      int end = gallopPast(i, hi, depth, c);
      if (extend(rows, path, depth, c, query) <= MAX_EDITS) {
        walk(i, end, depth + 1, rows, path, query, out);
      }
      i = end;
    }
  }

  /**
   * With row {@code depth} at least 1 everywhere, the letters c for which the next row can still
   * hold a 1: a match after a cell at 1, or the second half of a transposition after a cell at 0
   * two rows up.
   */
  private static char[] nextLetters(int[][] rows, char[] path, int depth, String query) {
    int m = query.length();
    int[] row = rows[depth];
    StringBuilder letters = new StringBuilder(4);
    for (int j = 1; j <= m; j++) {
      char q = query.charAt(j - 1);
      if (row[j - 1] == MAX_EDITS && letters.indexOf(String.valueOf(q)) < 0) {
        letters.append(q);
      }
      if (j > 1 && rows[depth - 1][j - 2] == 0 && path[depth - 1] == q) {
        char t = query.charAt(j - 2);
        if (letters.indexOf(String.valueOf(t)) < 0) {
          letters.append(t);
        }
      }
    }
    return letters.toString().toCharArray();
  }

  private static int min(int[] row) {
    int min = Integer.MAX_VALUE;
    for (int v : row) {
      min = Math.min(min, v);
    }
    return min;
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

  private int length(int key) {
    return starts[key + 1] - starts[key];
  }

  /** The letter at {@code pos} of a key, or -1 past its end (so shorter keys sort first). */
  private int charAt(int key, int pos) {
    return pos < length(key) ? chars[starts[key] + pos] : -1;
  }

  /** First index in [lo, hi) whose key has a letter >= c at {@code pos}. */
  private int lowerBound(int lo, int hi, int pos, char c) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (charAt(mid, pos) < c) {
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
      if (charAt(mid, pos) <= c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@link #upperBound} for a range that starts at {@code lo} with letter c, probing 1, 2, 4... */
  private int gallopPast(int lo, int hi, int pos, char c) {
    int step = 1;
    int known = lo; // the key at known has letter c
    while (known + step < hi && charAt(known + step, pos) == c) {
      known += step;
      step <<= 1;
    }
    return upperBound(known + 1, Math.min(hi, known + step), pos, c);
  }
}
