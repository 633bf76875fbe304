package org.khaldun.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.khaldun.actors.DictionaryParser.Entry;
import org.khaldun.internal.NameNormalizer;

/**
 * The actors Khaldun knows by name: countries and their state organs, international and
 * non-governmental organisations, armed groups. Immutable and thread-safe.
 *
 * <h2>File format</h2>
 *
 * UTF-8 text, one actor per line; blank lines and lines starting with {@code #} are ignored. A line
 * is an id followed by {@code key=value} fields, separated by {@code |}; list values are separated
 * by {@code ;}:
 *
 * <pre>
 * IRQ   | type=country | name=Iraq | adjectives=Iraqi | capitals=Baghdad | aliases=Republic of Iraq
 * USA.MIL | aliases=Pentagon; US Department of Defense
 * ISIS  | type=group | name=Islamic State | country=IRQ | sector=INS | cameo=IMGMOSINS | aliases=ISIS; Daesh
 * </pre>
 *
 * <ul>
 *   <li>{@code type}: {@code country}, {@code organ}, {@code group}, {@code igo}, {@code ngo} or
 *       {@code org} (the default).
 *   <li>{@code name}: display name, required except for organs; it is also an alias.
 *   <li>{@code country}: ISO 3166 alpha-3 code (or {@code XKX}, Kosovo) of the actor's base.
 *   <li>{@code sector}: a CAMEO/PLOVER sector code such as {@code GOV}, {@code REB}, {@code INS}.
 *   <li>{@code cameo}: CAMEO actor code, one to five groups of three capitals or digits.
 *   <li>{@code aliases}: other names and spellings. Matching ignores case, diacritics, Arabic
 *       articles, hyphens, apostrophes and doubled letters ({@link NameNormalizer}), so one
 *       spelling per real variant is enough. An alias written in capitals of up to five letters
 *       ({@code WHO}, {@code IS}) matches only text written in capitals.
 *   <li>{@code adjectives}, {@code demonyms}, {@code capitals}: countries only. An adjective ending
 *       in {@code i} or {@code an} also gives its plural demonym ({@code Iraqi}, {@code Iraqis});
 *       list other plurals under {@code demonyms}.
 * </ul>
 *
 * <p>A country line has its alpha-3 code as id, and its country and CAMEO code default to it. Every
 * country gets composed state organs with ids {@code CCC.GOV}, {@code .MIL}, {@code .COP}, {@code
 * .LEG}, {@code .JUD}, {@code .SPY}, and composed domestic actors {@code .CVL}, {@code .REB},
 * {@code .OPP}, {@code .MED}, {@code .REF}, {@code .BUS}, {@code .LAB}, {@code .REL}, {@code .EDU},
 * {@code .HLH}, {@code .HRI} (rights groups), with CAMEO codes {@code CCCGOV} etc.; they are not
 * written one per country. A line whose id is such an organ id adds aliases to that organ ({@code
 * USA.MIL | aliases=Pentagon}); such lines may repeat, and their aliases add up. Country names,
 * adjectives and capitals match only capitalised text (so that "turkey" is not Turkey).
 *
 * <p>Loading fails with a {@link DictionaryException} naming {@code file:line} and the reason for
 * an unknown key, type or sector, a bad alpha-3 or CAMEO code, a duplicate id, a missing name, or
 * an alias that already names another actor.
 */
public final class ActorDictionary {

  static final List<String> DEFAULT_FILES =
      List.of(
          "countries.txt",
          "state-organs.txt",
          "organisations.txt",
          "armed-groups.txt",
          "people.txt");

  private final Map<String, Actor> byId;
  private final Map<String, Alias> exact;
  private final Map<String, Alias> loose;
  private final int maxAliasWords;
  private final Set<String> prefixes;
  private final Set<String> loosePrefixes;

  private ActorDictionary(
      Map<String, Actor> byId, Map<String, Alias> exact, Map<String, Alias> loose) {
    this.byId = Map.copyOf(byId);
    this.exact = Map.copyOf(exact);
    this.loose = Map.copyOf(loose);
    this.prefixes = prefixes(exact.keySet());
    this.loosePrefixes = prefixes(loose.keySet());
    this.maxAliasWords = exact.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
  }

  /** The dictionary bundled with Khaldun (loaded once, then shared). */
  public static ActorDictionary loadDefault() {
    return DefaultHolder.DEFAULT;
  }

  /** Only the given files, in order. */
  public static ActorDictionary load(List<Path> files) {
    List<Entry> entries = new ArrayList<>();
    for (Path file : files) {
      entries.addAll(readPath(file));
    }
    return build(entries);
  }

  /** The bundled dictionary followed by the given files (which may add organ aliases). */
  public static ActorDictionary loadDefaultAnd(List<Path> files) {
    List<Entry> entries = new ArrayList<>(defaultEntries());
    for (Path file : files) {
      entries.addAll(readPath(file));
    }
    return build(entries);
  }

  /** One dictionary text; {@code fileName} is used in error messages. */
  public static ActorDictionary load(Reader reader, String fileName) {
    return build(DictionaryParser.parse(reader, fileName));
  }

  public Optional<Actor> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The actor with this id; throws {@link NoSuchElementException} naming the id when absent. */
  public Actor expectById(String id) {
    Actor actor = byId.get(id);
    if (actor == null) {
      throw new NoSuchElementException("no actor with id '" + id + "' in the dictionary");
    }
    return actor;
  }

  /**
   * The actor a name or alias denotes, after normalisation ({@code "al-Nujaba"} and {@code
   * "Nujaba"} are the same name). Adjectives and capitals are not names: {@code "Iraqi"} finds
   * nothing.
   */
  public Optional<Actor> findByName(String name) {
    Alias alias = exact.get(NameNormalizer.normalize(name));
    if (alias == null
        || alias.kind() == AliasKind.ADJECTIVE
        || alias.kind() == AliasKind.ETHNIC
        || alias.kind() == AliasKind.CAPITAL) {
      return Optional.empty();
    }
    return Optional.of(alias.actor());
  }

  /**
   * The country a country adjective or demonym names: {@code "Iraqi"}, {@code "Iraqis"} and {@code
   * "Palestinian"} find their countries; names and capitals find nothing.
   */
  public Optional<Actor> findCountryOfDemonym(String word) {
    String key = NameNormalizer.normalize(word);
    Alias alias = exact.get(key);
    if (alias == null && key.endsWith("s")) {
      alias = exact.get(key.substring(0, key.length() - 1));
    }
    if (alias == null
        || !(alias.kind() == AliasKind.ADJECTIVE || alias.kind() == AliasKind.DEMONYM)
        || alias.actor().country() == null
        || !alias.actor().id().equals(alias.actor().country())) {
      return Optional.empty();
    }
    return Optional.of(alias.actor());
  }

  /** Number of actors, composed state organs included. */
  public int size() {
    return byId.size();
  }

  /** Every actor, in no particular order. */
  public Stream<Actor> actors() {
    return byId.values().stream();
  }

  /**
   * Every alias as written in the dictionary (names, aliases, adjectives, demonyms, capitals), each
   * once; for instance to feed a named-entity gazetteer.
   */
  public Stream<String> aliases() {
    Set<String> written = new LinkedHashSet<>();
    exact.values().forEach(a -> written.add(a.written()));
    return written.stream();
  }

  Alias exact(String key) {
    return exact.get(key);
  }

  Alias loose(String looseKey) {
    return loose.get(looseKey);
  }

  /** Whether some longer alias key starts with these words (exact or loose keys). */
  boolean isPrefix(String key, boolean loose) {
    return (loose ? loosePrefixes : prefixes).contains(key);
  }

  private static Set<String> prefixes(Set<String> keys) {
    Set<String> out = new HashSet<>();
    for (String k : keys) {
      for (int i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1)) {
        out.add(k.substring(0, i));
      }
    }
    return Set.copyOf(out);
  }

  int maxAliasWords() {
    return maxAliasWords;
  }

  /** The composed organ of a country, e.g. {@code IRQ.MIL}; null when the country is unknown. */
  Actor organ(String country, Sector sector) {
    return byId.get(country + "." + sector.code());
  }

  private static List<Entry> readPath(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return DictionaryParser.parse(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary " + file, e);
    }
  }

  private static List<Entry> defaultEntries() {
    List<Entry> entries = new ArrayList<>();
    for (String name : DEFAULT_FILES) {
      InputStream in = ActorDictionary.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("bundled actor dictionary missing: " + name);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        entries.addAll(DictionaryParser.parse(r, name));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled actor dictionary " + name, e);
      }
    }
    return entries;
  }

  private static final class DefaultHolder {
    static final ActorDictionary DEFAULT = build(defaultEntries());
  }

  private static ActorDictionary build(List<Entry> entries) {
    Map<String, Entry> seen = new HashMap<>();
    for (Entry e : entries) {
      if (e.type().equals("organ")) {
        continue; // organ lines may repeat: a user file adds aliases to a bundled organ
      }
      Entry first = seen.putIfAbsent(e.id(), e);
      if (first != null) {
        throw new DictionaryException(
            e.file(), e.line(), "duplicate id '" + e.id() + "' (first at " + first.where() + ")");
      }
    }
    Builder b = new Builder();
    Map<String, String> adjectiveOf = new HashMap<>();
    // Countries first, so that organ lines can refer to countries defined in any file.
    for (Entry e : entries) {
      if (e.type().equals("country")) {
        adjectiveOf.put(e.id(), e.adjectives().isEmpty() ? e.name() : e.adjectives().get(0));
        List<String> all = new ArrayList<>();
        all.add(e.name());
        all.addAll(e.aliases());
        List<String> demonyms = new ArrayList<>(e.demonyms());
        for (String adj : e.adjectives()) {
          if (adj.endsWith("i") || adj.endsWith("an")) {
            demonyms.add(adj + "s");
          }
        }
        all.addAll(e.adjectives());
        all.addAll(demonyms);
        all.addAll(e.capitals());
        Actor country = new Actor(e.id(), e.name(), e.id(), null, e.cameo(), all);
        b.byId.put(e.id(), country);
        for (String n : concat(List.of(e.name()), e.aliases())) {
          b.alias(n, country, AliasKind.NAME, true, e);
        }
        for (String n : e.adjectives()) {
          b.alias(n, country, AliasKind.ADJECTIVE, true, e);
        }
        for (String n : demonyms) {
          b.alias(n, country, AliasKind.DEMONYM, true, e);
        }
        for (String n : e.capitals()) {
          b.alias(n, country, AliasKind.CAPITAL, true, e);
        }
        for (String n : e.ethnic()) {
          b.alias(n, country, AliasKind.ETHNIC, true, e);
        }
      }
    }
    Map<String, List<Entry>> organLines = new HashMap<>();
    for (Entry e : entries) {
      if (e.type().equals("organ")) {
        if (!b.byId.containsKey(e.country())) {
          throw new DictionaryException(
              e.file(), e.line(), "organ " + e.id() + " of unknown country " + e.country());
        }
        organLines.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
      }
    }
    for (String country : new ArrayList<>(adjectiveOf.keySet())) {
      for (String sectorCode : DictionaryParser.ORGAN_SECTORS) {
        String id = country + "." + sectorCode;
        List<Entry> lines = organLines.getOrDefault(id, List.of());
        String name = adjectiveOf.get(country) + " " + StateOrgans.displayNoun(sectorCode);
        String cameo = country + sectorCode;
        List<String> aliases = new ArrayList<>();
        for (Entry line : lines) {
          name = line.name() != null ? line.name() : name;
          cameo = line.cameo();
          aliases.addAll(line.aliases());
        }
        Actor organ =
            new Actor(
                id, name, country, new Sector(sectorCode), cameo, concat(List.of(name), aliases));
        b.byId.put(id, organ);
        for (Entry line : lines) {
          List<String> names = line.name() == null ? List.of() : List.of(line.name());
          for (String n : concat(names, line.aliases())) {
            b.alias(n, organ, AliasKind.NAME, false, line);
          }
        }
      }
    }
    for (Entry e : entries) {
      if (e.type().equals("country") || e.type().equals("organ")) {
        continue;
      }
      List<String> names = concat(List.of(e.name()), e.aliases());
      Actor actor = new Actor(e.id(), e.name(), e.country(), e.sector(), e.cameo(), names);
      b.byId.put(e.id(), actor);
      // A person's name matches only capitalised text ("Bush", not "bush").
      boolean capitalised = e.type().equals("person");
      for (String n : names) {
        b.alias(n, actor, AliasKind.NAME, capitalised, e);
      }
    }
    return new ActorDictionary(b.byId, b.exact, b.looseIndex());
  }

  private static boolean isCountryOrOrgan(Actor actor) {
    return actor.id().equals(actor.country()) || actor.id().startsWith(actor.country() + ".");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Accumulates actors and the alias index, rejecting aliases that name two actors. */
  private static final class Builder {
    final Map<String, Actor> byId = new LinkedHashMap<>();
    final Map<String, Alias> exact = new HashMap<>();
    final Map<String, String> aliasWhere = new HashMap<>();

    void alias(String written, Actor actor, AliasKind kind, boolean capitalised, Entry where) {
      String key = NameNormalizer.normalize(written);
      if (key.isEmpty()) {
        throw new DictionaryException(
            where.file(), where.line(), "alias '" + written + "' has no letters or digits");
      }
      boolean acronym =
          written.chars().noneMatch(Character::isLowerCase)
              && written.chars().anyMatch(Character::isLetter)
              && key.replace(" ", "").length() <= 5;
      Alias existing = exact.get(key);
      if (existing == null) {
        exact.put(key, new Alias(actor, kind, written, acronym, capitalised));
        aliasWhere.put(key, where.where());
        return;
      }
      if (!existing.actor().id().equals(actor.id())) {
        throw new DictionaryException(
            where.file(),
            where.line(),
            "alias '"
                + written
                + "' already names "
                + existing.actor().id()
                + " (at "
                + aliasWhere.get(key)
                + ")");
      }
      // One actor, several spellings with one key ("NATO", "Nato"): keep the most permissive.
      AliasKind best = existing.kind().ordinal() <= kind.ordinal() ? existing.kind() : kind;
      exact.put(
          key,
          new Alias(
              actor,
              best,
              existing.written(),
              existing.acronym() && acronym,
              existing.capitalised() && capitalised));
    }

    /**
     * Loose keys that lead to exactly one actor. Only names of non-country actors get one: country
     * names are stable in English and their loose keys collide with ethnic names (Yoruba, Aruba).
     */
    Map<String, Alias> looseIndex() {
      Map<String, Alias> loose = new HashMap<>();
      Set<String> ambiguous = new HashSet<>();
      for (Map.Entry<String, Alias> e : exact.entrySet()) {
        Actor actor = e.getValue().actor();
        // People's names are not folded either: "Asaad" is not "Assad".
        if (e.getValue().acronym()
            || actor.id().startsWith("person:")
            || actor.country() != null && isCountryOrOrgan(actor)) {
          continue;
        }
        String key = NameNormalizer.looseKey(e.getKey());
        Alias prior = loose.putIfAbsent(key, e.getValue());
        if (prior != null && !prior.actor().id().equals(e.getValue().actor().id())) {
          ambiguous.add(key);
        }
      }
      ambiguous.forEach(loose::remove);
      return loose;
    }
  }
}
