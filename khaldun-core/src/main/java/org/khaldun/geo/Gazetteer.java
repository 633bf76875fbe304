package org.khaldun.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Place names to GeoNames entries, indexed by normalised name ({@link PlaceNames#key}).
 *
 * <p>Candidates for a name are ordered by a prior: log10 of population, raised for countries (+2)
 * and for capitals (+1.5) and admin-1 seats (+1), lowered for admin-1 units (-1). So a country
 * outranks any town of its name; an admin-1 unit outranks small towns of its name but not its own
 * large seat city ("Karbala" alone is the city; the geoparser picks the governorate when the text
 * says "Karbala province"); and Paris, France outranks Paris, Texas.
 *
 * <p>The data format (a gzipped TSV derived from GeoNames by {@code scripts/derive-gazetteer}, and
 * a curated alias supplement) is described in the README next to the default files.
 */
public final class Gazetteer {

  private static final String DEFAULT_DATA = "gazetteer.tsv.gz";
  private static final String DEFAULT_SUPPLEMENT = "supplement.tsv";

  static final Comparator<Place> BY_PRIOR =
      Comparator.comparingDouble(Gazetteer::prior).reversed().thenComparingLong(Place::geonameId);

  private final Map<String, Place[]> index;
  private final int size;

  private Gazetteer(Map<String, Place[]> index, int size) {
    this.index = index;
    this.size = size;
  }

  /** Loads the gazetteer and supplement shipped in Khaldun's jar. */
  public static Gazetteer loadDefault() {
    try (InputStream data = resource(DEFAULT_DATA);
        InputStream supplement = resource(DEFAULT_SUPPLEMENT)) {
      return load(data, supplement);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default gazetteer", e);
    }
  }

  /** Loads a gazetteer from gzipped TSV, without a supplement, and closes the stream. */
  public static Gazetteer load(InputStream gzippedTsv) {
    return load(gzippedTsv, null);
  }

  /**
   * Loads a gazetteer from gzipped TSV plus an alias supplement (plain UTF-8 TSV, or null), and
   * closes both streams. A malformed line fails with its line number and the reason.
   */
  public static Gazetteer load(InputStream gzippedTsv, InputStream supplement) {
    Objects.requireNonNull(gzippedTsv, "gzippedTsv");
    try {
      Loader loader = new Loader();
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(gzippedTsv, 1 << 16), StandardCharsets.UTF_8),
              1 << 16)) {
        loader.readData(in);
      }
      if (supplement != null) {
        try (BufferedReader in =
            new BufferedReader(new InputStreamReader(supplement, StandardCharsets.UTF_8))) {
          loader.readSupplement(in);
        }
      }
      return loader.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer", e);
    }
  }

  /** Entries whose name or alias normalises like {@code name}, best prior first; may be empty. */
  public List<Place> find(String name) {
    Place[] hits = index.get(PlaceNames.key(name));
    return hits == null ? List.of() : List.of(hits);
  }

  /** The entry with the best prior for {@code name}, if any. */
  public Optional<Place> findBest(String name) {
    Place[] hits = index.get(PlaceNames.key(name));
    return hits == null ? Optional.empty() : Optional.of(hits[0]);
  }

  /** Number of entries (populated places, admin-1 units, countries). */
  public int size() {
    return size;
  }

  /** Candidates for an already normalised key; never null. */
  Place[] candidatesForKey(String key) {
    Place[] hits = index.get(key);
    return hits == null ? new Place[0] : hits;
  }

  static double prior(Place p) {
    double base = Math.log10(p.population() + 10.0);
    return switch (p.precision()) {
      case COUNTRY -> base + 2.0;
      case REGION -> 9.0; // named as such, a region beats any town that shares its name
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

  private static InputStream resource(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/khaldun/geo/" + name);
    }
    return in;
  }

  /** Accumulates entries and name keys while reading; not thread-safe, used once. */
  private static final class Loader {
    /** Key to one Place, or to a List of them: most keys name one place, so no list for those. */
    private final Map<String, Object> byKey = new HashMap<>(1 << 20);

    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, Place> admin1 = new HashMap<>();
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, String> interned = new HashMap<>();
    private int size;

    /**
     * One pass when admin-1 rows come before their places (as the derivation writes them); rows
     * naming an admin-1 unit not seen yet wait until the end.
     */
    void readData(BufferedReader in) throws IOException {
      List<String[]> waiting = new ArrayList<>();
      List<Integer> waitingLines = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 10) {
          throw new IllegalArgumentException(
              "gazetteer:" + lineNo + ": expected 10 columns, got " + f.length);
        }
        if (f[8].equals("ADM1")) {
          admin1Names.put(f[7], f[1]);
        } else if (!f[7].isEmpty() && !admin1Names.containsKey(f[7])) {
          waiting.add(f);
          waitingLines.add(lineNo);
          continue;
        }
        addRow(f, lineNo);
      }
      for (int i = 0; i < waiting.size(); i++) {
        addRow(waiting.get(i), waitingLines.get(i));
      }
    }

    private void addRow(String[] f, int lineNo) {
      Place p;
      try {
        p = toPlace(f);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "gazetteer:" + lineNo + ": bad number: " + e.getMessage(), e);
      }
      size++;
      switch (p.precision()) {
        case COUNTRY -> countries.put(p.country(), p);
        case ADMIN1 -> admin1.put(p.admin1Code(), p);
        default -> {}
      }
      add(PlaceNames.key(f[1]), p);
      if (!f[2].isEmpty()) {
        add(PlaceNames.key(f[2]), p);
      }
      if (!f[3].isEmpty()) {
        for (String alt : f[3].split("\\|")) {
          add(PlaceNames.key(alt), p);
        }
      }
    }

    private Place toPlace(String[] f) {
      String feature = intern(f[8]);
      Precision precision =
          switch (feature) {
            case "PCLI" -> Precision.COUNTRY;
            case "ADM1" -> Precision.ADMIN1;
            case "ADM2" -> Precision.ADMIN2;
            default -> Precision.POINT;
          };
      String admin1Code = f[7].isEmpty() ? null : intern(f[7]);
      String admin1Name = admin1Code == null ? null : admin1Names.get(admin1Code);
      return new Place(
          Long.parseLong(f[0]),
          f[1],
          Double.parseDouble(f[4]),
          Double.parseDouble(f[5]),
          intern(f[6]),
          admin1Code,
          admin1Name == null ? null : intern(admin1Name),
          feature,
          Long.parseLong(f[9]),
          precision);
    }

    private String intern(String s) {
      String known = interned.putIfAbsent(s, s);
      return known == null ? s : known;
    }

    void readSupplement(BufferedReader in) throws IOException {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 2 || f[1].isBlank()) {
          throw new IllegalArgumentException(
              "supplement:" + lineNo + ": expected target<TAB>alias|alias..., got: " + line);
        }
        String target = f[0].strip();
        Place p = target.contains(".") ? admin1.get(target) : countries.get(target);
        if (p == null) {
          throw new IllegalArgumentException(
              "supplement:" + lineNo + ": unknown admin-1 or country code " + target);
        }
        for (String alias : f[1].split("\\|")) {
          add(PlaceNames.key(alias), p);
        }
      }
    }

    @SuppressWarnings("unchecked")
    private void add(String key, Place p) {
      if (key.isEmpty()) {
        return;
      }
      Object known = byKey.putIfAbsent(key, p);
      if (known == null || known == p) {
        return;
      }
      if (known instanceof Place q) {
        List<Place> list = new ArrayList<>(2);
        list.add(q);
        list.add(p);
        byKey.put(key, list);
      } else {
        List<Place> list = (List<Place>) known;
        if (!list.contains(p)) {
          list.add(p);
        }
      }
    }

    @SuppressWarnings("unchecked")
    Gazetteer build() {
      Map<String, Place[]> index = new HashMap<>(byKey.size() * 4 / 3 + 1);
      for (Map.Entry<String, Object> e : byKey.entrySet()) {
        if (e.getValue() instanceof Place p) {
          index.put(e.getKey(), new Place[] {p});
        } else {
          Place[] hits = ((List<Place>) e.getValue()).toArray(new Place[0]);
          Arrays.sort(hits, BY_PRIOR);
          index.put(e.getKey(), hits);
        }
      }
      return new Gazetteer(index, size);
    }
  }
}
