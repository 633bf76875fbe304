package org.khaldun.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * MinHash signatures of texts over word shingles. Each shingle is hashed once (64-bit FNV-1a over
 * its characters), then re-mixed with one fixed seed per hash function (the SplitMix64 finalizer),
 * which behaves like independent hash functions at the cost of one multiply-xor chain each. Seeds
 * come from a fixed-seed generator, so signatures are the same in every run and every JVM.
 */
final class MinHasher {
  private static final long SEED = 0x4b68616c64756eL;

  private final int shingleWords;
  private final long[] seeds;

  MinHasher(int shingleWords, int hashes) {
    this.shingleWords = shingleWords;
    SplittableRandom random = new SplittableRandom(SEED);
    this.seeds = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      seeds[i] = random.nextLong();
    }
  }

  /** The signature, or null when the text holds no word. */
  int[] signature(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return null;
    }
    int[] mins = new int[seeds.length];
    java.util.Arrays.fill(mins, Integer.MAX_VALUE);
    int width = Math.min(shingleWords, words.size());
    for (int start = 0; start + width <= words.size(); start++) {
      long h = 0xcbf29ce484222325L;
      for (int w = start; w < start + width; w++) {
        String word = words.get(w);
        for (int c = 0; c < word.length(); c++) {
          h = (h ^ word.charAt(c)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      for (int i = 0; i < seeds.length; i++) {
        int v = (int) (mix(h ^ seeds[i]) >>> 32);
        if (v < mins[i]) {
          mins[i] = v;
        }
      }
    }
    return mins;
  }

  /** Fraction of positions where two signatures agree: an estimate of the Jaccard similarity. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
