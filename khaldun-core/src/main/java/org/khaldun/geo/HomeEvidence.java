package org.khaldun.geo;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first-order unit an article's unambiguous names point to most, read from raw text with
 * gazetteer lookups only (no tagger, so that a whole batch is read in moments). Four kinds of name
 * count, each settling its unit without help from the rest of the article:
 *
 * <ol>
 *   <li>a town qualified by its unit ("Paris, Texas", "Smyrna, Tenn."), where the gazetteer has the
 *       town in that unit;
 *   <li>a county or parish named with its unit word ("Lamar County") that lies in one unit only;
 *   <li>a unit by its own name ("Texas", "Ontario"): the unit is the name's best reading, no
 *       country shares the name and no other unit is a plausible reading. Where a town is the best
 *       reading ("Alexandria", "New York", "Washington") the name is as ambiguous as any town's;
 *   <li>a town that is the only place of its name in the gazetteer ("Natchitoches").
 * </ol>
 *
 * A bare town name with other readings never counts, however big its best reading: "Paris" is the
 * very name whose reading the outlet's home has to settle.
 *
 * <p>Without a tagger, a capitalised word may be anything: the longest known name wins ("North
 * Korea" says nothing of Cameroon's North region), and a name counts only standing alone, not
 * beside other capitalised words ("Mary Smith", "Lake Ontario"), save a unit's name after a
 * direction ("Northeast Texas") or before a local institution ("Ohio House"). A town alone must
 * also follow a locative preposition ("in Natchitoches"): many surnames are the only town of their
 * name somewhere.
 */
final class HomeEvidence {

  /** A first-order unit: its country (alpha-3), GeoNames admin-1 code and name. */
  record Unit(String country, String admin1Code, String name) implements Serializable {}

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*|[,.]");
  private static final int MAX_WORDS = 3;
  private static final Set<String> UNIT_WORDS = Set.of("county", "parish", "borough");
  private static final Set<String> DIRECTIONS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "central",
          "northern",
          "southern",
          "eastern",
          "western",
          "upstate",
          "downstate");

  private HomeEvidence() {}

  /** The unit named most often, by a strict plurality; null when none is named or on a tie. */
  static Unit mostNamedUnit(Gazetteer gazetteer, String text) {
    Unit best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<Unit, Integer> e : namedUnits(gazetteer, text).entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** How often the text names each unit, in the order first named. */
  static Map<Unit, Integer> namedUnits(Gazetteer gazetteer, String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Unit> units = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int len = Math.min(MAX_WORDS, tokens.size() - i); len >= 1; len--) {
        if (!words(tokens, i, i + len)) {
          continue;
        }
        Place[] candidates =
            gazetteer.candidatesForKey(
                PlaceNames.key(String.join(" ", tokens.subList(i, i + len))));
        if (candidates.length == 0) {
          continue;
        }
        // The longest known name is the name: "North Korea" says nothing of a unit called North.
        Unit unit = unitOf(gazetteer, candidates, tokens, i, i + len);
        if (unit != null) {
          counts.merge(unit.admin1Code(), 1, Integer::sum);
          units.putIfAbsent(unit.admin1Code(), unit);
        }
        i += len - 1;
        break;
      }
    }
    Map<Unit, Integer> named = new LinkedHashMap<>();
    counts.forEach((code, count) -> named.put(units.get(code), count));
    return named;
  }

  /** The unit the capitalised words [from, to) settle alone; null when they settle none. */
  private static Unit unitOf(
      Gazetteer gazetteer, Place[] candidates, List<String> tokens, int from, int to) {
    if (to + 1 < tokens.size() && tokens.get(to).equals(",")) {
      Place[] regions = regionAfter(gazetteer, tokens, to + 1);
      Unit unit = oneUnit(GazetteerGeoparser.containedIn(candidates, regions));
      if (unit != null) {
        return unit;
      }
    }
    String last = tokens.get(to - 1).toLowerCase(Locale.ROOT);
    if (to - from > 1 && UNIT_WORDS.contains(last)) {
      List<Place> counties = new ArrayList<>();
      for (Place p : candidates) {
        if (p.precision() == Precision.ADMIN2) {
          counties.add(p);
        }
      }
      return oneUnit(counties.toArray(new Place[0]));
    }
    // A capital at the start of a sentence says nothing: "The Texas Legislature".
    boolean nameBefore =
        word(tokens, from - 1) && from - 1 > 0 && !tokens.get(from - 2).equals(".");
    if (nameBefore && !DIRECTIONS.contains(tokens.get(from - 1).toLowerCase(Locale.ROOT))) {
      return null; // "Lake Ontario", "St. Patrick"; but "Northeast Texas" is in Texas
    }
    if (!word(tokens, to)) {
      Unit town = onlyTown(candidates, tokens, from);
      return town != null ? town : ownName(candidates);
    }
    // "Texas Department of Public Safety" names Texas; "Mary Smith", "North Side" name no unit.
    boolean institution =
        GazetteerGeoparser.INSTITUTIONS.contains(tokens.get(to).toLowerCase(Locale.ROOT));
    return institution ? ownName(candidates) : null;
  }

  /**
   * The unit of a town that is the only place of its name in the gazetteer, after a locative
   * preposition; null otherwise.
   */
  private static Unit onlyTown(Place[] candidates, List<String> tokens, int from) {
    boolean locative =
        from > 0
            && GazetteerGeoparser.LOCATIVES.contains(tokens.get(from - 1).toLowerCase(Locale.ROOT));
    if (candidates.length != 1 || !locative) {
      return null;
    }
    Place town = candidates[0];
    boolean place = town.precision() == Precision.POINT || town.precision() == Precision.ADMIN2;
    return place && town.admin1Code() != null ? unit(town) : null;
  }

  /** A unit named by its own name (rule 3 above), or null. */
  private static Unit ownName(Place[] candidates) {
    Place unit = candidates[0];
    if (unit.precision() != Precision.ADMIN1 || unit.admin1Code() == null) {
      return null;
    }
    double floor = Gazetteer.prior(unit) - GazetteerGeoparser.PLAUSIBLE_GAP;
    for (Place p : candidates) {
      if (p.precision() == Precision.COUNTRY || p.country().isEmpty()) {
        return null; // "Georgia", "Jordan", or a region across countries
      }
      if (p != unit && p.precision() == Precision.ADMIN1 && Gazetteer.prior(p) >= floor) {
        return null;
      }
    }
    return unit(unit);
  }

  /**
   * The first-order units named right after a comma at token {@code at}: a US state's AP
   * abbreviation with its full stop ("Tenn."), or a unit's name of up to two words.
   */
  private static Place[] regionAfter(Gazetteer gazetteer, List<String> tokens, int at) {
    String first = tokens.get(at);
    if (at + 1 < tokens.size() && tokens.get(at + 1).equals(".")) {
      var state = StateAbbreviations.state(first);
      if (state.isPresent()) {
        return admin1(gazetteer.candidatesForKey(PlaceNames.key(state.get())), "USA");
      }
    }
    for (int len = Math.min(2, tokens.size() - at); len >= 1; len--) {
      if (words(tokens, at, at + len)) {
        String name = String.join(" ", tokens.subList(at, at + len));
        Place[] units = admin1(gazetteer.candidatesForKey(PlaceNames.key(name)), null);
        if (units.length > 0) {
          return units;
        }
      }
    }
    return new Place[0];
  }

  private static Place[] admin1(Place[] candidates, String country) {
    List<Place> kept = new ArrayList<>();
    for (Place p : candidates) {
      if (p.precision() == Precision.ADMIN1
          && p.admin1Code() != null
          && (country == null || country.equals(p.country()))) {
        kept.add(p);
      }
    }
    return kept.toArray(new Place[0]);
  }

  /** The unit all the places lie in; null when there are none, or they lie in several. */
  private static Unit oneUnit(Place[] places) {
    if (places.length == 0 || places[0].admin1Code() == null) {
      return null;
    }
    for (Place p : places) {
      if (!places[0].admin1Code().equals(p.admin1Code())
          || !places[0].country().equals(p.country())) {
        return null;
      }
    }
    return unit(places[0]);
  }

  private static Unit unit(Place p) {
    String name =
        p.precision() == Precision.ADMIN1 || p.admin1Name() == null ? p.name() : p.admin1Name();
    return new Unit(p.country(), p.admin1Code(), name);
  }

  /**
   * Whether token {@code t} is a capitalised word: a unit's name beside one is part of a longer
   * name ("Mary Smith", "North Side", "Ohio State University").
   */
  private static boolean word(List<String> tokens, int t) {
    return t >= 0 && t < tokens.size() && words(tokens, t, t + 1);
  }

  /** Whether tokens [from, to) are all capitalised words. */
  private static boolean words(List<String> tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      String token = tokens.get(t);
      if (token.equals(",") || token.equals(".") || !Character.isUpperCase(token.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Words (letters, digits, inner apostrophes and hyphens), commas and full stops. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
