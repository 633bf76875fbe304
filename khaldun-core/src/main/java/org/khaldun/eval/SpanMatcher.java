package org.khaldun.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs gold spans with predicted spans one to one by overlap. Candidate pairs are taken greedily,
 * largest overlap first (then the closer start), so that "Rapides Parish" pairs with a prediction
 * of "Rapides Parish" rather than with a neighbouring "Rapides".
 */
final class SpanMatcher {

  /** A character span [begin, end). */
  record Span(int begin, int end) {
    int overlap(Span other) {
      return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }
  }

  private record Pair(int gold, int predicted, int overlap, int startGap) {}

  private SpanMatcher() {}

  /** For each gold span, the index of its predicted span, or -1 when none overlaps. */
  static int[] match(List<Span> gold, List<Span> predicted) {
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        int overlap = gold.get(g).overlap(predicted.get(p));
        if (overlap > 0) {
          pairs.add(
              new Pair(g, p, overlap, Math.abs(gold.get(g).begin() - predicted.get(p).begin())));
        }
      }
    }
    pairs.sort(
        Comparator.comparingInt(Pair::overlap)
            .reversed()
            .thenComparingInt(Pair::startGap)
            .thenComparingInt(Pair::gold));
    int[] goldToPredicted = new int[gold.size()];
    Arrays.fill(goldToPredicted, -1);
    boolean[] used = new boolean[predicted.size()];
    for (Pair pair : pairs) {
      if (goldToPredicted[pair.gold] < 0 && !used[pair.predicted]) {
        goldToPredicted[pair.gold] = pair.predicted;
        used[pair.predicted] = true;
      }
    }
    return goldToPredicted;
  }
}
