package org.khaldun.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandTableTest {

  private static List<Integer> bucket(BandTable table, long key) {
    List<Integer> out = new ArrayList<>();
    for (int o = table.newest(key); o >= 0; o = table.before(o)) {
      out.add(o);
    }
    return out;
  }

  @Test
  void walksEachBucketNewestFirstAndKeepsBucketsApart() {
    BandTable table = new BandTable();
    table.add(7L, 0);
    table.add(-3L, 1);
    table.add(7L, 2);
    assertThat(bucket(table, 7L)).containsExactly(2, 0);
    assertThat(bucket(table, -3L)).containsExactly(1);
    assertThat(bucket(table, 8L)).isEmpty();
  }

  @Test
  void keepsEveryArticleWhileGrowingPastItsFirstSize() {
    BandTable table = new BandTable();
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      // a thousand keys, ten articles each, keys spread over the whole range of long
      table.add((i % 1000) * 0x9E3779B97F4A7C15L, i);
    }
    assertThat(bucket(table, 0L)).hasSize(10).startsWith(9000).endsWith(0);
    assertThat(bucket(table, 999 * 0x9E3779B97F4A7C15L)).hasSize(10).startsWith(9999);
  }
}
