package org.khaldun.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khaldun.geo.Gazetteer;
import org.khaldun.geo.Precision;

/**
 * Converts a gold country (alpha-2 code, alpha-3 code, or an English name as GeoNames spells it) to
 * the ISO 3166 alpha-3 code Khaldun's places carry. Names are looked up in the gazetteer's country
 * entries first (they carry the supplement's aliases), then in the JDK's English country names,
 * then in a few GeoNames names that neither knows.
 */
final class CountryCodes {

  /** GeoNames country names that differ from both the gazetteer's and the JDK's. */
  private static final Map<String, String> GEONAMES_NAMES =
      Map.of(
          "palestinian territory", "PSE",
          "czech republic", "CZE",
          "macedonia", "MKD",
          "swaziland", "SWZ",
          "east timor", "TLS");

  private final Gazetteer gazetteer;
  private final Set<String> alpha3 = new HashSet<>();
  private final Map<String, String> englishNames = new HashMap<>();

  CountryCodes(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (String a2 : Locale.getISOCountries()) {
      Locale locale = new Locale.Builder().setRegion(a2).build();
      String a3 = locale.getISO3Country();
      alpha3.add(a3);
      englishNames.put(key(locale.getDisplayCountry(Locale.ENGLISH)), a3);
    }
  }

  /** The alpha-3 code, or null when the value names no known country. */
  String toAlpha3(String gold) {
    if (gold == null || gold.isBlank()) {
      return null;
    }
    String value = gold.trim();
    if (value.length() == 3 && alpha3.contains(value.toUpperCase(Locale.ROOT))) {
      return value.toUpperCase(Locale.ROOT);
    }
    if (value.length() == 2 && value.chars().allMatch(Character::isLetter)) {
      Locale locale = new Locale.Builder().setRegion(value.toUpperCase(Locale.ROOT)).build();
      return locale.getISO3Country();
    }
    var country =
        gazetteer.find(value).stream().filter(p -> p.precision() == Precision.COUNTRY).findFirst();
    if (country.isPresent()) {
      return country.get().country();
    }
    String k = key(value);
    String fromJdk = englishNames.get(k);
    return fromJdk != null ? fromJdk : GEONAMES_NAMES.get(k);
  }

  /** Lower case, no diacritics, "&" as "and", "St." as "saint", single spaces. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("\\bst\\.", "saint ");
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
