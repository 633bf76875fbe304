package org.khaldun.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores a clustering of articles and a set of duplicate links against gold labels. */
final class FusionScorer {

  /**
   * One labelled article.
   *
   * @param goldEvent the gold event label
   * @param goldCopyOf the article it copies, or null
   * @param predicted the predicted cluster (fused id of its main report, or a label of its own)
   */
  record Item(String articleId, String goldEvent, String goldCopyOf, String predicted) {}

  private FusionScorer() {}

  static FusionReport.Clustering clustering(List<Item> items, int withoutMainReport) {
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<String, Integer> predSizes = new HashMap<>();
    Map<String, Integer> bothSizes = new HashMap<>();
    for (Item item : items) {
      goldSizes.merge(item.goldEvent(), 1, Integer::sum);
      predSizes.merge(item.predicted(), 1, Integer::sum);
      bothSizes.merge(item.goldEvent() + '\u0000' + item.predicted(), 1, Integer::sum);
    }
    long goldPairs = pairs(goldSizes);
    long predictedPairs = pairs(predSizes);
    long truePairs = pairs(bothSizes);
    double p = 0;
    double r = 0;
    for (Item item : items) {
      int both = bothSizes.get(item.goldEvent() + '\u0000' + item.predicted());
      p += (double) both / predSizes.get(item.predicted());
      r += (double) both / goldSizes.get(item.goldEvent());
    }
    Double bp = items.isEmpty() ? null : p / items.size();
    Double br = items.isEmpty() ? null : r / items.size();
    Double pairP = Ratio.of(truePairs, predictedPairs);
    Double pairR = Ratio.of(truePairs, goldPairs);
    return new FusionReport.Clustering(
        goldSizes.size(),
        withoutMainReport,
        truePairs,
        predictedPairs,
        goldPairs,
        pairP,
        pairR,
        Ratio.f1(truePairs, predictedPairs, goldPairs),
        bp,
        br,
        harmonic(bp, br));
  }

  static FusionReport.Duplicates duplicates(List<Item> items, Map<String, String> links) {
    Map<String, String> copyOf = new HashMap<>();
    for (Item item : items) {
      if (item.goldCopyOf() != null) {
        copyOf.put(item.articleId(), item.goldCopyOf());
      }
    }
    int correct = 0;
    for (Map.Entry<String, String> link : links.entrySet()) {
      if (copyOf.containsKey(link.getKey())
          && root(copyOf, link.getKey()).equals(root(copyOf, link.getValue()))) {
        correct++;
      }
    }
    return new FusionReport.Duplicates(
        copyOf.size(),
        links.size(),
        correct,
        Ratio.of(correct, links.size()),
        Ratio.of(correct, copyOf.size()));
  }

  private static String root(Map<String, String> copyOf, String id) {
    Set<String> seen = new HashSet<>();
    String at = id;
    while (copyOf.containsKey(at) && seen.add(at)) {
      at = copyOf.get(at);
    }
    return at;
  }

  private static long pairs(Map<String, Integer> sizes) {
    long n = 0;
    for (int size : sizes.values()) {
      n += (long) size * (size - 1) / 2;
    }
    return n;
  }

  private static Double harmonic(Double p, Double r) {
    if (p == null || r == null || p + r == 0) {
      return null;
    }
    return 2 * p * r / (p + r);
  }
}
