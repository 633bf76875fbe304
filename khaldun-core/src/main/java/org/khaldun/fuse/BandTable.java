package org.khaldun.fuse;

import java.util.Arrays;

/**
 * The buckets of one LSH band: band key to the articles filed under it, in primitive arrays. A
 * {@code HashMap<Long, List<Integer>>} costs about 130 bytes per article and band (node, boxed key,
 * list, array, boxed ordinal), four kilobytes per article at 32 bands, more than fusion keeps for
 * the article's reports; here it is about 28.
 *
 * <p>Open addressing (linear probing, at most half full) maps a key to the last article filed under
 * it; {@code previous} chains each article to the one filed before it under the same key, so a
 * bucket is walked newest first.
 */
final class BandTable {
  private static final int NONE = -1;
  private long[] keys = new long[16];
  private int[] last = filled(16);
  private int used;
  private int[] previous = new int[16];

  /** Files an article (ordinals are added in increasing order, each once) under a key. */
  void add(long key, int ordinal) {
    if ((used + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slot(key);
    if (last[slot] == NONE) {
      keys[slot] = key;
      used++;
    }
    if (ordinal >= previous.length) {
      previous = Arrays.copyOf(previous, Math.max(ordinal + 1, previous.length * 2));
    }
    previous[ordinal] = last[slot];
    last[slot] = ordinal;
  }

  /** The newest article under the key, or -1. */
  int newest(long key) {
    return last[slot(key)];
  }

  /** The article filed under the same key before this one, or -1. */
  int before(int ordinal) {
    return previous[ordinal];
  }

  /** The key's slot: where it is, or the empty slot where it would go. */
  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) MinHasher.mix(key) & mask;
    while (last[i] != NONE && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldLast = last;
    keys = new long[oldKeys.length * 2];
    last = filled(keys.length);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldLast[i] != NONE) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        last[slot] = oldLast[i];
      }
    }
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }
}
