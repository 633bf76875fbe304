package org.khaldun.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.EntityMention;
import org.khaldun.nlp.EntityType;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Resolves place names by exact (normalised) lookup in a {@link Gazetteer}, in two passes.
 *
 * <ol>
 *   <li>Find spans: NER LOCATION mentions, then capitalised token n-grams (up to 4 tokens) that
 *       name a country, an admin-1 unit (GeoNames or supplement alias), an admin-2 unit named with
 *       its unit word ("Travis County") or a city of at least 100,000 people; NER misses
 *       "al-Ramadi" and tags "Salah ad-Din" as a person. A span followed by a comma and a country
 *       or admin-1 name ("Smyrna, Tenn.", "Paris, Texas") keeps only the places inside it, of any
 *       size; "Smyrna, Tenn." also names Tennessee. A town that heads a local institution
 *       ("Mansfield Police Department", "Fargo Mayor") is a place even inside an organisation name,
 *       from 10,000 people. Names in a list closed by "counties" are counties. A span followed by
 *       "province/governorate/..." or preceded by "province of" keeps only admin-1 candidates (the
 *       mention covers the name without that word). A span inside an actor mention whose actor has
 *       a sector ("Washington said" = the US government) is skipped unless a locative preposition
 *       precedes it ("in Washington").
 *   <li>Pick a candidate per span: the gazetteer prior, plus a bonus for the article's dominant
 *       country, the most frequent country among spans whose candidates all lie in one country, and
 *       a smaller one for its dominant admin-1 unit, found the same way ("Paris" in an article that
 *       also names Dallas and Texas is Paris, Texas). Where the article's names settle neither, the
 *       publisher's country-code domain and then the home area of its outlet, learned from the
 *       batch ({@link OutletHomes}, {@link #withOutletHomes}), stand in for them ("Paris" in a
 *       Texas paper). An address ("Toronto, Ontario, Canada") counts once towards the main country
 *       and unit, and a country named by its own name lends no support through its namesake towns.
 *       A bare name read as a town outside the main unit is that unit's county of the name when it
 *       has one ("DeKalb" in a Georgia story), unless the town is a capital. The region after
 *       "Town," is the one that holds the town ("Mississauga, Ontario" is the province, in a
 *       Californian story too), and a member of a list of countries or of one country's states is
 *       read at their rank ({@link PlaceLists}). Names the gazetteer lacks are placed at the
 *       most-named place of the country the article names most.
 * </ol>
 */
public final class GazetteerGeoparser implements Geoparser {

  static final int MAX_NGRAM = 4;
  static final long BIG_CITY = 100_000;

  /** A town whose name heads a local institution ("Mansfield Police") need only be this big. */
  static final long INSTITUTION_TOWN = 10_000;

  static final double DOMINANT_COUNTRY_BONUS = 3.0;

  /**
   * Local news names many small places of one state, where a same-named big city elsewhere wins on
   * population alone; measured: 1.5 -> 2.25 gained 1.3 points acc@161 on LGL (US local news) and
   * cost 0.1 on GeoVirus (world news), 3.0 cost 0.4 there.
   */
  static final double DOMINANT_ADMIN1_BONUS = 2.25;

  /** Weight of the article's other names; see {@code support}. */
  static final double CONTEXT_WEIGHT = 2.5;

  static final double CONTEXT_CAP = 3.0;

  /**
   * Support one admin-1 unit lends another of its country: a name among named states is a state
   * ("Arizona, California, Missouri, Oregon": not the town of Oregon in Missouri).
   */
  static final double PEER_UNIT_AFFINITY = 0.5;

  /**
   * The publisher's country (its domain's country code) where the article's names settle another: a
   * Canadian paper's bare "London" is London, Ontario, unless the story names England.
   */
  static final double PUBLISHER_COUNTRY_BONUS = 1.5;

  /**
   * Population under which a place outside the article's country or main state reached only by a
   * variant spelling (alternate name, folded letters, one edit) gives way to a local place the
   * gazetteer lacks; bigger places (Bombay, Kiev, Kerbala) are known abroad by their variants.
   */
  static final long STRAY_VARIANT_MAX_POPULATION = 100_000;

  static final double NEAR_KM = 50;
  static final double PLAUSIBLE_GAP = 2.0;

  /**
   * For a first-order unit named by its own name ("California", "Indiana") over the same-named
   * towns of its own country: in a list of states, each other state named lends a same-named town
   * in it support, which must not outweigh the state. Not against a capital ("Washington") or the
   * seat a province is named after (Basra, Kharkiv), nor across countries (Alexandria, Virginia is
   * no reason to prefer Egypt's governorate).
   */
  static final double OWN_NAME_UNIT_BONUS = 2.5;

  /** For a reading that fits what the words around the name say of its size. */
  static final double SCALE_BONUS = 3.0;

  /**
   * GeoNames' alternate names of small places include region names ("New York" for a Clinton), so a
   * candidate found only by an alternate name yields to one found by its own name.
   */
  static final double ALTERNATE_NAME_PENALTY = 3.0;

  /**
   * How far a list of names may run to the word that closes it ("Butler, Clark, Hamilton, Madison,
   * Montgomery, Preble or Warren counties": names, commas and the conjunction).
   */
  static final int MAX_LIST_WORDS = 20;

  static final int MAX_RANKED = 30;
  static final int MAX_EVIDENCE = 10;

  /** Weight of an other name's reading far below its best prior: a weak sign, not nothing. */
  static final double FAR_READING_WEIGHT = 0.5;

  static final Set<String> ADMIN_WORDS =
      Set.of(
          "province",
          "provinces",
          "governorate",
          "governorates",
          "oblast",
          "region",
          "state",
          "wilaya",
          "wilayah",
          "prefecture",
          "muhafazat");
  static final Set<String> LOCATIVES =
      Set.of(
          "in",
          "at",
          "near",
          "from",
          "across",
          "into",
          "to",
          "outside",
          "inside",
          "around",
          "through",
          "toward",
          "towards",
          "throughout",
          "within",
          "via");

  /**
   * Heads of local institutions named after their place ("Fargo Mayor", "Mansfield Police
   * Department", "the Minnesota House"): the name before them is a place, though capitalised words
   * follow and NER tags the whole as an organisation or a person.
   */
  static final Set<String> INSTITUTIONS =
      Set.of(
          "police",
          "mayor",
          "city",
          "county",
          "council",
          "department",
          "sheriff",
          "school",
          "schools",
          "fire",
          "house",
          "senate",
          "legislature",
          "chamber",
          "airport",
          "hospital",
          "township",
          "board");

  /**
   * Last words that make a name NER found a place even when the gazetteer lacks it ("Neches River",
   * "Squirrel Hill", "Orchard Street").
   */
  private static final Set<String> PLACE_HEADS =
      Set.of(
          "street",
          "st.",
          "road",
          "rd.",
          "avenue",
          "ave.",
          "drive",
          "boulevard",
          "blvd.",
          "lane",
          "highway",
          "square",
          "bridge",
          "river",
          "creek",
          "lake",
          "bay",
          "sea",
          "island",
          "islands",
          "mountain",
          "mountains",
          "hill",
          "hills",
          "valley",
          "plateau",
          "desert",
          "forest",
          "park",
          "township",
          "village",
          "grove",
          "heights",
          "county",
          "district",
          "province",
          "camp",
          "crossing",
          "border",
          "canal",
          "dam",
          "reservoir",
          "port",
          "harbour",
          "harbor",
          "beach",
          "coast",
          "peninsula",
          "wilderness",
          "neighborhood",
          "neighbourhood",
          "quarter");

  /**
   * Last words of buildings and bodies, which NER calls locations but a map does not need: the
   * event is at the town they are in.
   */
  private static final Set<String> FACILITY_HEADS =
      Set.of(
          "hospital",
          "clinic",
          "school",
          "schools",
          "college",
          "university",
          "academy",
          "center",
          "centre",
          "hall",
          "foundation",
          "library",
          "museum",
          "jail",
          "prison",
          "church",
          "mosque",
          "council",
          "department",
          "service",
          "herald",
          "times",
          "journal",
          "post",
          "party",
          "company",
          "hotel",
          "motel",
          "restaurant",
          "stadium",
          "gymnasium",
          "farm");

  /** Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina"). */
  private static final Set<String> CONNECTORS =
      Set.of("of", "and", "de", "del", "la", "le", "du", "des", "on", "upon", "al", "el", "ad");

  private final Gazetteer gazetteer;
  private final ActorDictionary demonyms;
  private final NamedRegions regions;
  private final OutletHomes homes;

  private GazetteerGeoparser(
      Gazetteer gazetteer, ActorDictionary demonyms, NamedRegions regions, OutletHomes homes) {
    this.gazetteer = gazetteer;
    this.demonyms = demonyms;
    this.regions = regions;
    this.homes = homes;
  }

  private GazetteerGeoparser(Gazetteer gazetteer, ActorDictionary demonyms) {
    this(gazetteer, demonyms, NamedRegions.loadDefault(), OutletHomes.none());
  }

  public static GazetteerGeoparser create(Gazetteer gazetteer) {
    return new GazetteerGeoparser(Objects.requireNonNull(gazetteer, "gazetteer"), null);
  }

  /**
   * This geoparser, taking the home area of each article's outlet from {@code homes} where the
   * article's own names settle no country or admin-1 unit (see {@link OutletHomes}). Cheap: the
   * gazetteer and everything loaded are shared.
   */
  public GazetteerGeoparser withOutletHomes(OutletHomes homes) {
    return new GazetteerGeoparser(
        gazetteer, demonyms, regions, Objects.requireNonNull(homes, "homes"));
  }

  /** A learner of outlet homes that reads names with this geoparser's gazetteer. */
  public OutletHomes.Learner outletHomesLearner() {
    return OutletHomes.learner(gazetteer);
  }

  /**
   * A geoparser whose {@link #resolve} also reads country adjectives and demonyms ("Russian",
   * "Palestinians") as their countries, as gold toponym sets annotate them. {@link #locate} does
   * not look for them: in running text they describe actors far more often than they place events.
   */
  public static GazetteerGeoparser create(Gazetteer gazetteer, ActorDictionary demonyms) {
    return new GazetteerGeoparser(
        Objects.requireNonNull(gazetteer, "gazetteer"),
        Objects.requireNonNull(demonyms, "demonyms"));
  }

  /**
   * Entries whose key is one edit from {@code key} (none for short keys, where one edit makes
   * another word), best prior first; never null.
   */
  Place[] fuzzyCandidates(String key) {
    return gazetteer.fuzzyCandidatesForKey(key);
  }

  /**
   * Named regions and sites first, then the gazetteer's entries, under the key and under its
   * written-out form ("st paul": Saint Paul as well as St. Paul), best prior first; never null.
   */
  Place[] candidates(String key) {
    Place[] regions = this.regions.candidatesForKey(key);
    Place[] places = gazetteer.candidatesForKey(key);
    String full = PlaceNames.unabbreviated(key);
    if (!full.equals(key)) {
      Place[] more = gazetteer.candidatesForKey(full);
      if (more.length > 0) {
        Set<Place> merged = new LinkedHashSet<>(Arrays.asList(places));
        merged.addAll(Arrays.asList(more));
        places = merged.toArray(new Place[0]);
        Arrays.sort(places, (a, b) -> Double.compare(Gazetteer.prior(b), Gazetteer.prior(a)));
      }
    }
    if (regions.length == 0) {
      return places;
    }
    Place[] all = Arrays.copyOf(regions, regions.length + places.length);
    System.arraycopy(places, 0, all, regions.length, places.length);
    return all;
  }

  /**
   * A span found in pass 1 with its admissible candidates, best prior first, and the counties
   * (parishes) that bear its name with their unit word, which the article's main state may call by
   * the bare name ("DeKalb" for DeKalb County, Georgia).
   */
  record Span(
      int sentence,
      int begin,
      int end,
      String text,
      Place[] candidates,
      Scale scale,
      Place[] counties) {
    Span(int sentence, int begin, int end, String text, Place[] candidates, Scale scale) {
      this(sentence, begin, end, text, candidates, scale, new Place[0]);
    }

    Span(int sentence, int begin, int end, String text, Place[] candidates) {
      this(sentence, begin, end, text, candidates, Scale.ANY);
    }
  }

  /** The counties and parishes named {@code name} with their unit word; none for a unit name. */
  Place[] countiesNamed(String name) {
    String key = PlaceNames.key(name);
    if (key.isEmpty() || key.endsWith(" county") || key.endsWith(" parish")) {
      return new Place[0];
    }
    List<Place> out = new ArrayList<>();
    for (String unit : List.of(" county", " parish")) {
      for (Place p : gazetteer.candidatesForKey(key + unit)) {
        if (p.precision() == Precision.ADMIN2) {
          out.add(p);
        }
      }
    }
    return out.toArray(new Place[0]);
  }

  /**
   * What the words around a name say of its size: "northern Babil" is a region, "the outskirts of
   * Baghdad" a town.
   */
  enum Scale {
    ANY,
    REGION,
    POINT;

    boolean fits(Place p) {
      return switch (this) {
        case ANY -> false;
        case REGION -> p.precision() != Precision.POINT;
        case POINT -> p.precision() == Precision.POINT;
      };
    }

    private static final Set<String> DIRECTIONS =
        Set.of(
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "northeastern",
            "northwestern",
            "southeastern",
            "southwestern",
            "north-eastern",
            "north-western",
            "south-eastern",
            "south-western",
            "upper",
            "lower");
    private static final Set<String> TOWN_PARTS =
        Set.of(
            "outskirts",
            "suburbs",
            "suburb",
            "downtown",
            "centre",
            "center",
            "city",
            "town",
            "village",
            "streets",
            "neighbourhood",
            "neighborhood",
            "heart");

    /** From the (lower-case) word right before the name and the one before that. */
    static Scale before(String previous, String beforePrevious) {
      if (DIRECTIONS.contains(previous)) {
        return REGION;
      }
      if (previous.equals("of") && TOWN_PARTS.contains(beforePrevious)) {
        return POINT;
      }
      return ANY;
    }
  }

  /**
   * A name already found in a text (by a reader, another recogniser or a gold annotation), to be
   * resolved in the context of the other names and the words around it. Offsets are UTF-16 code
   * units of that text, end exclusive.
   */
  public record Toponym(int begin, int end) {
    public Toponym {
      if (begin < 0 || end <= begin) {
        throw new IllegalArgumentException("bad toponym span [" + begin + ", " + end + ")");
      }
    }
  }

  /**
   * Resolves names already found in {@code text}, each in the context of the others, with the same
   * ranking {@link #locate} uses; the result has one entry per name, empty when the gazetteer has
   * nothing for it.
   */
  public List<Optional<Place>> resolve(String text, List<Toponym> names) {
    return resolve(text, null, names);
  }

  /**
   * As {@link #resolve(String, List)}, for an article published at {@code url} (may be null): a
   * country-code domain stands in for the article's country where its names settle none.
   */
  public List<Optional<Place>> resolve(String text, String url, List<Toponym> names) {
    List<Span> spans = new ArrayList<>(names.size());
    List<Integer> positions = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      Toponym t = names.get(i);
      if (t.end() > text.length()) {
        throw new IllegalArgumentException(
            "toponym [" + t.begin() + ", " + t.end() + ") outside a text of " + text.length());
      }
      Span span = TextContext.span(this, demonyms, text, t.begin(), t.end());
      if (span != null) {
        spans.add(span);
        positions.add(i);
      }
    }
    List<Optional<Place>> out =
        new ArrayList<>(Collections.nCopies(names.size(), Optional.empty()));
    List<Choice> chosen =
        rank(spans, text, PublisherCountry.of(url), homes.homeOf(url).orElse(null));
    Optional<Place> focus = focus(chosen);
    for (int i = 0; i < spans.size(); i++) {
      Choice c = chosen.get(i);
      Toponym t = names.get(positions.get(i));
      out.set(
          positions.get(i),
          Optional.of(
              c.strayVariant() && focus.isPresent()
                  ? near(text.substring(t.begin(), t.end()), focus.get())
                  : c.place()));
    }
    for (int i = 0; i < names.size(); i++) {
      if (out.get(i).isEmpty() && focus.isPresent()) {
        Toponym t = names.get(i);
        out.set(i, Optional.of(near(text.substring(t.begin(), t.end()), focus.get())));
      }
    }
    return out;
  }

  @Override
  public List<PlaceMention> locate(AnnotatedArticle article, List<ActorMention> actors) {
    Map<Integer, List<ActorMention>> actorsBySentence = new HashMap<>();
    for (ActorMention m : actors) {
      actorsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<List<Span>> bySentence = new ArrayList<>();
    Map<String, Place[]> named = new HashMap<>();
    List<Span> unknown = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Span> found = spans(s, actorsBySentence.getOrDefault(s.index(), List.of()));
      for (Span span : found) {
        if (span.candidates.length == 0) {
          unknown.add(span);
        } else {
          named.putIfAbsent(PlaceNames.key(span.text), span.candidates);
        }
      }
      found.removeIf(span -> span.candidates.length == 0);
      bySentence.add(found);
    }
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < bySentence.size(); i++) {
      Sentence s = article.sentences().get(i);
      List<Span> found = new ArrayList<>(bySentence.get(i));
      found.addAll(
          sameNamesAgain(s, found, named, actorsBySentence.getOrDefault(s.index(), List.of())));
      found.sort((a, b) -> Integer.compare(a.begin, b.begin));
      spans.addAll(found);
    }
    String url = article.article().url();
    List<Choice> chosen =
        rank(
            spans,
            article.article().text(),
            PublisherCountry.of(url),
            homes.homeOf(url).orElse(null));
    List<PlaceMention> out = new ArrayList<>(spans.size());
    Optional<Place> focus = focus(chosen);
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      Choice c = chosen.get(i);
      if (c.strayVariant() && focus.isPresent()) {
        String why =
            "only a variant spelling joins it to "
                + c.place().name()
                + " ("
                + c.place().country()
                + "), a small place outside the story's country or state: placed at "
                + focus.get().name()
                + ", the article's most-named place";
        out.add(
            new PlaceMention(
                near(span.text, focus.get()), span.sentence, span.begin, span.end, span.text, why));
      } else {
        out.add(
            new PlaceMention(
                c.place(), span.sentence, span.begin, span.end, span.text, c.evidence()));
      }
    }
    if (focus.isPresent() && !unknown.isEmpty()) {
      String why =
          "not in the gazetteer: placed at "
              + focus.get().name()
              + ", the article's most-named place";
      for (Span span : unknown) {
        out.add(
            new PlaceMention(
                near(span.text, focus.get()), span.sentence, span.begin, span.end, span.text, why));
      }
      out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    }
    return out;
  }

  /**
   * Pass 2: one candidate per span, chosen in the context of all the spans, with why. {@code
   * publisherCountry} (alpha-3, or null) is the article's country when no name settles one; failing
   * that, the country of the outlet's {@code home} (or null). The home's admin-1 unit stands in for
   * the article's main one when the article's names settle none, in the country the article is
   * about: an article in a Texas paper that names France is about France, and its Paris with it.
   * {@code text} is what the spans' offsets index: the words between names make addresses and lists
   * ({@link PlaceLists}).
   */
  static List<Choice> rank(
      List<Span> given, String text, String publisherCountry, OutletHomes.Home home) {
    List<Span> spans = PlaceLists.addresses(given, text);
    String named = dominant(spans, Place::country);
    String country =
        named != null
            ? named
            : publisherCountry != null ? publisherCountry : home != null ? home.country() : null;
    String namedAdmin1 = dominant(spans, Place::admin1Code);
    boolean homeAdmin1 = namedAdmin1 == null && home != null && home.country().equals(country);
    String admin1 = homeAdmin1 ? home.admin1Code() : namedAdmin1;
    List<Place[]> evidence = new ArrayList<>(spans.size());
    List<String> names = new ArrayList<>(spans.size());
    for (Span span : spans) {
      String key = PlaceNames.key(span.text);
      evidence.add(countryByItsName(span.candidates, key));
      names.add(key);
    }
    Map<String, Place[]> counties = new HashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).counties.length > 0) {
        counties.putIfAbsent(names.get(i), spans.get(i).counties);
      }
    }
    List<Choice> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      Place[] candidates = span.candidates;
      int ranked = Math.min(candidates.length, MAX_RANKED);
      boolean[] byMainName = new boolean[ranked];
      boolean anyByMainName = false;
      String name = PlaceNames.unabbreviated(names.get(i));
      for (int c = 0; c < ranked; c++) {
        byMainName[c] = PlaceNames.unabbreviated(PlaceNames.key(candidates[c].name())).equals(name);
        anyByMainName |= byMainName[c];
      }
      // Among readings by the main name, one spelled as the text is ("Samarra") beats one that
      // only the folding of doubled letters joins to it (Samara): a variant spelling is another
      // name, and pays the alternate-name penalty.
      String spelled = PlaceNames.unabbreviated(PlaceNames.spelling(span.text));
      boolean[] spelledSo = new boolean[ranked];
      boolean anySpelledSo = false;
      for (int c = 0; c < ranked; c++) {
        spelledSo[c] =
            PlaceNames.unabbreviated(PlaceNames.spelling(candidates[c].name())).equals(spelled);
        anySpelledSo |= byMainName[c] && spelledSo[c];
      }
      if (anySpelledSo) {
        for (int c = 0; c < ranked; c++) {
          byMainName[c] &= spelledSo[c];
        }
      }
      // Every name of a curated region across countries is its own ("the Pacific", "Americas").
      for (int c = 0; c < ranked; c++) {
        byMainName[c] |= acrossCountries(candidates[c]);
        anyByMainName |= byMainName[c];
      }
      // A country spelled as the text ("Iran") is what the text names: no town that only an
      // alternate name or the folding of doubled letters joins to it (Iraan, Texas) wins on the
      // strength of its neighbours.
      boolean countryByName = false;
      for (int c = 0; c < ranked; c++) {
        countryByName |= byMainName[c] && candidates[c].precision() == Precision.COUNTRY;
      }
      // A curated region across countries ("Africa", "the Pacific") is what the text names: no
      // town of that name wins on the strength of its neighbours (Pacific, Missouri, in a story
      // that names American states).
      boolean regionByName = false;
      for (int c = 0; c < ranked; c++) {
        regionByName |= acrossCountries(candidates[c]);
      }
      // "Washington" among named states is still the capital: peers lend a state no support
      // against a capital of the same name.
      boolean capitalNamed = false;
      for (int c = 0; c < ranked; c++) {
        capitalNamed |= byMainName[c] && "PPLC".equals(candidates[c].featureCode());
      }
      int best = 0;
      double bestScore = Double.NEGATIVE_INFINITY;
      double[] scores = new double[ranked];
      for (int c = 0; c < ranked; c++) {
        Place p = candidates[c];
        double score =
            Gazetteer.prior(p)
                - (anyByMainName && !byMainName[c] ? ALTERNATE_NAME_PENALTY : 0.0)
                + (span.scale.fits(p) ? SCALE_BONUS : 0.0)
                + (country != null && country.equals(p.country()) ? DOMINANT_COUNTRY_BONUS : 0.0)
                + (publisherCountry != null
                        && !publisherCountry.equals(country)
                        && publisherCountry.equals(p.country())
                    ? PUBLISHER_COUNTRY_BONUS
                    : 0.0)
                + (admin1 != null && admin1.equals(p.admin1Code()) ? DOMINANT_ADMIN1_BONUS : 0.0)
                + CONTEXT_WEIGHT * support(p, i, names, evidence, !capitalNamed);
        if ((countryByName && !byMainName[c])
            || (regionByName && p.precision() == Precision.POINT)) {
          score = Double.NEGATIVE_INFINITY;
        }
        scores[c] = score;
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      int unit = ownNameUnit(candidates, byMainName, best, span.scale);
      boolean unitOverTown = unit >= 0 && scores[unit] + OWN_NAME_UNIT_BONUS > bestScore;
      if (unitOverTown) {
        best = unit;
      }
      Place chosen = candidates[best];
      Place county = stateCounty(chosen, admin1, counties.get(names.get(i)));
      if (county != null) {
        out.add(
            new Choice(
                county,
                "a county of the article's main admin-1 unit "
                    + county.admin1Name()
                    + ", named without its unit word; no "
                    + span.text
                    + " there but "
                    + chosen.name()
                    + " ("
                    + chosen.admin1Name()
                    + ", "
                    + chosen.country()
                    + ")",
                false));
        continue;
      }
      StringBuilder why = new StringBuilder();
      why.append(ranked == 1 ? "the only reading" : "best of " + ranked + " readings")
          .append(": ")
          .append(chosen.featureCode());
      if (chosen.population() > 0) {
        why.append(String.format(Locale.ROOT, ", population %,d", chosen.population()));
      }
      if (anyByMainName && !byMainName[best]) {
        why.append("; by an alternate name");
      }
      if (unitOverTown) {
        why.append("; a state or province named by its own name, over a town of its country");
      }
      if (span.scale != Scale.ANY && span.scale.fits(chosen)) {
        why.append(
            span.scale == Scale.REGION
                ? "; a region by the words around it"
                : "; a town by the words around it");
      }
      if (country != null && country.equals(chosen.country())) {
        if (named != null) {
          why.append("; in the article's main country ");
        } else if (publisherCountry != null) {
          why.append("; in the country of the publisher's domain ");
        } else {
          why.append("; in the country of the home area of ").append(home.host()).append(' ');
        }
        why.append(country);
      }
      if (admin1 != null && admin1.equals(chosen.admin1Code())) {
        if (homeAdmin1) {
          why.append("; in the home area of ")
              .append(home.host())
              .append(": ")
              .append(home.admin1Name())
              .append(
                  String.format(
                      Locale.ROOT,
                      " (named most by %d articles, %.0f%% of those naming any)",
                      home.articles(),
                      100 * home.share()));
        } else {
          why.append("; in its main admin-1 unit ").append(chosen.admin1Name());
        }
      }
      List<String> agreeing = agreeing(chosen, i, spans, names, evidence);
      if (!agreeing.isEmpty()) {
        why.append("; agrees with ").append(String.join(", ", agreeing));
      }
      // A small place outside the article's country or main state that only a variant spelling
      // joins to the name ("Ushba": Usta Muhammad, Pakistan, in a story about Georgia; "Lanexa":
      // Lenexa, Kansas, in a Virginia story) is likelier a local place the gazetteer lacks: the
      // caller places it as one.
      boolean strayVariant =
          !byMainName[best]
              && (named != null && !named.equals(chosen.country())
                  || admin1 != null && !admin1.equals(chosen.admin1Code()))
              && chosen.precision() == Precision.POINT
              && chosen.population() < STRAY_VARIANT_MAX_POPULATION;
      out.add(new Choice(chosen, why.toString(), strayVariant));
    }
    PlaceLists.sameRank(spans, out, text);
    return out;
  }

  /** A curated region that spans several countries (continents, oceans, "West Africa"). */
  private static boolean acrossCountries(Place p) {
    return p.precision() == Precision.REGION && p.country().isEmpty();
  }

  /**
   * The readings of a name that count as evidence for the others: a country named by its own name
   * ("Egypt", "Lebanon") counts as its countries and admin-1 units of that name only ("Georgia"),
   * so the towns named after countries that one state holds (Egypt, Lebanon, Moscow and Toronto,
   * Ohio) do not vouch for each other against Moscow and Toronto themselves; otherwise its best
   * readings.
   */
  private static Place[] countryByItsName(Place[] candidates, String key) {
    List<Place> regions = new ArrayList<>();
    boolean country = false;
    for (Place p : candidates) {
      boolean region = p.precision() == Precision.COUNTRY || p.precision() == Precision.ADMIN1;
      if (region && PlaceNames.key(p.name()).equals(key)) {
        regions.add(p);
        country |= p.precision() == Precision.COUNTRY;
      }
    }
    return country
        ? regions.toArray(new Place[0])
        : Arrays.copyOf(candidates, Math.min(candidates.length, MAX_EVIDENCE));
  }

  /**
   * The county of the article's main admin-1 unit that a bare name stands for when the reading
   * chosen lies outside that unit ("Kanawha" in a West Virginia story is Kanawha County, not the
   * town of Kanawha, Iowa; "Oxford" in an Ontario one is Oxford County, not Oxford, England); null
   * when there is none, or the choice is in that unit, is a region, or is a capital or provincial
   * seat ("Washington", "Lincoln"), which a bare name means wherever the story is.
   */
  private static Place stateCounty(Place chosen, String admin1, Place[] counties) {
    if (admin1 == null
        || counties == null
        || admin1.equals(chosen.admin1Code())
        || chosen.precision() == Precision.COUNTRY
        || chosen.precision() == Precision.ADMIN1
        || chosen.precision() == Precision.REGION
        || "PPLC".equals(chosen.featureCode())
        || "PPLA".equals(chosen.featureCode())) {
      return null;
    }
    for (Place c : counties) {
      if (admin1.equals(c.admin1Code())) {
        return c;
      }
    }
    return null;
  }

  /**
   * The first-order unit named by its own name in the same country as the chosen town {@code best},
   * which may outrank it (see {@link #OWN_NAME_UNIT_BONUS}); -1 when there is none, when the choice
   * is no town or is a capital or provincial seat, or when the words around the name say town.
   */
  private static int ownNameUnit(Place[] candidates, boolean[] byMainName, int best, Scale scale) {
    Place town = candidates[best];
    if (scale == Scale.POINT
        || town.precision() != Precision.POINT
        || "PPLC".equals(town.featureCode())
        || "PPLA".equals(town.featureCode())) {
      return -1;
    }
    for (int c = 0; c < byMainName.length; c++) {
      Place p = candidates[c];
      if (byMainName[c]
          && p.precision() == Precision.ADMIN1
          && p.country().equals(town.country())) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The article's most-named town or admin-2 unit (the first named, on a tie), where names the
   * gazetteer lacks are placed; failing those, its most-named admin-1 unit ("Readington Township"
   * in a story that names only New Jersey); empty when the article resolved none. Both are sought
   * first in the country the article names most, so that a Kenyan village the gazetteer lacks is
   * not placed at a Philippine namesake of another name in its list.
   */
  static Optional<Place> focus(List<Choice> chosen) {
    String country = mostNamedCountry(chosen);
    Optional<Place> inCountry = country == null ? Optional.empty() : focus(chosen, country);
    return inCountry.isPresent() ? inCountry : focus(chosen, null);
  }

  /** The focus among the places in {@code country} (any country when null). */
  private static Optional<Place> focus(List<Choice> chosen, String country) {
    Optional<Place> local =
        mostNamed(chosen, EnumSet.of(Precision.POINT, Precision.ADMIN2), country);
    return local.isPresent() ? local : mostNamed(chosen, EnumSet.of(Precision.ADMIN1), country);
  }

  /** The country of most of the places chosen (the first named, on a tie); null when none. */
  private static String mostNamedCountry(List<Choice> chosen) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Choice c : chosen) {
      String country = c.place().country();
      if (!c.strayVariant() && country != null && !country.isEmpty()) {
        counts.merge(country, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The most-named place of those precisions in {@code country} (any country when null). */
  private static Optional<Place> mostNamed(
      List<Choice> chosen, Set<Precision> precisions, String country) {
    Map<Place, Integer> counts = new LinkedHashMap<>();
    for (Choice c : chosen) {
      if (!c.strayVariant()
          && precisions.contains(c.place().precision())
          && (country == null || country.equals(c.place().country()))) {
        counts.merge(c.place(), 1, Integer::sum);
      }
    }
    Place best = null;
    int bestCount = 0;
    for (Map.Entry<Place, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /** A place for {@code name}, which the gazetteer lacks, at {@code focus}. */
  static Place near(String name, Place focus) {
    return new Place(
        0,
        name,
        focus.lat(),
        focus.lon(),
        focus.country(),
        focus.admin1Code(),
        focus.admin1Name(),
        focus.admin2Code(),
        focus.admin2Name(),
        null,
        0,
        Precision.NEAR);
  }

  /** The other names (distinct, at most five) that lend {@code p} support. */
  private static List<String> agreeing(
      Place p, int self, List<Span> spans, List<String> names, List<Place[]> evidence) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(names.get(self));
    for (int j = 0; j < evidence.size() && out.size() < 5; j++) {
      if (!seen.add(names.get(j))) {
        continue;
      }
      for (Place q : evidence.get(j)) {
        if (affinity(p, q, true) > 0) {
          out.add(spans.get(j).text);
          break;
        }
      }
    }
    return out;
  }

  /** A chosen place and the evidence for it, in words. */
  record Choice(Place place, String evidence, boolean strayVariant) {}

  /**
   * How much the other names of the article (each distinct name once, capped) agree with {@code p}:
   * the admin-1 unit it lies in is named (1), a place within 50 km (1) or elsewhere in its admin-1
   * unit (0.6), for an admin-1 unit another unit of its country (0.5, when {@code peers}). Each
   * other name counts by its best agreeing reading (half for readings far below its best prior:
   * "Henry County" is any of ten, yet the one beside Paris counts). Shared countries count nothing
   * here: the dominant-country bonus has them. Measured on gold spans (LGL, GeoVirus): weight 1.5
   * to 4 and cap 3 to 5 move acc@161 by under a point; a country term cost LGL 2.5.
   */
  private static double support(
      Place p, int self, List<String> names, List<Place[]> evidence, boolean peers) {
    double total = 0;
    Set<String> seen = new HashSet<>();
    seen.add(names.get(self));
    for (int j = 0; j < evidence.size(); j++) {
      if (!seen.add(names.get(j))) {
        continue;
      }
      Place[] readings = evidence.get(j);
      double floor = Gazetteer.prior(readings[0]) - PLAUSIBLE_GAP;
      double best = 0;
      for (Place q : readings) {
        double weight = Gazetteer.prior(q) >= floor ? 1.0 : FAR_READING_WEIGHT;
        best = Math.max(best, weight * affinity(p, q, peers));
      }
      total += best;
    }
    return Math.min(total, CONTEXT_CAP);
  }

  private static double affinity(Place p, Place q, boolean peers) {
    if (p == q || !p.country().equals(q.country())) {
      return 0;
    }
    boolean sameAdmin1 = p.admin1Code() != null && p.admin1Code().equals(q.admin1Code());
    if (q.precision() == Precision.COUNTRY || p.precision() == Precision.COUNTRY) {
      return 0; // the dominant-country bonus already counts shared countries
    }
    if (q.precision() == Precision.ADMIN1 && p.precision() == Precision.ADMIN1) {
      return sameAdmin1 || !peers ? 0 : PEER_UNIT_AFFINITY;
    }
    if (q.precision() == Precision.ADMIN1 || p.precision() == Precision.ADMIN1) {
      return sameAdmin1 ? 1.0 : 0;
    }
    if (near(p, q)) {
      return 1.0;
    }
    return sameAdmin1 ? 0.6 : 0;
  }

  private static boolean near(Place p, Place q) {
    return kmApart(p.lat(), p.lon(), q.lat(), q.lon()) <= NEAR_KM;
  }

  /**
   * Kilometres between two points on a plane tangent at the first: close to the great-circle
   * distance over the few hundred kilometres the geoparser and the derivation compare.
   */
  static double kmApart(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians(lat1));
    return 6371.0 * Math.hypot(dLat, dLon);
  }

  /**
   * The most frequent value of {@code attribute} among spans whose candidates all share one
   * non-null value; null when there is none. Ties go to the value mentioned first.
   */
  static String dominant(List<Span> spans, Function<Place, String> attribute) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Span span : spans) {
      if (qualifiesAnother(span, spans)) {
        continue;
      }
      String value = attribute.apply(span.candidates[0]);
      boolean unambiguous = value != null && !value.isEmpty();
      for (Place p : span.candidates) {
        unambiguous &= value != null && value.equals(attribute.apply(p));
      }
      if (unambiguous) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * Whether {@code span} is the region of an address ("Ontario" and "Canada" in "Toronto, Ontario,
   * Canada"): it follows another name after at most a comma and a space, and every reading of that
   * name lies in one of its readings. An address is one piece of evidence, counted once.
   */
  private static boolean qualifiesAnother(Span span, List<Span> spans) {
    for (Span before : spans) {
      int gap = span.begin - before.end;
      if (before == span || gap < 0 || gap > 2) {
        continue;
      }
      boolean inside = true;
      for (Place p : before.candidates) {
        boolean in = false;
        for (Place r : span.candidates) {
          in |=
              r.precision() == Precision.COUNTRY
                  ? r.country().equals(p.country())
                  : r.precision() == Precision.ADMIN1
                      && r.admin1Code() != null
                      && r.admin1Code().equals(p.admin1Code());
        }
        inside &= in;
      }
      if (inside) {
        return true;
      }
    }
    return false;
  }

  private List<Span> spans(Sentence s, List<ActorMention> actors) {
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    boolean[] covered = new boolean[n];
    List<Span> found = new ArrayList<>();
    for (EntityMention e : s.entities()) {
      if (e.type() == EntityType.LOCATION && e.firstToken() >= 0 && e.endToken() <= n) {
        Span span = match(s, e.firstToken(), e.endToken(), actors, true);
        if (span != null) {
          found.add(span);
          mark(covered, e.firstToken(), e.endToken());
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Place[] state = covered[i] ? new Place[0] : abbreviatedState(tokens, i);
      if (state.length > 0) {
        found.add(
            new Span(
                s.index(), tokens.get(i).begin(), tokens.get(i).end(), text(s, i, i + 1), state));
        covered[i] = true;
        continue;
      }
      for (int len = Math.min(MAX_NGRAM, n - i); len >= 1; len--) {
        if (!nameShaped(s, i, i + len, covered)) {
          continue;
        }
        Span span = match(s, i, i + len, actors, false);
        if (span != null) {
          found.add(span);
          mark(covered, i, i + len);
          i += len - 1;
          break;
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.begin, b.begin));
    return found;
  }

  /**
   * One sense per article: a name taken as a place in one sentence is a place wherever else the
   * article capitalises it, even where a single sentence says too little ("Fargo raised its goal",
   * "the Minnesota Department of Transportation"); not inside a person's name or an agent actor.
   */
  private List<Span> sameNamesAgain(
      Sentence s, List<Span> found, Map<String, Place[]> named, List<ActorMention> actors) {
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    boolean[] covered = new boolean[n];
    for (int t = 0; t < n; t++) {
      Token token = tokens.get(t);
      for (Span span : found) {
        covered[t] |= token.begin() < span.end && span.begin < token.end();
      }
    }
    for (EntityMention e : s.entities()) {
      if (e.type() == EntityType.PERSON && e.firstToken() >= 0 && e.endToken() <= n) {
        mark(covered, e.firstToken(), e.endToken());
      }
    }
    List<Span> again = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int len = Math.min(MAX_NGRAM, n - i); len >= 1; len--) {
        if (!nameShaped(s, i, i + len, covered)) {
          continue;
        }
        StringBuilder name = new StringBuilder();
        for (int t = i; t < i + len; t++) {
          name.append(tokens.get(t).text()).append(' ');
        }
        Place[] candidates = named.get(PlaceNames.key(name.toString()));
        if (candidates != null && !isActor(actors, tokens, i, i + len)) {
          again.add(
              new Span(
                  s.index(),
                  tokens.get(i).begin(),
                  tokens.get(i + len - 1).end(),
                  text(s, i, i + len),
                  candidates));
          mark(covered, i, i + len);
          i += len - 1;
          break;
        }
      }
    }
    return again;
  }

  /** Looks up tokens [from, to); null when nothing admissible is found or the span is an actor. */
  private Span match(Sentence s, int from, int to, List<ActorMention> actors, boolean nerLocation) {
    List<Token> tokens = s.tokens();
    int end = to;
    boolean adminOnly = false;
    // "Anbar Province" inside the span, "Anbar province" after it, "province of Anbar" before it.
    if (to - from > 1 && ADMIN_WORDS.contains(lower(tokens.get(to - 1)))) {
      end = to - 1;
      adminOnly = true;
    } else if (to < tokens.size() && ADMIN_WORDS.contains(lower(tokens.get(to)))) {
      adminOnly = true;
    } else if (from >= 2
        && lower(tokens.get(from - 1)).equals("of")
        && ADMIN_WORDS.contains(lower(tokens.get(from - 2)))) {
      adminOnly = true;
    }
    StringBuilder name = new StringBuilder();
    for (int t = from; t < end; t++) {
      name.append(tokens.get(t).text()).append(' ');
    }
    String key = PlaceNames.key(name.toString());
    Place[] candidates = candidates(key);
    String unit = pluralUnit(tokens, end);
    if (unit != null) {
      // "Barrow and Jackson counties": each name is "Barrow County", "Jackson County".
      Place[] units =
          Arrays.stream(candidates(PlaceNames.key(name + unit)))
              .filter(p -> p.precision() == Precision.ADMIN2)
              .toArray(Place[]::new);
      if (units.length > 0) {
        candidates = units;
        key = PlaceNames.key(name + unit);
      }
    }
    if (candidates.length == 0 && nerLocation) {
      // NER says it is a place: a county named without its unit word ("Hunterdon"), else a
      // spelling one edit from a known name ("Kerbela").
      candidates = countiesNamed(name.toString());
      if (candidates.length == 0) {
        candidates = fuzzyCandidates(key);
      }
      if (candidates.length == 0) {
        return unknownName(s, from, end, actors);
      }
    }
    if (candidates.length == 0) {
      return null;
    }
    if (adminOnly) {
      Place[] admin = filter(candidates, true, 0);
      if (admin.length > 0) {
        candidates = admin;
      }
    }
    Place[] regions = container(s, end);
    boolean abbreviated =
        end + 1 < tokens.size()
            && (tokens.get(end + 1).text().endsWith(".")
                || abbreviatedState(tokens, end + 1).length > 0);
    Place[] contained =
        abbreviated ? containedIn(candidates, regions) : withinContainer(candidates, key, regions);
    if (contained.length > 0) {
      candidates = contained;
    } else if (!nerLocation && !admissible(s, from, end, key, candidates)) {
      return null;
    }
    if (isActor(actors, tokens, from, end)) {
      return null;
    }
    int begin = tokens.get(from).begin();
    int endChar = tokens.get(end - 1).end();
    Scale scale =
        Scale.before(
            from > 0 ? lower(tokens.get(from - 1)) : "",
            from > 1 ? lower(tokens.get(from - 2)) : "");
    String spanText = text(s, from, end);
    return new Span(
        s.index(), begin, endChar, spanText, candidates, scale, countiesNamed(spanText));
  }

  /**
   * A place name NER found and the gazetteer lacks, as a span without candidates, placed later at
   * the article's most-named place. NER's locations outside the gazetteer are often something else
   * ("West Nile", "Salmonella", "Taco Bell"), so the name must end in a place word ("Neches River")
   * or follow a locative preposition ("in Zamalek"); buildings and bodies are left out. Null when
   * the name does not qualify or is an actor.
   */
  private static Span unknownName(Sentence s, int from, int end, List<ActorMention> actors) {
    List<Token> tokens = s.tokens();
    for (int t = from; t < end; t++) {
      if (!capitalised(tokens.get(t).text()) && !CONNECTORS.contains(lower(tokens.get(t)))) {
        return null;
      }
    }
    String last = lower(tokens.get(end - 1));
    boolean placeWord = end - from > 1 && PLACE_HEADS.contains(last);
    boolean locative = from > 0 && LOCATIVES.contains(lower(tokens.get(from - 1)));
    if (FACILITY_HEADS.contains(last) || !(placeWord || locative)) {
      return null;
    }
    if (isActor(actors, tokens, from, end)) {
      return null;
    }
    return new Span(
        s.index(),
        tokens.get(from).begin(),
        tokens.get(end - 1).end(),
        text(s, from, end),
        new Place[0]);
  }

  /**
   * Outside NER locations only regions, countries and big cities are trusted, and only when the
   * span is not part of a longer person or organisation name ("Washington Post") nor followed by
   * another capitalised word ("Victoria Street"). A city must also be named by its main name (not a
   * GeoNames alternate: "Hamas" is an alternate of Hamm), must not be the first word of the
   * sentence, where capitals say nothing ("Mobile phones..."), and must not follow a capitalised
   * word ("Mayor Paris").
   */
  private static boolean admissible(Sentence s, int from, int to, String key, Place[] candidates) {
    List<Token> tokens = s.tokens();
    boolean institution =
        to < tokens.size()
            && INSTITUTIONS.contains(lower(tokens.get(to)))
            && (from == 0 || !capitalised(tokens.get(from - 1).text()));
    EntityMention other = null;
    for (EntityMention e : s.entities()) {
      if (e.type() != EntityType.LOCATION
          && e.firstToken() < to
          && from < e.endToken()
          && !(institution && e.firstToken() == from)) {
        other = e;
      }
    }
    // "Travis County": an admin-2 name with its unit word is as distinctive as a region name.
    Place[] regions =
        Arrays.stream(candidates)
            .filter(
                p ->
                    p.precision() == Precision.COUNTRY
                        || p.precision() == Precision.ADMIN1
                        || p.precision() == Precision.ADMIN2
                        || p.precision() == Precision.REGION)
            .toArray(Place[]::new);
    boolean region = regions.length > 0;
    if (region && from == 0 && !spelledAsNamed(regions, text(s, from, to))) {
      // First word of a sentence, where capitals say nothing: only a region's own name, spelled
      // as the text spells it, counts; not a looser match ("Man" is not Ma'an, Jordan).
      return false;
    }
    if (other != null) {
      return region && other.firstToken() == from && other.endToken() == to;
    }
    boolean capitalAfter =
        !institution
            && to < tokens.size()
            && capitalised(tokens.get(to).text())
            && !ADMIN_WORDS.contains(lower(tokens.get(to)));
    if (region) {
      return !capitalAfter; // "Northern Iraq" is Iraq, "Victoria Street" is not Victoria
    }
    if (from == 0 || capitalAfter || (from > 1 && capitalised(tokens.get(from - 1).text()))) {
      return false;
    }
    // Proper nouns only. A tagger's POS for "al-Ramadi" is unreliable, so article-prefixed
    // tokens pass on their shape alone.
    for (int t = from; t < to; t++) {
      Token token = tokens.get(t);
      String pos = token.pos();
      boolean articlePrefixed = !Character.isUpperCase(token.text().codePointAt(0));
      if (pos != null && !pos.isEmpty() && !pos.startsWith("NNP") && !articlePrefixed) {
        return false;
      }
    }
    for (Place p : filter(candidates, false, institution ? INSTITUTION_TOWN : BIG_CITY)) {
      if (PlaceNames.key(p.name()).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The regions named right after a comma that follows the span ("Smyrna, Tenn.", "Paris, Texas",
   * "Ramadi, Iraq"): the candidates of the longest capitalised n-gram there, kept when they are
   * countries or admin-1 units; empty when there is none.
   */
  private Place[] container(Sentence s, int end) {
    List<Token> tokens = s.tokens();
    if (end + 1 >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return new Place[0];
    }
    Place[] state = abbreviatedState(tokens, end + 1);
    if (state.length > 0) {
      return state;
    }
    for (int len = Math.min(3, tokens.size() - end - 1); len >= 1; len--) {
      if (!nameShaped(s, end + 1, end + 1 + len, new boolean[tokens.size()])) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (int t = end + 1; t < end + 1 + len; t++) {
        name.append(tokens.get(t).text()).append(' ');
      }
      Place[] regions = filter(candidates(PlaceNames.key(name.toString())), true, 0);
      if (regions.length > 0) {
        return regions;
      }
    }
    return new Place[0];
  }

  /**
   * "County" when the span starts a list of names closed by "counties" ("Barrow, Jackson and
   * Madison counties", "Preble or Warren counties"), likewise for districts and parishes; null
   * otherwise.
   */
  private static String pluralUnit(List<Token> tokens, int end) {
    for (int t = end; t < tokens.size() && t < end + MAX_LIST_WORDS; t++) {
      String step = listStep(tokens.get(t).text());
      if (step == null || !step.isEmpty()) {
        return step;
      }
    }
    return null;
  }

  /**
   * One word after a name in a list that may close with a plural unit word: the unit it names
   * ("counties", "counties." -> "County"; likewise districts and parishes), "" when the list goes
   * on (a comma, "and", "or", a capitalised name), null when it ends.
   */
  static String listStep(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int end = lower.length();
    while (end > 0 && lower.charAt(end - 1) == '.') {
      end--;
    }
    switch (lower.substring(0, end)) {
      case "counties":
        return "County";
      case "districts":
        return "District";
      case "parishes":
        return "Parish";
      default:
        boolean goesOn =
            word.equals(",") || lower.equals("and") || lower.equals("or") || capitalised(word);
        return goesOn ? "" : null;
    }
  }

  /** The US state whose AP abbreviation follows "Town," at token {@code i}; empty when none. */
  private Place[] abbreviatedState(List<Token> tokens, int i) {
    return StateAbbreviations.afterTownComma(tokens, i)
        .map(
            name ->
                Arrays.stream(candidates(PlaceNames.key(name)))
                    .filter(p -> p.precision() == Precision.ADMIN1 && p.country().equals("USA"))
                    .toArray(Place[]::new))
        .orElse(new Place[0]);
  }

  /**
   * The point candidates that lie in one of the regions; the text's "City, Region" is stronger
   * evidence than any prior, and admits a town of any size.
   */
  static Place[] containedIn(Place[] candidates, Place[] regions) {
    if (regions.length == 0) {
      return regions;
    }
    List<Place> kept = new ArrayList<>();
    for (Place p : filter(candidates, false, 0)) {
      for (Place r : regions) {
        boolean inside =
            r.precision() == Precision.COUNTRY
                ? p.country().equals(r.country())
                : r.admin1Code() != null && r.admin1Code().equals(p.admin1Code());
        if (inside) {
          kept.add(p);
          break;
        }
      }
    }
    return kept.toArray(new Place[0]);
  }

  /**
   * For "Name, Region" spelled out: the candidates inside the regions as {@link #containedIn}, and
   * the span's admin-1 units inside a country ("California, United States"); none where the comma
   * joins peers of a list, not a place and its container: the name is by its own name a country, or
   * an admin-1 unit beside an admin-1 one, that lies in none of the regions ("Mexico, China,
   * Japan", "Oklahoma, Pennsylvania, Wisconsin"). {@code key} is the span's name key.
   */
  static Place[] withinContainer(Place[] candidates, String key, Place[] regions) {
    if (regions.length == 0) {
      return regions;
    }
    List<Place> units = new ArrayList<>();
    boolean peer = false;
    for (Place p : candidates) {
      boolean unit = p.precision() == Precision.ADMIN1;
      if (!unit && p.precision() != Precision.COUNTRY) {
        continue;
      }
      boolean inside = false;
      boolean sameRank = false;
      for (Place r : regions) {
        inside |= unit && r.precision() == Precision.COUNTRY && r.country().equals(p.country());
        sameRank |= !unit || r.precision() == Precision.ADMIN1;
      }
      if (inside) {
        units.add(p);
      } else {
        peer |= sameRank && PlaceNames.key(p.name()).equals(key);
      }
    }
    if (units.isEmpty() && peer) {
      return new Place[0];
    }
    List<Place> kept = new ArrayList<>(units);
    kept.addAll(Arrays.asList(containedIn(candidates, regions)));
    return kept.toArray(new Place[0]);
  }

  /**
   * Countries and admin-1 units when {@code regions}, else points and admin-2 units of at least
   * minPopulation; named regions are neither.
   */
  static Place[] filter(Place[] candidates, boolean regions, long minPopulation) {
    List<Place> kept = new ArrayList<>();
    for (Place p : candidates) {
      boolean region = p.precision() == Precision.ADMIN1 || p.precision() == Precision.COUNTRY;
      boolean point = p.precision() == Precision.POINT || p.precision() == Precision.ADMIN2;
      if (regions ? region : point && p.population() >= minPopulation) {
        kept.add(p);
      }
    }
    return kept.toArray(new Place[0]);
  }

  /** Metonymy: an actor with a sector covers the span, and no locative preposition precedes it. */
  private static boolean isActor(List<ActorMention> actors, List<Token> tokens, int from, int to) {
    if (from > 0 && LOCATIVES.contains(lower(tokens.get(from - 1)))) {
      return false;
    }
    for (ActorMention m : actors) {
      if (m.actor().sector() != null && m.firstToken() < to && from < m.endToken()) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameShaped(Sentence s, int from, int to, boolean[] covered) {
    List<Token> tokens = s.tokens();
    for (int t = from; t < to; t++) {
      if (covered[t]) {
        return false;
      }
      boolean edge = t == from || t == to - 1;
      String text = tokens.get(t).text();
      if (!capitalised(text) && (edge || !CONNECTORS.contains(lower(tokens.get(t))))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether one of {@code places} has {@code text} as its own name, spelled alike ({@link
   * PlaceNames#spelling}: doubled letters count, so "Man" is not "Ma'an").
   */
  private static boolean spelledAsNamed(Place[] places, String text) {
    String spelled = PlaceNames.spelling(text);
    for (Place p : places) {
      if (PlaceNames.spelling(p.name()).equals(spelled)) {
        return true;
      }
    }
    return false;
  }

  /** "Ramadi", "al-Ramadi", "ad-Din" count as capitalised. */
  static boolean capitalised(String token) {
    int dash = token.indexOf('-');
    String rest = token;
    if (dash > 0 && dash <= 3 && token.length() > dash + 1) {
      rest = token.substring(dash + 1);
    }
    return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0));
  }

  private static String text(Sentence s, int from, int to) {
    int b = s.tokens().get(from).begin() - s.begin();
    int e = s.tokens().get(to - 1).end() - s.begin();
    if (b >= 0 && e <= s.text().length() && b < e) {
      return s.text().substring(b, e);
    }
    StringBuilder joined = new StringBuilder();
    for (int t = from; t < to; t++) {
      joined.append(t > from ? " " : "").append(s.tokens().get(t).text());
    }
    return joined.toString();
  }

  private static void mark(boolean[] covered, int from, int to) {
    for (int t = from; t < to; t++) {
      covered[t] = true;
    }
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
