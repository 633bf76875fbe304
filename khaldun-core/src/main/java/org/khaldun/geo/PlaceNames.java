package org.khaldun.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reduces a place name to the key the gazetteer is indexed by, so that spelling variants of a
 * transliterated name meet: case and diacritics go, punctuation and hyphens become spaces, Arabic
 * articles ({@code al-}, {@code ad-}, {@code el-}...) are dropped, doubled letters are collapsed
 * ({@code Hassakeh} = {@code Hasakeh}) and a word-final {@code h} after a vowel is dropped ({@code
 * Basrah} = {@code Basra}). Variants that differ in vowels ({@code Kerbala}/{@code Karbala}) are
 * left to the alias lists; folding vowels would merge too many unrelated places.
 */
final class PlaceNames {

  /** Arabic definite article in its assimilated forms, plus Romance/English leading articles. */
  private static final Set<String> ARTICLES =
      Set.of(
          "al", "el", "il", "ul", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an", "ed",
          "er", "es", "et", "ez", "en", "the");

  private PlaceNames() {}

  static String key(String name) {
    return normalise(name, true);
  }

  private static final Map<String, String> SHORT_WORDS =
      Map.of("st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort");

  /**
   * A key or spelling with the short forms of place-name words written out ("st paul" is "saint
   * paul", "mt pleasant" "mount pleasant"), to tell whether a text names a place by its own name.
   */
  static String unabbreviated(String key) {
    if (!key.contains("st") && !key.contains("mt") && !key.contains("ft")) {
      return key;
    }
    String[] words = key.split(" ");
    for (int i = 0; i < words.length; i++) {
      words[i] = SHORT_WORDS.getOrDefault(words[i], words[i]);
    }
    return String.join(" ", words);
  }

  /**
   * The name as {@link #key} has it but with doubled letters kept: two names with the same key may
   * still be spelled apart (Samarra, Iraq and Samara, Russia).
   */
  static String spelling(String name) {
    return normalise(name, false);
  }

  private static String normalise(String name, boolean foldDoubles) {
    // NFD only when needed: most names are ASCII, and this runs for every name at load time.
    String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      // Apostrophes and ayn/hamza signs are dropped inside words (Sana'a, Karbala').
      if (c == '\''
          || c == '\u2019'
          || c == '\u2018'
          || c == '\u02bf'
          || c == '\u02be'
          || c == '\u02bc'
          || c == '`') {
        continue;
      }
      if (c == 'ß') {
        b.append("ss");
      } else if (c == 'ø' || c == 'Ø') {
        b.append('o');
      } else if (c == 'ł' || c == 'Ł') {
        b.append('l');
      } else if (c == 'đ' || c == 'Đ') {
        b.append('d');
      } else if (c == 'ı') {
        b.append('i');
      } else if (c == 'æ' || c == 'Æ') {
        b.append("ae");
      } else if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else {
        b.append(' ');
      }
    }
    List<String> words = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= b.length(); i++) {
      boolean space = i == b.length() || b.charAt(i) == ' ';
      if (space && start >= 0) {
        words.add(b.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    StringBuilder out = new StringBuilder(b.length());
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      if (w < words.size() - 1 && ARTICLES.contains(word)) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      fold(word, foldDoubles, out);
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends the word with a final vowel+h reduced to the vowel and, when {@code doubles}, doubled
   * letters collapsed.
   */
  private static void fold(String word, boolean doubles, StringBuilder out) {
    int start = out.length();
    char prev = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!doubles || c != prev || Character.isDigit(c)) {
        out.append(c);
      }
      prev = c;
    }
    int n = out.length();
    if (n - start > 3 && out.charAt(n - 1) == 'h' && "aeiou".indexOf(out.charAt(n - 2)) >= 0) {
      out.setLength(n - 1);
    }
  }

  /** True when every letter of the name is Latin script (digits, spaces, punctuation allowed). */
  static boolean isLatin(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)
          && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }
}
