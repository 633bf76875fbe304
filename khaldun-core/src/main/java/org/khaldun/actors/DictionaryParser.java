package org.khaldun.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads dictionary lines into validated entries; the format is documented on {@link
 * ActorDictionary}.
 */
final class DictionaryParser {

  /** One validated line. Lists are never null. */
  record Entry(
      String file,
      int line,
      String id,
      String type,
      String name,
      String country,
      Sector sector,
      String cameo,
      List<String> aliases,
      List<String> adjectives,
      List<String> demonyms,
      List<String> capitals,
      List<String> ethnic) {

    String where() {
      return file + ":" + line;
    }
  }

  static final Set<String> TYPES =
      Set.of("country", "organ", "group", "igo", "ngo", "org", "person");

  /** CAMEO and PLOVER sector codes accepted in a dictionary. */
  static final Set<String> SECTORS =
      Set.of(
          "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO",
          "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "NGO", "OPP", "PTY", "REB", "REF", "REL",
          "SPY", "UAF", "MOD", "RAD", "SEP");

  /** The sectors of composed state organs, see {@link StateOrgans}. */
  static final List<String> ORGAN_SECTORS =
      List.of(
          "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "CVL", "REB", "OPP", "MED", "REF", "BUS", "LAB",
          "REL", "EDU", "HLH", "HRI");

  /** ISO 3166-1 alpha-3 codes, plus XKX (Kosovo), which ISO has not assigned but everyone uses. */
  static final Set<String> ISO3 = iso3();

  private static final Set<String> KEYS =
      Set.of(
          "type",
          "name",
          "country",
          "sector",
          "cameo",
          "aliases",
          "adjectives",
          "demonyms",
          "capitals",
          "ethnic");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
  private static final Pattern CAMEO = Pattern.compile("([A-Z0-9]{3}){1,5}");

  private DictionaryParser() {}

  static List<Entry> parse(Reader reader, String file) {
    List<Entry> entries = new ArrayList<>();
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String text = lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        entries.add(parseLine(trimmed, file, lineNo));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary " + file, e);
    }
    return entries;
  }

  private static Entry parseLine(String text, String file, int line) {
    String[] fields = text.split("\\|");
    String id = fields[0].strip();
    if (!ID.matcher(id).matches()) {
      throw new DictionaryException(file, line, "bad id '" + id + "' (letters, digits, . _ : -)");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 1; i < fields.length; i++) {
      String field = fields[i].strip();
      if (field.isEmpty()) {
        continue;
      }
      int eq = field.indexOf('=');
      if (eq <= 0) {
        throw new DictionaryException(file, line, "field '" + field + "' is not key=value");
      }
      String key = field.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      if (!KEYS.contains(key)) {
        throw new DictionaryException(file, line, "unknown key '" + key + "'");
      }
      if (values.put(key, field.substring(eq + 1).strip()) != null) {
        throw new DictionaryException(file, line, "key '" + key + "' given twice");
      }
    }
    boolean organ = ORGAN_ID.matcher(id).matches();
    String type = values.getOrDefault("type", organ ? "organ" : "org");
    if (!TYPES.contains(type)) {
      throw new DictionaryException(file, line, "unknown type '" + type + "', expected " + TYPES);
    }
    String country = emptyToNull(values.get("country"));
    if (country != null && !ISO3.contains(country)) {
      throw new DictionaryException(
          file, line, "country '" + country + "' is not an ISO 3166 alpha-3 code");
    }
    String sectorCode = emptyToNull(values.get("sector"));
    if (sectorCode != null && !SECTORS.contains(sectorCode)) {
      throw new DictionaryException(file, line, "unknown sector '" + sectorCode + "'");
    }
    String cameo = emptyToNull(values.get("cameo"));
    if (cameo != null && !CAMEO.matcher(cameo).matches()) {
      throw new DictionaryException(
          file, line, "bad CAMEO code '" + cameo + "' (1 to 5 groups of 3 capitals or digits)");
    }
    String name = emptyToNull(values.get("name"));
    if (type.equals("country")) {
      if (!ISO3.contains(id)) {
        throw new DictionaryException(
            file, line, "country id '" + id + "' is not an ISO 3166 alpha-3 code");
      }
      if (country != null && !country.equals(id)) {
        throw new DictionaryException(file, line, "country " + id + " says country=" + country);
      }
      country = id;
      cameo = cameo == null ? id : cameo;
    } else if (type.equals("organ")) {
      if (!organ) {
        throw new DictionaryException(
            file,
            line,
            "organ id '" + id + "' must be ISO3.SECTOR with sector in " + ORGAN_SECTORS);
      }
      if (country != null || sectorCode != null) {
        throw new DictionaryException(
            file, line, "organ " + id + " takes its country and sector from its id");
      }
      country = id.substring(0, 3);
      sectorCode = id.substring(4);
      cameo = cameo == null ? country + sectorCode : cameo;
    } else if (organ) {
      throw new DictionaryException(file, line, "id '" + id + "' is reserved for state organs");
    } else if (type.equals("person")) {
      // The recognizer and the coder tell people from groups by this prefix (a person's
      // statement, pronoun "he"), the same as for people it clusters from the text.
      if (!id.startsWith("person:")) {
        throw new DictionaryException(file, line, "person id '" + id + "' must start with person:");
      }
      if (cameo == null && country != null) {
        cameo = sectorCode == null ? country : country + sectorCode;
      }
    }
    if (name == null && !type.equals("organ")) {
      throw new DictionaryException(file, line, "missing name");
    }
    List<String> adjectives = list(values.get("adjectives"));
    List<String> demonyms = list(values.get("demonyms"));
    List<String> capitals = list(values.get("capitals"));
    List<String> ethnic = list(values.get("ethnic"));
    if (!type.equals("country")
        && !(adjectives.isEmpty()
            && demonyms.isEmpty()
            && capitals.isEmpty()
            && ethnic.isEmpty())) {
      throw new DictionaryException(
          file, line, "adjectives, demonyms, capitals and ethnic are for type=country only");
    }
    return new Entry(
        file,
        line,
        id,
        type,
        name,
        country,
        sectorCode == null ? null : new Sector(sectorCode),
        cameo,
        list(values.get("aliases")),
        adjectives,
        demonyms,
        capitals,
        ethnic);
  }

  static final Pattern ORGAN_ID =
      Pattern.compile("[A-Z]{3}\\.(" + String.join("|", ORGAN_SECTORS) + ")");

  private static List<String> list(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static Set<String> iso3() {
    Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    codes.add("XKX");
    return Set.copyOf(codes);
  }
}
