package org.khaldun.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Place names to GeoNames entries, indexed by normalised name ({@link PlaceNames#key}).
 *
 * <p>Two implementations: the default, loaded into memory from the compact gazetteer shipped in
 * Khaldun's jar ({@link #loadDefault}, about 200,000 places), and a Lucene index on disk built from
 * the full GeoNames dumps by {@code khaldun gazetteer build} ({@link #open}, up to 12 million
 * places, nothing loaded up front). Both answer the same questions and pass the same contract test.
 *
 * <p>Candidates for a name are ordered by a prior: log10 of population, raised for countries (+2)
 * and for capitals (+1.5) and admin-1 seats (+1), lowered for admin-1 units (-1). So a country
 * outranks any town of its name; an admin-1 unit outranks small towns of its name but not its own
 * large seat city ("Karbala" alone is the city; the geoparser picks the governorate when the text
 * says "Karbala province"); and Paris, France outranks Paris, Texas.
 *
 * <p>Instances are thread-safe. The Lucene one holds its index open until {@link #close}d.
 */
public abstract sealed class Gazetteer implements AutoCloseable
    permits MemoryGazetteer, LuceneGazetteer {

  /** Shortest key looked up fuzzily: one edit in a shorter name makes too many false matches. */
  public static final int MIN_FUZZY_KEY_LENGTH = 5;

  static final Comparator<Place> BY_PRIOR =
      Comparator.comparingDouble(Gazetteer::prior).reversed().thenComparingLong(Place::geonameId);

  static final Place[] NONE = new Place[0];

  Gazetteer() {}

  /** Loads the gazetteer and supplement shipped in Khaldun's jar into memory (about 1.5 s). */
  public static Gazetteer loadDefault() {
    try (InputStream data = MemoryGazetteer.resource(MemoryGazetteer.DEFAULT_DATA);
        InputStream supplement = MemoryGazetteer.resource(MemoryGazetteer.DEFAULT_SUPPLEMENT);
        InputStream admin2 = MemoryGazetteer.resource(MemoryGazetteer.DEFAULT_ADMIN2)) {
      return MemoryGazetteer.read(data, supplement, admin2);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default gazetteer", e);
    }
  }

  /** Loads a gazetteer from gzipped TSV, without a supplement, and closes the stream. */
  public static Gazetteer load(InputStream gzippedTsv) {
    return MemoryGazetteer.read(gzippedTsv, null);
  }

  /**
   * Loads a gazetteer from gzipped TSV plus an alias supplement (plain UTF-8 TSV, or null), and
   * closes both streams. A malformed line fails with its line number and the reason.
   */
  public static Gazetteer load(InputStream gzippedTsv, InputStream supplement) {
    return MemoryGazetteer.read(gzippedTsv, supplement);
  }

  /**
   * Opens a Lucene gazetteer index written by {@code khaldun gazetteer build} (see {@link
   * GazetteerIndexBuilder}), with the shipped alias supplement laid over it. Nothing is read up
   * front: opening takes milliseconds whatever the index size.
   *
   * @throws IllegalArgumentException when {@code indexDir} is missing or holds no Khaldun gazetteer
   *     index
   */
  public static Gazetteer open(Path indexDir) {
    return LuceneGazetteer.openIndex(indexDir);
  }

  /** Entries whose name or alias normalises like {@code name}, best prior first; may be empty. */
  public final List<Place> find(String name) {
    return List.of(candidatesForKey(PlaceNames.key(name)));
  }

  /** The entry with the best prior for {@code name}, if any. */
  public final Optional<Place> findBest(String name) {
    Place[] hits = candidatesForKey(PlaceNames.key(name));
    return hits.length == 0 ? Optional.empty() : Optional.of(hits[0]);
  }

  /**
   * Entries with a name or alias whose key is at most one edit (insertion, deletion, substitution
   * or transposition of adjacent letters, not in the first letter) from the key of {@code name},
   * best prior first; empty when that key is shorter than {@value #MIN_FUZZY_KEY_LENGTH}.
   */
  public final List<Place> findFuzzy(String name) {
    return List.of(fuzzyCandidatesForKey(PlaceNames.key(name)));
  }

  /** Number of entries (places, admin units, countries); aliases are not counted. */
  public abstract int size();

  /** Candidates for an already normalised key, best prior first; never null, not to be changed. */
  abstract Place[] candidatesForKey(String key);

  /**
   * Candidates for keys at most one edit from an already normalised key (see {@link #findFuzzy}),
   * best prior first; never null, not to be changed.
   */
  abstract Place[] fuzzyCandidatesForKey(String key);

  /** Releases the index files of an on-disk gazetteer; a no-op for the in-memory one. */
  @Override
  public void close() {}

  static double prior(Place p) {
    double base = Math.log10(p.population() + 10.0);
    return switch (p.precision()) {
      case COUNTRY -> base + 2.0;
      case REGION -> 9.0; // named as such, a region beats any town that shares its name
      case NEAR -> 0.0; // never a gazetteer entry: made for a name the gazetteer lacks
      case ADMIN1 -> base - 1.0;
      case ADMIN2 -> base - 1.5;
      case POINT ->
          base
              + switch (p.featureCode()) {
                case "PPLC" -> 1.5;
                case "PPLA" -> 1.0;
                case "PPLA2" -> 0.3;
                default -> 0.0;
              };
    };
  }
}
