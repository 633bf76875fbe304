package org.khaldun.geo;

import java.text.Normalizer;
import java.util.Locale;
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
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
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
    String[] words = b.toString().trim().split(" +");
    StringBuilder out = new StringBuilder(b.length());
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.isEmpty() || (w < words.length - 1 && ARTICLES.contains(word))) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(fold(word));
    }
    return out.toString();
  }

  private static String fold(String word) {
    StringBuilder f = new StringBuilder(word.length());
    char prev = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != prev || Character.isDigit(c)) {
        f.append(c);
      }
      prev = c;
    }
    int n = f.length();
    if (n > 3 && f.charAt(n - 1) == 'h' && "aeiou".indexOf(f.charAt(n - 2)) >= 0) {
      f.setLength(n - 1);
    }
    return f.toString();
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

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
