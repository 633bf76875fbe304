package org.khaldun.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes a Lucene gazetteer index ({@link Gazetteer#open}) from the GeoNames dump files in a
 * directory, streaming them: memory holds only the admin code tables, a bit per GeoNames id and a
 * few running sums per admin unit, whatever the size of the dump.
 *
 * <p>Files read (GeoNames' own names and column layouts):
 *
 * <ol>
 *   <li>{@code admin1CodesASCII.txt} (required): code, name, ASCII name, geonameid of each admin-1
 *       unit.
 *   <li>{@code admin2Codes.txt} (optional): the same for admin-2 units.
 *   <li>{@code allCountries.txt} (all features) if present, else {@code cities500.txt} (populated
 *       places of 500 people or more): one place per line, 19 columns.
 *   <li>{@code alternateNamesV2.txt} (optional): alternate names, as alias documents (see {@link
 *       IndexSchema}). Without it, the dump's own {@code alternatenames} column is used.
 * </ol>
 *
 * <p>Admin-1 units are written from the admin-1 table, with the point of their GeoNames feature
 * when the dump has it (allCountries), else of the shipped gazetteer's unit, else the mean of their
 * places. Countries are the JDK's ISO 3166 list, named in English and a few other languages plus
 * the shipped gazetteer's names; their point and id come from the dump's country feature when it
 * has one, else from the shipped gazetteer. Alternate names are kept when they are Latin-script,
 * capitalised and no code ({@link GazetteerDerivation#isUsableAlternate}), and not links, postal or
 * airport codes, abbreviations, or flagged colloquial or historic.
 *
 * <p>A malformed line fails the build with its file, line number and the reason.
 */
public final class GazetteerIndexBuilder {

  /** How many places, units, countries and alternate names the index holds. */
  public record Result(
      long places, int admin1Units, int admin2Units, int countries, long alternateNames) {
    public long entries() {
      return places + admin1Units + admin2Units + countries;
    }
  }

  static final String CITIES500 = "cities500.txt";
  static final String ALL_COUNTRIES = "allCountries.txt";
  static final String ADMIN1 = "admin1CodesASCII.txt";
  static final String ADMIN2 = "admin2Codes.txt";
  static final String ALTERNATE_NAMES = "alternateNamesV2.txt";

  /** Lines between two progress reports. */
  private static final int PROGRESS_EVERY = 100_000;

  /** Country features, the preferred first: a dependency is its ISO code's country feature. */
  private static final List<String> COUNTRY_FEATURES =
      List.of("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX");

  /** Languages of the extra country names: those of European news and of Latin-script press. */
  private static final List<Locale> COUNTRY_NAME_LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.FRENCH,
          Locale.GERMAN,
          Locale.ITALIAN,
          new Locale("es"),
          new Locale("pt"),
          new Locale("nl"),
          new Locale("tr"),
          new Locale("id"));

  /**
   * Alternate-name "languages" that are codes or links, not names: postal codes, airport and
   * railway codes, Wikidata ids, abbreviations, UN/LOCODE, French revolutionary names, phonetics.
   */
  private static final Set<String> SKIPPED_NAME_TYPES =
      Set.of(
          "link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "tcid", "fr_1793",
          "phon");

  private final Path dir;
  private final IndexWriter writer;
  private final LongConsumer progress;
  private final BitSet indexed = new BitSet();
  private final Map<String, AdminCode> admin1 = new HashMap<>();
  private final Map<String, AdminCode> admin2 = new HashMap<>();
  private final Map<String, Sums> admin1Sums = new HashMap<>();
  private final Map<String, Sums> admin2Sums = new HashMap<>();
  private final Map<String, Row> admin1Features = new HashMap<>();
  private final Set<String> admin2Written = new HashSet<>();
  private final List<Row> countryFeatures = new ArrayList<>();
  private int admin2Features;
  private long linesRead;
  private long places;
  private long alternates;

  /** An admin unit's names and GeoNames id from a code table. */
  private record AdminCode(String name, String ascii, long id) {}

  /** The columns of a dump line that the gazetteer uses. */
  private record Row(
      long id,
      String name,
      String ascii,
      String alternates,
      double lat,
      double lon,
      String feature,
      String country2,
      String admin1,
      String admin2,
      long population) {}

  /** Running sums of an admin unit's places, for a point and population when the dump has none. */
  private static final class Sums {
    double lat;
    double lon;
    long population;
    int n;
  }

  private GazetteerIndexBuilder(Path dir, IndexWriter writer, LongConsumer progress) {
    this.dir = dir;
    this.writer = writer;
    this.progress = progress;
  }

  /**
   * Builds the index in {@code indexDir} (replacing any index there) from the dump files in {@code
   * geonamesDir}; {@code progress} is told the running count of lines read, now and then.
   *
   * @throws IllegalArgumentException when a required file is missing or a line is malformed
   */
  public static Result build(Path geonamesDir, Path indexDir, LongConsumer progress) {
    Objects.requireNonNull(progress, "progress");
    if (!Files.isDirectory(geonamesDir)) {
      throw new IllegalArgumentException("GeoNames directory not found: " + geonamesDir);
    }
    Path places = geonamesDir.resolve(ALL_COUNTRIES);
    if (!Files.isRegularFile(places)) {
      places = geonamesDir.resolve(CITIES500);
    }
    if (!Files.isRegularFile(places)) {
      throw new IllegalArgumentException(
          "no " + ALL_COUNTRIES + " nor " + CITIES500 + " in " + geonamesDir);
    }
    if (!Files.isRegularFile(geonamesDir.resolve(ADMIN1))) {
      throw new IllegalArgumentException("no " + ADMIN1 + " in " + geonamesDir);
    }
    try {
      Files.createDirectories(indexDir);
      IndexWriterConfig config =
          new IndexWriterConfig()
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
              .setRAMBufferSizeMB(64);
      try (Directory d = FSDirectory.open(indexDir);
          IndexWriter w = new IndexWriter(d, config)) {
        GazetteerIndexBuilder b = new GazetteerIndexBuilder(geonamesDir, w, progress);
        Result r = b.run(places);
        IndexSchema.setCommitData(w, r.entries());
        w.commit();
        return r;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build gazetteer index in " + indexDir, e);
    }
  }

  private Result run(Path placesFile) throws IOException {
    readAdminCodes(dir.resolve(ADMIN1), admin1);
    Path admin2File = dir.resolve(ADMIN2);
    if (Files.isRegularFile(admin2File)) {
      readAdminCodes(admin2File, admin2);
    }
    Path alternatesFile = dir.resolve(ALTERNATE_NAMES);
    boolean separateAlternates = Files.isRegularFile(alternatesFile);
    readPlaces(placesFile, !separateAlternates);
    MemoryGazetteer shipped = MemoryGazetteer.loadDefaultData();
    int admin1Count = writeAdmin1(shipped);
    int admin2Count = writeAdmin2();
    int countries = writeCountries(shipped);
    if (separateAlternates) {
      readAlternates(alternatesFile);
    }
    return new Result(places, admin1Count, admin2Count, countries, alternates);
  }

  private void readAdminCodes(Path file, Map<String, AdminCode> into) throws IOException {
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw bad(
              name,
              lineNo,
              "expected 4 columns (code, name, asciiname, geonameid), got " + f.length);
        }
        into.put(f[0], new AdminCode(f[1], f[2], parseLong(f[3], name, lineNo, "geonameid")));
      }
    }
  }

  private void readPlaces(Path file, boolean useAlternatesColumn) throws IOException {
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        tick();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        Row r = parseRow(line, name, lineNo);
        String c3 = GazetteerDerivation.alpha3(r.country2);
        if (c3 == null) {
          continue; // oceans and undersea features belong to no country
        }
        String a1 = r.admin1.isEmpty() ? "" : r.country2 + "." + r.admin1;
        if (COUNTRY_FEATURES.contains(r.feature)) {
          countryFeatures.add(r);
          continue;
        }
        if (r.feature.equals("ADM1") && admin1.containsKey(a1)) {
          admin1Features.put(a1, r);
          continue;
        }
        String a2 = a1.isEmpty() || r.admin2.isEmpty() ? "" : a1 + "." + r.admin2;
        if (r.feature.equals("ADM2")) {
          admin2Written.add(a2);
          admin2Features++;
        } else {
          add(admin1Sums, a1, r);
          add(admin2Sums, a2, r);
        }
        Precision precision = r.feature.equals("ADM2") ? Precision.ADMIN2 : Precision.POINT;
        writePlace(r, c3, a1, a2, precision, useAlternatesColumn);
        if (precision == Precision.POINT) {
          places++;
        }
      }
    }
  }

  private void writePlace(
      Row r, String c3, String a1, String a2, Precision precision, boolean useAlternatesColumn)
      throws IOException {
    AdminCode unit = admin1.get(a1);
    AdminCode county = admin2.get(a2);
    Place p =
        new Place(
            r.id,
            r.name,
            r.lat,
            r.lon,
            c3,
            a1.isEmpty() ? null : a1,
            unit == null ? null : unit.name,
            a2.isEmpty() ? null : a2,
            county != null ? county.name : precision == Precision.ADMIN2 ? r.name : null,
            r.feature,
            r.population,
            precision);
    List<String> keys = new ArrayList<>();
    keys.add(PlaceNames.key(r.name));
    keys.add(PlaceNames.key(r.ascii));
    if (useAlternatesColumn && !r.alternates.isEmpty()) {
      for (String alt : r.alternates.split(",")) {
        if (GazetteerDerivation.isUsableAlternate(alt)) {
          keys.add(PlaceNames.key(alt));
        }
      }
    }
    writer.addDocument(IndexSchema.place(p, keys));
    indexed.set(Math.toIntExact(r.id));
  }

  private static void add(Map<String, Sums> sums, String code, Row r) {
    if (code.isEmpty()) {
      return;
    }
    Sums s = sums.computeIfAbsent(code, k -> new Sums());
    s.lat += r.lat;
    s.lon += r.lon;
    s.population += r.population;
    s.n++;
  }

  private int writeAdmin1(MemoryGazetteer shipped) throws IOException {
    Map<String, Place> shippedUnits = new HashMap<>();
    for (Place p : shipped.keysByPlace(Precision.ADMIN1).keySet()) {
      shippedUnits.put(p.admin1Code(), p);
    }
    int count = 0;
    for (Map.Entry<String, AdminCode> e : admin1.entrySet()) {
      String code = e.getKey();
      AdminCode unit = e.getValue();
      String c3 = GazetteerDerivation.alpha3(code.substring(0, Math.min(2, code.length())));
      Row feature = admin1Features.get(code);
      Place fallback = shippedUnits.get(code);
      Sums sums = admin1Sums.get(code);
      double lat;
      double lon;
      long population = sums == null ? 0 : sums.population;
      if (feature != null) {
        lat = feature.lat;
        lon = feature.lon;
        population = Math.max(population, feature.population);
      } else if (fallback != null) {
        lat = fallback.lat();
        lon = fallback.lon();
      } else if (sums != null) {
        lat = sums.lat / sums.n;
        lon = sums.lon / sums.n;
      } else {
        continue; // no point to give it
      }
      if (c3 == null) {
        continue;
      }
      Place p =
          new Place(
              unit.id,
              unit.name,
              lat,
              lon,
              c3,
              code,
              unit.name,
              null,
              null,
              "ADM1",
              population,
              Precision.ADMIN1);
      List<String> keys = new ArrayList<>();
      keys.add(PlaceNames.key(unit.name));
      keys.add(PlaceNames.key(unit.ascii));
      for (String alt : GazetteerDerivation.adminAlternates(unit.ascii)) {
        keys.add(PlaceNames.key(alt));
      }
      if (feature != null) {
        keys.add(PlaceNames.key(feature.name));
      }
      writer.addDocument(IndexSchema.place(p, keys));
      markIndexed(unit.id);
      count++;
    }
    return count;
  }

  /** Admin-2 units the dump has no feature line for, at the mean of their places. */
  private int writeAdmin2() throws IOException {
    int count = admin2Features;
    for (Map.Entry<String, AdminCode> e : admin2.entrySet()) {
      String code = e.getKey();
      Sums sums = admin2Sums.get(code);
      if (admin2Written.contains(code) || sums == null) {
        continue;
      }
      AdminCode unit = e.getValue();
      String a1 = code.substring(0, code.lastIndexOf('.'));
      String c3 = GazetteerDerivation.alpha3(code.substring(0, Math.min(2, code.length())));
      if (c3 == null) {
        continue;
      }
      AdminCode parent = admin1.get(a1);
      Place p =
          new Place(
              unit.id,
              unit.name,
              sums.lat / sums.n,
              sums.lon / sums.n,
              c3,
              a1,
              parent == null ? null : parent.name,
              code,
              unit.name,
              "ADM2",
              sums.population,
              Precision.ADMIN2);
      writer.addDocument(
          IndexSchema.place(p, List.of(PlaceNames.key(unit.name), PlaceNames.key(unit.ascii))));
      markIndexed(unit.id);
      count++;
    }
    return count;
  }

  private int writeCountries(MemoryGazetteer shipped) throws IOException {
    Map<String, Place> shippedCountries = new HashMap<>();
    Map<String, List<String>> shippedKeys = new HashMap<>();
    for (Map.Entry<Place, List<String>> e : shipped.keysByPlace(Precision.COUNTRY).entrySet()) {
      shippedCountries.put(e.getKey().country(), e.getKey());
      shippedKeys.put(e.getKey().country(), e.getValue());
    }
    Map<String, Row> features = new HashMap<>();
    for (Row r : countryFeatures) {
      Row known = features.get(r.country2);
      if (known == null
          || COUNTRY_FEATURES.indexOf(r.feature) < COUNTRY_FEATURES.indexOf(known.feature)) {
        features.put(r.country2, r);
      }
    }
    List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
    codes.add("XK");
    int count = 0;
    for (String cc : codes) {
      String c3 = GazetteerDerivation.alpha3(cc);
      Row feature = features.remove(cc);
      Place fallback = c3 == null ? null : shippedCountries.get(c3);
      if (c3 == null || (feature == null && fallback == null)) {
        continue;
      }
      String english = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
      Set<String> keys = new LinkedHashSet<>();
      keys.add(PlaceNames.key(english));
      for (String alt : GazetteerDerivation.countryAlternates(english)) {
        keys.add(PlaceNames.key(alt));
      }
      for (Locale language : COUNTRY_NAME_LANGUAGES) {
        keys.add(PlaceNames.key(new Locale("", cc).getDisplayCountry(language)));
      }
      keys.addAll(shippedKeys.getOrDefault(c3, List.of()));
      if (feature != null) {
        keys.add(PlaceNames.key(feature.name));
        keys.add(PlaceNames.key(feature.ascii));
      }
      Place p =
          feature != null
              ? new Place(
                  feature.id,
                  english,
                  feature.lat,
                  feature.lon,
                  c3,
                  null,
                  null,
                  null,
                  null,
                  "PCLI",
                  feature.population,
                  Precision.COUNTRY)
              : fallback;
      writer.addDocument(IndexSchema.place(p, keys));
      markIndexed(p.geonameId());
      count++;
    }
    // country features of codes the JDK does not know stay ordinary places
    for (Row r : features.values()) {
      String c3 = GazetteerDerivation.alpha3(r.country2);
      if (c3 != null) {
        String a1 = r.admin1.isEmpty() ? "" : r.country2 + "." + r.admin1;
        writePlace(r, c3, a1, "", Precision.POINT, false);
        places++;
      }
    }
    return count;
  }

  private void readAlternates(Path file) throws IOException {
    String name = file.getFileName().toString();
    long lastId = -1;
    String lastKey = "";
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        tick();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 8) {
          throw bad(name, lineNo, "expected 10 columns (8 in the older format), got " + f.length);
        }
        long id = parseLong(f[1], name, lineNo, "geonameid");
        if (id <= 0
            || id > Integer.MAX_VALUE
            || !indexed.get((int) id)
            || SKIPPED_NAME_TYPES.contains(f[2])
            || f[6].equals("1")
            || f[7].equals("1")
            || (f.length > 9 && !f[9].isEmpty())
            || !GazetteerDerivation.isUsableAlternate(f[3])) {
          continue;
        }
        String key = PlaceNames.key(f[3]);
        if (key.isEmpty() || (id == lastId && key.equals(lastKey))) {
          continue;
        }
        writer.addDocument(IndexSchema.alias(id, key));
        alternates++;
        lastId = id;
        lastKey = key;
      }
    }
  }

  private Row parseRow(String line, String file, int lineNo) {
    String[] f = line.split("\t", -1);
    if (f.length != 19) {
      throw bad(file, lineNo, "expected 19 columns, got " + f.length);
    }
    if (f[1].isEmpty()) {
      throw bad(file, lineNo, "empty name");
    }
    long id = parseLong(f[0], file, lineNo, "geonameid");
    if (id <= 0 || id > Integer.MAX_VALUE) {
      throw bad(file, lineNo, "geonameid out of range: " + f[0]);
    }
    return new Row(
        id,
        f[1],
        f[2],
        f[3],
        parseDouble(f[4], file, lineNo, "latitude"),
        parseDouble(f[5], file, lineNo, "longitude"),
        f[7],
        f[8],
        f[10],
        f[11],
        f[14].isEmpty() ? 0 : parseLong(f[14], file, lineNo, "population"));
  }

  private void markIndexed(long id) {
    if (id > 0 && id <= Integer.MAX_VALUE) {
      indexed.set((int) id);
    }
  }

  private void tick() {
    if (++linesRead % PROGRESS_EVERY == 0) {
      progress.accept(linesRead);
    }
  }

  private static long parseLong(String s, String file, int lineNo, String column) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw bad(file, lineNo, "bad " + column + ": '" + s + "'");
    }
  }

  private static double parseDouble(String s, String file, int lineNo, String column) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw bad(file, lineNo, "bad " + column + ": '" + s + "'");
    }
  }

  private static IllegalArgumentException bad(String file, int lineNo, String reason) {
    return new IllegalArgumentException(file + ":" + lineNo + ": " + reason);
  }
}
