package org.khaldun.geo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Lookup results per normalised key, for lookups that cost more than a hash probe (an index read, a
 * fuzzy walk). Bounded by emptying it when full: simpler than LRU, and news names recur within a
 * run, so the working set refills quickly.
 */
final class KeyCache {

  private final int limit;
  private final Map<String, Place[]> map = new ConcurrentHashMap<>();

  KeyCache(int limit) {
    this.limit = limit;
  }

  Place[] get(String key, Function<String, Place[]> lookUp) {
    Place[] hits = map.get(key);
    if (hits == null) {
      hits = lookUp.apply(key);
      if (map.size() >= limit) {
        map.clear();
      }
      map.put(key, hits);
    }
    return hits;
  }
}
