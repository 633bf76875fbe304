package org.khaldun.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Continents, named regions, disputed territories and conflict sites from the curated {@code
 * regions.tsv} (format in its header), indexed by {@link PlaceNames#key}. Regions get {@link
 * Precision#REGION} and an empty country when they span several; sites (air bases, dams, camps,
 * crossings) are points.
 */
final class NamedRegions {

  private static final String DEFAULT = "regions.tsv";
  private static final Set<String> SITES = Set.of("AIRB", "DAM", "CMP", "PSTB");
  private static final Set<String> REGIONS =
      Set.of("CONT", "RGN", "TERR", "ISL", "OCN", "SEA", "GULF", "STRT", "CNL", "LK", "MTS");

  private static volatile NamedRegions defaults;

  private final Map<String, Place[]> byKey;

  private NamedRegions(Map<String, Place[]> byKey) {
    this.byKey = byKey;
  }

  /** The bundled list, read once. */
  static NamedRegions loadDefault() {
    NamedRegions loaded = defaults;
    if (loaded == null) {
      try (InputStream in = NamedRegions.class.getResourceAsStream(DEFAULT)) {
        if (in == null) {
          throw new IllegalStateException("missing resource org/khaldun/geo/" + DEFAULT);
        }
        loaded = load(in, DEFAULT);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT, e);
      }
      defaults = loaded;
    }
    return loaded;
  }

  /** Reads the TSV format; a malformed line fails with {@code file:line} and the reason. */
  static NamedRegions load(InputStream in, String fileName) throws IOException {
    Map<String, List<Place>> lists = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = fileName + ":" + lineNo + ": ";
      if (f.length != 5) {
        throw new IllegalArgumentException(where + "expected 5 columns, got " + f.length);
      }
      String feature = f[4].strip();
      boolean site = SITES.contains(feature);
      if (!site && !REGIONS.contains(feature)) {
        throw new IllegalArgumentException(where + "unknown feature code " + feature);
      }
      String country = f[3].strip();
      if (!country.equals("-") && !country.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(where + "country must be alpha-3 or '-': " + country);
      }
      double lat;
      double lon;
      try {
        lat = Double.parseDouble(f[1].strip());
        lon = Double.parseDouble(f[2].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "bad coordinate: " + e.getMessage(), e);
      }
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        throw new IllegalArgumentException(where + "coordinates out of range");
      }
      String[] names = f[0].split("\\|");
      Place place =
          new Place(
              0,
              names[0].strip(),
              lat,
              lon,
              country.equals("-") ? "" : country,
              null,
              null,
              null,
              null,
              feature,
              0,
              site ? Precision.POINT : Precision.REGION);
      for (String name : names) {
        String key = PlaceNames.key(name);
        if (key.isEmpty()) {
          throw new IllegalArgumentException(where + "empty name");
        }
        lists.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place);
      }
    }
    Map<String, Place[]> byKey = new HashMap<>();
    lists.forEach((key, places) -> byKey.put(key, places.toArray(new Place[0])));
    return new NamedRegions(byKey);
  }

  /** Entries named by an already normalised key; never null. */
  Place[] candidatesForKey(String key) {
    Place[] hits = byKey.get(key);
    return hits == null ? new Place[0] : hits;
  }
}
