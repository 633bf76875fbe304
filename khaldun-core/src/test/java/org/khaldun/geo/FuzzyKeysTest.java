package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FuzzyKeysTest {

  private final FuzzyKeys keys =
      FuzzyKeys.of(List.of("karbala", "kerbala", "karbila", "karbalat", "arbala", "kabrala", "k"));

  @Test
  void findsSubstitutionsInsertionsDeletionsAndTranspositions() {
    assertThat(keys.within1("karbala"))
        .containsExactlyInAnyOrder("karbala", "kerbala", "karbila", "karbalat", "kabrala");
    assertThat(keys.within1("karbal")).containsExactlyInAnyOrder("karbala");
  }

  @Test
  void neverChangesTheFirstLetter() {
    assertThat(keys.within1("barbala")).isEmpty();
    assertThat(keys.within1("rbala")).isEmpty();
  }

  /** The pruned walk against a plain edit-distance check, on random keys over a small alphabet. */
  @Test
  void agreesWithTheEditDistanceOnRandomKeys() {
    Random random = new Random(42);
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      all.add(randomKey(random));
    }
    FuzzyKeys index = FuzzyKeys.of(new TreeSet<>(all));
    for (int q = 0; q < 300; q++) {
      String query = q % 2 == 0 ? randomKey(random) : mutate(all.get(q), random);
      List<String> expected =
          new TreeSet<>(all)
              .stream()
                  .filter(k -> k.charAt(0) == query.charAt(0) && distance(k, query) <= 1)
                  .toList();
      assertThat(index.within1(query)).as(query).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static String randomKey(Random random) {
    StringBuilder b = new StringBuilder();
    int length = 2 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      b.append("abc d".charAt(random.nextInt(5)));
    }
    return b.toString().strip().isEmpty() ? "a" : "a" + b;
  }

  private static String mutate(String s, Random random) {
    int at = 1 + random.nextInt(Math.max(1, s.length() - 1));
    return switch (random.nextInt(3)) {
      case 0 -> s.substring(0, at) + "b" + s.substring(at);
      case 1 -> at < s.length() ? s.substring(0, at) + s.substring(at + 1) : s;
      default ->
          at + 1 < s.length()
              ? s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2)
              : s;
    };
  }

  /** Restricted Damerau-Levenshtein distance. */
  private static int distance(String a, String b) {
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
