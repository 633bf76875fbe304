package org.khaldun.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds names to matching keys so that transliteration variants meet: {@code "al-Assadi"}, {@code
 * "Al Asadi"} and {@code "el-Asadi"} all become {@code "asadi"}.
 *
 * <p>The exact key ({@link #normalize}) decomposes (NFD) and drops combining marks, lower-cases
 * ({@link Locale#ROOT}), drops possessive {@code 's}, apostrophes, quotes and dots ({@code U.S.} is
 * {@code us}), splits on every other non-letter-or-digit (hyphens equal spaces), drops Arabic
 * articles and collapses doubled letters in words of five letters or more ({@code Shaabi} is {@code
 * shabi}). The article {@code al}/{@code el} is dropped wherever it stands before another word; the
 * assimilated forms ({@code ad, ash, as, at, az, an, ar, adh, ath, ud, ul}) only when
 * hyphen-attached ({@code Salah ad-Din}), since {@code as}, {@code at} and {@code an} are English
 * words.
 *
 * <p>The {@link #looseKey loose key} additionally folds the vowels of words of five letters or more
 * (all but the first letter), for spellings such as Kerbala/Karbala or Hezbollah/Hizbullah; callers
 * use it only as a fallback for capitalised text because it also merges unrelated words.
 */
public final class NameNormalizer {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** A possessive ending, as part of a word ("People's") or as CoreNLP's separate token ("'s"). */
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");

  private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
  private static final Set<String> ARTICLES = Set.of("al", "el");
  private static final Set<String> ATTACHED_ARTICLES =
      Set.of("al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "adh", "ath", "ud", "ul");

  private NameNormalizer() {}

  /** A word of a token sequence and the index of the token it came from. */
  public record Word(String text, int token) {}

  /** The exact matching key of a name: its normalised words joined by single spaces. */
  public static String normalize(String name) {
    List<String> words = new ArrayList<>();
    for (Word w : words(List.of(name))) {
      words.add(w.text());
    }
    return String.join(" ", words);
  }

  /**
   * Normalised words of a token sequence, each with the index of its token. Articles are dropped
   * across token boundaries ({@code "al" "Nujaba"} gives one word), never at the end.
   */
  public static List<Word> words(List<String> tokens) {
    List<String> raw = new ArrayList<>();
    List<Integer> rawToken = new ArrayList<>();
    List<Boolean> hyphenAttached = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      String s = fold(tokens.get(t));
      if (!s.isEmpty() && s.chars().allMatch(c -> isDash((char) c)) && !hyphenAttached.isEmpty()) {
        // A hyphen split off as its own token ("ad", "-", "Din") still attaches the article.
        hyphenAttached.set(hyphenAttached.size() - 1, true);
        continue;
      }
      int i = 0;
      while (i < s.length()) {
        if (!Character.isLetterOrDigit(s.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
          i++;
        }
        raw.add(s.substring(start, i));
        rawToken.add(t);
        hyphenAttached.add(i < s.length() && isDash(s.charAt(i)));
      }
    }
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String w = raw.get(i);
      boolean last = i == raw.size() - 1;
      if (!last
          && (ARTICLES.contains(w) || (hyphenAttached.get(i) && ATTACHED_ARTICLES.contains(w)))) {
        continue;
      }
      // Short words keep their doubles: acronyms differ by them (LAF, LAAF; AAH).
      String folded = w.length() < 5 ? w : DOUBLED.matcher(w).replaceAll("$1");
      words.add(new Word(folded, rawToken.get(i)));
    }
    return words;
  }

  /**
   * The loose key of an exact key (as returned by {@link #normalize}): in words of five letters or
   * more, {@code ch} becomes {@code sh}, {@code ph} becomes {@code f}, {@code ou} becomes {@code u}
   * and every vowel becomes {@code a}, then doubled letters collapse again.
   */
  public static String looseKey(String exactKey) {
    String[] parts = exactKey.split(" ");
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (p.length() < 5) {
        out.append(p);
        continue;
      }
      String w = p.replace("ch", "sh").replace("ph", "f").replace("ou", "u");
      w = w.charAt(0) + w.substring(1).replaceAll("[eiouy]", "a");
      out.append(DOUBLED.matcher(w).replaceAll("$1"));
    }
    return out.toString();
  }

  /**
   * A readable id slug: marks stripped, lower-cased, runs of other characters as one hyphen ({@code
   * "Hisham al-Hashimi"} is {@code hisham-al-hashimi}). Articles and doubled letters are kept,
   * unlike the matching key.
   */
  public static String slug(String name) {
    String s = fold(name).replaceAll("[^\\p{L}\\p{Nd}]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  private static String fold(String s) {
    String d = POSSESSIVE.matcher(s).replaceAll("");
    d = MARKS.matcher(Normalizer.normalize(d, Normalizer.Form.NFD)).replaceAll("");
    d = d.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      switch (c) {
        case '\'',
            '\u2019',
            '\u2018',
            '`',
            '\u00b4',
            '\u02bc',
            '\u02bb',
            '\u02be',
            '\u02bf',
            '.' -> {
          // Dropped, not split: "Asa'ib" is "asaib", "U.S." is "us".
        }
        case '\u0131' -> b.append('i'); // dotless i (Turkish) has no decomposition
        case '\u00df' -> b.append("ss");
        case '\u00f8' -> b.append('o');
        case '\u00e6' -> b.append("ae");
        case '\u0153' -> b.append("oe");
        case '\u0111', '\u00f0' -> b.append('d');
        case '\u0142' -> b.append('l');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
  }
}
