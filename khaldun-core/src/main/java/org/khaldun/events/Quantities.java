package org.khaldun.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khaldun.nlp.Token;

/**
 * Finds amounts of people written in a sentence: digits ("12", "5,000", "1.5 million"), number
 * words ("twelve", "twenty-five", "two hundred", "a dozen") and vague plurals.
 *
 * <p>A vague plural gets a documented lower bound, the least the words can mean: two of the unit.
 * "dozens" is 24, "scores (of)" 40, "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000,
 * "hundreds of thousands" 200,000, "millions" 2,000,000; such an amount is marked {@code vague}.
 * Dates, times, money, percentages and ordinals (by their NER tag) are no amounts of people.
 */
final class Quantities {
  private Quantities() {}

  /**
   * An amount: tokens {@code [first, end)} of the sentence.
   *
   * @param vague whether the value is a lower bound read from a vague plural
   */
  record Quantity(int first, int end, long value, boolean vague) {}

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private static final Map<String, Long> SCALES =
      Map.of(
          "hundred", 100L,
          "thousand", 1_000L,
          "million", 1_000_000L,
          "billion", 1_000_000_000L,
          "dozen", 12L);

  /** Vague plurals and their lower bounds; those marked in OF_ONLY must be followed by "of". */
  private static final Map<String, Long> VAGUE =
      Map.of(
          "dozens", 24L,
          "scores", 40L,
          "hundreds", 200L,
          "thousands", 2_000L,
          "millions", 2_000_000L,
          "tens", 20L);

  private static final Set<String> OF_ONLY = Set.of("scores", "tens");

  private static final Set<String> NOT_PEOPLE =
      Set.of("DATE", "TIME", "DURATION", "MONEY", "PERCENT", "ORDINAL", "SET");

  static List<Quantity> find(List<Token> tokens) {
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Quantity q = vague(tokens, i);
      if (q == null) {
        q = exact(tokens, i);
      }
      if (q == null) {
        i++;
      } else {
        out.add(q);
        i = q.end();
      }
    }
    return out;
  }

  private static String word(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static boolean isOf(List<Token> tokens, int i) {
    return i < tokens.size() && word(tokens.get(i)).equals("of");
  }

  /** "thousands", "tens of thousands", "hundreds of thousands", "scores of", "dozens". */
  private static Quantity vague(List<Token> tokens, int i) {
    String w = word(tokens.get(i));
    Long base = VAGUE.get(w);
    if (base == null) {
      return null;
    }
    // "tens of thousands", "hundreds of thousands": two of the inner unit times the outer.
    if ((w.equals("tens") || w.equals("hundreds"))
        && isOf(tokens, i + 1)
        && i + 2 < tokens.size()) {
      String inner = word(tokens.get(i + 2));
      if (inner.equals("thousands") || inner.equals("millions")) {
        long unit = inner.equals("thousands") ? 1_000L : 1_000_000L;
        return new Quantity(i, i + 3, (w.equals("tens") ? 20L : 200L) * unit, true);
      }
    }
    if (OF_ONLY.contains(w) && !isOf(tokens, i + 1)) {
      return null;
    }
    // "the hundreds" and the like are not amounts; a plural noun use needs no determiner.
    if (i > 0 && word(tokens.get(i - 1)).equals("the")) {
      return null;
    }
    return new Quantity(i, i + 1, base, true);
  }

  /** Digits and number words, with scale words after them ("1.5 million", "two hundred"). */
  private static Quantity exact(List<Token> tokens, int i) {
    Token first = tokens.get(i);
    boolean aDozen =
        word(first).equals("a") && i + 1 < tokens.size() && word(tokens.get(i + 1)).equals("dozen");
    if (aDozen) {
      return new Quantity(i, i + 2, 12, false);
    }
    if (!"CD".equals(first.pos()) || NOT_PEOPLE.contains(first.ner())) {
      return null;
    }
    // A bare year ("in 2014") is no amount unless a noun follows it ("2000 protesters").
    if (first.text().matches("(1[89]|20)\\d\\d")
        && (i + 1 >= tokens.size()
            || tokens.get(i + 1).pos() == null
            || !tokens.get(i + 1).pos().startsWith("NN"))) {
      return null;
    }
    double total = 0;
    double current = 0;
    int j = i;
    boolean any = false;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      String w = word(t);
      Long scale = SCALES.get(w);
      if (scale != null && any) {
        if (scale >= 1_000) {
          total += (current == 0 ? 1 : current) * scale;
          current = 0;
        } else {
          current = (current == 0 ? 1 : current) * scale;
        }
        j++;
        continue;
      }
      if (j > i && !"CD".equals(t.pos())) {
        break;
      }
      Double v = value(w);
      if (v == null || (any && current != 0 && v >= 1 && !(current >= 100 && v < 100))) {
        // "two hundred fifty" continues; "12 15" does not
        break;
      }
      current += v;
      any = true;
      j++;
    }
    if (!any) {
      return null;
    }
    double value = total + current;
    if (value < 1 || value != Math.floor(value) || value > 1e10) {
      return null;
    }
    return new Quantity(i, j, (long) value, false);
  }

  /** The value of one number token: digits ("5,000", "1.5") or words ("twenty-five"). */
  private static Double value(String w) {
    String digits = w.replace(",", "");
    if (digits.matches("\\d+(\\.\\d+)?")) {
      return Double.parseDouble(digits);
    }
    double sum = 0;
    for (String part : w.split("-")) {
      Integer u = UNITS.get(part);
      if (u == null) {
        return null;
      }
      sum += u;
    }
    return sum;
  }
}
