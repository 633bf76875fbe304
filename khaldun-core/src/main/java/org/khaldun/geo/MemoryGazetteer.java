package org.khaldun.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The in-memory gazetteer: a hash map from name key to entries, loaded from the gzipped TSV
 * described in the README next to the default data, plus the curated alias supplement.
 *
 * <p>Fuzzy lookup walks the sorted array of all keys as if it were a trie ({@link FuzzyKeys}); the
 * array (380,000 keys, 11 MB) is built on the first fuzzy lookup (1.3-1.7 s cold on a busy 2-core
 * machine) so that loading, which every run pays, does not. Fuzzy results are cached per key.
 */
final class MemoryGazetteer extends Gazetteer {

  static final String DEFAULT_DATA = "gazetteer.tsv.gz";
  static final String DEFAULT_SUPPLEMENT = "supplement.tsv";
  static final String DEFAULT_ADMIN2 = GazetteerDerivation.ADMIN2_NAMES;

  private final Map<String, Place[]> index;
  private final int size;
  private volatile FuzzyKeys fuzzyKeys;
  private final KeyCache fuzzyCache = new KeyCache(100_000);

  private MemoryGazetteer(Map<String, Place[]> index, int size) {
    this.index = index;
    this.size = size;
  }

  static MemoryGazetteer read(InputStream gzippedTsv, InputStream supplement) {
    return read(gzippedTsv, supplement, null);
  }

  /**
   * @param admin2Names gzipped TSV of admin-2 codes and names (see the README), or null: the
   *     places' admin-2 names are then those of the admin-2 rows only
   */
  static MemoryGazetteer read(
      InputStream gzippedTsv, InputStream supplement, InputStream admin2Names) {
    Objects.requireNonNull(gzippedTsv, "gzippedTsv");
    try {
      Loader loader = new Loader();
      if (admin2Names != null) {
        try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(admin2Names), StandardCharsets.UTF_8))) {
          loader.readAdmin2Names(in);
        }
      }
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

  /** The shipped data without the supplement: the source of country rows for index builds. */
  static MemoryGazetteer loadDefaultData() {
    return read(resource(DEFAULT_DATA), null, resource(DEFAULT_ADMIN2));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  Place[] candidatesForKey(String key) {
    Place[] hits = index.get(key);
    return hits == null ? NONE : hits;
  }

  @Override
  Place[] fuzzyCandidatesForKey(String key) {
    if (key.length() < MIN_FUZZY_KEY_LENGTH) {
      return NONE;
    }
    return fuzzyCache.get(key, this::fuzzyLookUp);
  }

  /** A fuzzy lookup that bypasses the cache (benchmarks measure both). */
  Place[] fuzzyLookUp(String key) {
    List<String> keys = fuzzyKeys().within1(key);
    if (keys.isEmpty()) {
      return NONE;
    }
    if (keys.size() == 1) {
      return index.get(keys.get(0));
    }
    Set<Place> hits = new LinkedHashSet<>();
    for (String k : keys) {
      hits.addAll(Arrays.asList(index.get(k)));
    }
    Place[] sorted = hits.toArray(NONE);
    Arrays.sort(sorted, BY_PRIOR);
    return sorted;
  }

  private FuzzyKeys fuzzyKeys() {
    FuzzyKeys keys = fuzzyKeys;
    if (keys == null) {
      synchronized (this) {
        keys = fuzzyKeys;
        if (keys == null) {
          keys = FuzzyKeys.of(index.keySet());
          fuzzyKeys = keys;
        }
      }
    }
    return keys;
  }

  /** Every key of every entry of the given precision (or all, for null), grouped by entry. */
  Map<Place, List<String>> keysByPlace(Precision precision) {
    Map<Place, List<String>> out = new HashMap<>();
    for (Map.Entry<String, Place[]> e : index.entrySet()) {
      for (Place p : e.getValue()) {
        if (precision == null || p.precision() == precision) {
          out.computeIfAbsent(p, k -> new ArrayList<>()).add(e.getKey());
        }
      }
    }
    return out;
  }

  static InputStream resource(String name) {
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
    private final Map<String, String> admin2Names = new HashMap<>();
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
        if (f.length != 10 && f.length != 11) {
          throw new IllegalArgumentException(
              "gazetteer:" + lineNo + ": expected 10 or 11 columns, got " + f.length);
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
      String admin2Code = f.length < 11 || f[10].isEmpty() ? null : intern(f[10]);
      String admin2Name =
          precision == Precision.ADMIN2
              ? f[1]
              : admin2Code == null ? null : admin2Names.get(admin2Code);
      return new Place(
          Long.parseLong(f[0]),
          f[1],
          Double.parseDouble(f[4]),
          Double.parseDouble(f[5]),
          intern(f[6]),
          admin1Code,
          admin1Name == null ? null : intern(admin1Name),
          admin2Code,
          admin2Name,
          feature,
          Long.parseLong(f[9]),
          precision);
    }

    private String intern(String s) {
      String known = interned.putIfAbsent(s, s);
      return known == null ? s : known;
    }

    void readAdmin2Names(BufferedReader in) throws IOException {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IllegalArgumentException(
              "admin-2 names:" + lineNo + ": expected a code, a tab and a name");
        }
        admin2Names.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }

    void readSupplement(BufferedReader in) throws IOException {
      for (Supplement.Line line : Supplement.read(in)) {
        Place p = line.targetsAdmin1() ? admin1.get(line.target()) : countries.get(line.target());
        if (p == null) {
          throw line.unknownTarget();
        }
        for (String alias : line.aliases()) {
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
    MemoryGazetteer build() {
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
      return new MemoryGazetteer(index, size);
    }
  }
}
