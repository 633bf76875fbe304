package org.khaldun.geo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khaldun.actors.Actor;
import org.khaldun.actors.ActorDictionary;

/**
 * Reads the words around a name found elsewhere (a gold annotation, a user's mark) in plain text,
 * the way {@link GazetteerGeoparser} reads tokens: a unit word after the name ("Anbar province")
 * keeps only admin-1 candidates, and a region after a comma ("Smyrna, Tenn.", "Paris, Texas") keeps
 * only the places inside it.
 */
final class TextContext {

  private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+(\\p{L}+)");
  private static final Pattern AFTER_COMMA =
      Pattern.compile("\\G\\s*,\\s*(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})");
  private static final Pattern UNIT_WORD_AT_END = Pattern.compile("^(.+?)\\s+(\\p{L}+)$");
  private static final Pattern WORDS_BEFORE =
      Pattern.compile("(?:([\\p{L}-]+)\\s+)?([\\p{L}-]+)\\s+$");
  private static final Pattern PROVINCE_OF =
      Pattern.compile("(\\p{L}+)\\s+of\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_TOKEN = Pattern.compile("\\G\\s*([\\p{L}.'-]+|,)");

  private TextContext() {}

  /** The span for text[begin, end) with its admissible candidates; null when none. */
  static GazetteerGeoparser.Span span(
      GazetteerGeoparser gazetteer, ActorDictionary demonyms, String text, int begin, int end) {
    String name = text.substring(begin, end);
    // "Kan." is Kansas before it is any town called Kan.
    Place[] candidates = stateAbbreviation(gazetteer, name);
    if (candidates.length == 0) {
      candidates = gazetteer.candidates(PlaceNames.key(name));
    }
    String plural = pluralUnit(text, end);
    if (plural != null) {
      // "Barrow and Jackson counties": each name is "Barrow County", "Jackson County".
      Place[] units =
          Arrays.stream(gazetteer.candidates(PlaceNames.key(name + " " + plural)))
              .filter(p -> p.precision() == Precision.ADMIN2)
              .toArray(Place[]::new);
      if (units.length > 0) {
        candidates = units;
      }
    }
    boolean adminOnly = false;
    Matcher unit = UNIT_WORD_AT_END.matcher(name);
    if (candidates.length == 0 && unit.find() && isAdminWord(unit.group(2))) {
      // "Nyanza Province", "Akita Prefecture": the unit word is part of the given name.
      candidates = gazetteer.candidates(PlaceNames.key(unit.group(1)));
      adminOnly = true;
    }
    if (demonyms != null) {
      // A span given as a place that is a country's adjective is that country, which then
      // competes with namesake towns ("Canadian", Texas) on the usual terms.
      Place[] country =
          demonyms.findCountryOfDemonym(name).map(c -> country(gazetteer, c)).orElse(new Place[0]);
      if (country.length > 0 && !Arrays.asList(candidates).containsAll(Arrays.asList(country))) {
        Place[] both = Arrays.copyOf(country, country.length + candidates.length);
        System.arraycopy(candidates, 0, both, country.length, candidates.length);
        candidates = both;
      }
    }
    Place[] counties = gazetteer.countiesNamed(name);
    if (candidates.length == 0) {
      // "Hunterdon", "Pointe Coupee": a name the gazetteer has only with its unit word.
      candidates = counties;
    }
    if (candidates.length == 0) {
      candidates = gazetteer.fuzzyCandidates(PlaceNames.key(name));
    }
    Container around = container(gazetteer, text, end);
    if (candidates.length == 0) {
      return around.abbreviated() && around.regions().length == 1
          ? inContainer(name, begin, end, around.regions()[0])
          : null;
    }
    if (adminOnly || adminWordAround(text, begin, end)) {
      Place[] admin = GazetteerGeoparser.filter(candidates, true, 0);
      if (admin.length > 0) {
        candidates = admin;
      }
    }
    Place[] contained =
        around.abbreviated()
            ? GazetteerGeoparser.containedIn(candidates, around.regions())
            : GazetteerGeoparser.withinContainer(
                candidates, PlaceNames.key(name), around.regions());
    if (contained.length > 0) {
      candidates = contained;
    } else if (around.regions().length == 1 && townsOf(candidates, around.regions()[0])) {
      // "Grantville, Pennsylvania" with no Grantville there: a place the gazetteer lacks in that
      // state, not the namesake in another.
      return inContainer(name, begin, end, around.regions()[0]);
    }
    Matcher words = WORDS_BEFORE.matcher(text.substring(Math.max(0, begin - 40), begin));
    GazetteerGeoparser.Scale scale =
        words.find()
            ? GazetteerGeoparser.Scale.before(
                words.group(2).toLowerCase(Locale.ROOT),
                words.group(1) == null ? "" : words.group(1).toLowerCase(Locale.ROOT))
            : GazetteerGeoparser.Scale.ANY;
    return new GazetteerGeoparser.Span(-1, begin, end, name, candidates, scale, counties);
  }

  /**
   * Whether every reading is a town or county, some of them in the region's country: the name then
   * reads as a town of that country, and the region as its own.
   */
  private static boolean townsOf(Place[] candidates, Place region) {
    boolean sameCountry = false;
    for (Place p : candidates) {
      if (p.precision() != Precision.POINT && p.precision() != Precision.ADMIN2) {
        return false;
      }
      sameCountry |= p.country().equals(region.country());
    }
    return sameCountry;
  }

  /** The span for a name the gazetteer lacks in {@code region}, placed there. */
  private static GazetteerGeoparser.Span inContainer(
      String name, int begin, int end, Place region) {
    return new GazetteerGeoparser.Span(
        -1, begin, end, name, new Place[] {GazetteerGeoparser.near(name, region)});
  }

  /**
   * "County" when the name starts or continues a list of names closed by "counties" ("Barrow,
   * Jackson and Madison counties"), likewise for districts and parishes; null otherwise. As {@link
   * GazetteerGeoparser}'s token rule, over plain text.
   */
  static String pluralUnit(String text, int end) {
    Matcher m = LIST_TOKEN.matcher(text);
    int at = end;
    for (int words = 0; words < GazetteerGeoparser.MAX_LIST_WORDS && m.find(at); words++) {
      at = m.end();
      String step = GazetteerGeoparser.listStep(m.group(1));
      if (step == null || !step.isEmpty()) {
        return step;
      }
    }
    return null;
  }

  /** "Ind." or "Calif." given as a name of its own is the US state. */
  private static Place[] stateAbbreviation(GazetteerGeoparser gazetteer, String name) {
    if (!name.endsWith(".") || name.length() > 6) {
      return new Place[0];
    }
    return StateAbbreviations.state(name.substring(0, name.length() - 1))
        .map(state -> usState(gazetteer, state))
        .orElse(new Place[0]);
  }

  private static Place[] usState(GazetteerGeoparser gazetteer, String state) {
    return Arrays.stream(gazetteer.candidates(PlaceNames.key(state)))
        .filter(p -> p.precision() == Precision.ADMIN1 && p.country().equals("USA"))
        .toArray(Place[]::new);
  }

  private static Place[] country(GazetteerGeoparser gazetteer, Actor country) {
    return Arrays.stream(gazetteer.candidates(PlaceNames.key(country.name())))
        .filter(p -> p.precision() == Precision.COUNTRY && p.country().equals(country.country()))
        .toArray(Place[]::new);
  }

  private static boolean adminWordAround(String text, int begin, int end) {
    Matcher next = NEXT_WORD.matcher(text);
    if (next.find(end) && isAdminWord(next.group(1))) {
      return true;
    }
    Matcher before = PROVINCE_OF.matcher(text.substring(Math.max(0, begin - 30), begin));
    return before.find() && isAdminWord(before.group(1));
  }

  private static boolean isAdminWord(String word) {
    return GazetteerGeoparser.ADMIN_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Regions named after a comma; {@code abbreviated} when by a state abbreviation ("Tenn."). */
  private record Container(Place[] regions, boolean abbreviated) {}

  /** Countries and admin-1 units named right after a comma that follows the name. */
  private static Container container(GazetteerGeoparser gazetteer, String text, int end) {
    Matcher m = AFTER_COMMA.matcher(text);
    if (!m.find(end)) {
      return new Container(new Place[0], false);
    }
    String[] words = m.group(1).split("\\s+");
    for (int len = words.length; len >= 1; len--) {
      String phrase = String.join(" ", Arrays.copyOf(words, len));
      String bare = phrase.endsWith(".") ? phrase.substring(0, phrase.length() - 1) : phrase;
      Optional<String> state = len == 1 ? StateAbbreviations.state(bare) : Optional.empty();
      String lookup = state.orElse(bare);
      Place[] regions =
          GazetteerGeoparser.filter(gazetteer.candidates(PlaceNames.key(lookup)), true, 0);
      if (state.isPresent()) {
        regions =
            Arrays.stream(regions).filter(p -> p.country().equals("USA")).toArray(Place[]::new);
      }
      if (regions.length > 0) {
        return new Container(regions, state.isPresent() || words[0].endsWith("."));
      }
    }
    return new Container(new Place[0], false);
  }
}
