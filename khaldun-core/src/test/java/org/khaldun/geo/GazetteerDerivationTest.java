package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerDerivationTest {

  /** A grid of places, one per 1-degree cell, over the given box. */
  private static List<double[]> grid(int lat0, int lat1, int lon0, int lon1) {
    List<double[]> points = new ArrayList<>();
    for (int la = lat0; la < lat1; la++) {
      for (int lo = lon0; lo < lon1; lo++) {
        points.add(new double[] {la + 0.3, lo + 0.3});
      }
    }
    return points;
  }

  @Test
  void placesARegionAtTheMiddleOfItsTerritoryNotItsDenseCorner() {
    List<double[]> places = grid(30, 40, -100, -80);
    for (int i = 0; i < 5_000; i++) { // a big city region in the north-east corner
      places.add(new double[] {39.5, -80.5});
    }
    double[] point = GazetteerDerivation.representativePoint(places, 1.0);
    assertThat(point[0]).isCloseTo(35.0, within(0.5));
    assertThat(point[1]).isCloseTo(-90.0, within(0.5));
  }

  @Test
  void ignoresAFewFarOverseasPlaces() {
    List<double[]> places = grid(40, 50, 0, 20);
    places.add(new double[] {-21.1, 55.5});
    places.add(new double[] {4.9, -52.3});
    double[] point = GazetteerDerivation.representativePoint(places, 1.0);
    assertThat(point[0]).isCloseTo(45.0, within(1.0));
    assertThat(point[1]).isCloseTo(10.0, within(1.0));
  }

  @Test
  void keepsARegionAcrossTheAntimeridianTogether() {
    List<double[]> places = new ArrayList<>(grid(-20, -15, 176, 180));
    places.addAll(grid(-20, -15, -180, -178));
    double[] point = GazetteerDerivation.representativePoint(places, 1.0);
    assertThat(point[0]).isCloseTo(-17.5, within(0.5));
    assertThat(Math.abs(point[1])).isGreaterThan(178.0);
  }

  @Test
  void dropsTheUnitWordButNeverLeavesABareDirection() {
    assertThat(GazetteerDerivation.adminAlternates("Maidan Wardak Province"))
        .containsExactly("Maidan Wardak");
    assertThat(GazetteerDerivation.adminAlternates("Western Province")).isEmpty();
    assertThat(GazetteerDerivation.adminAlternates("Gulf Province")).isEmpty();
  }

  private static List<double[][]> polygon(double[][] outerRing) {
    return List.<double[][]>of(outerRing);
  }

  /** A square ring around the given box, as {lon, lat} pairs. */
  private static double[][] square(double lon0, double lat0, double lon1, double lat1) {
    return new double[][] {{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}};
  }

  @Test
  void givesACountryTheCentreOfItsMainLandMassNotOfItsIslandsOrCapital() {
    // a mainland 10 x 10 degrees, a far island, and a neighbour with its own outline
    CountryOutlines outlines =
        CountryOutlines.of(
            List.of(
                List.of(polygon(square(0, 0, 10, 10)), polygon(square(40, 40, 41, 41))),
                List.of(polygon(square(10, 0, 20, 10)))));
    List<double[]> places = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    for (int i = 0; i < 50; i++) { // the capital region crowds one corner
      places.add(new double[] {9.5, 9.5});
      countries.add("AA");
    }
    places.add(new double[] {40.5, 40.5});
    countries.add("AA");
    places.add(new double[] {5, 15});
    countries.add("BB");
    places.add(new double[] {5, 9.9}); // a border town of BB inside AA's outline
    countries.add("BB");

    var points = outlines.countryPoints(places, countries);

    assertThat(points.get("AA")[0]).isCloseTo(5.0, within(0.1));
    assertThat(points.get("AA")[1]).isCloseTo(5.0, within(0.1));
    assertThat(points.get("BB")[1]).isCloseTo(15.0, within(0.1));
    assertThat(points).doesNotContainKey("CC");
  }

  @Test
  void weighsHighLatitudesByTheAreaTheyCover() {
    // from the equator to 80 degrees north, most of the area is in the south
    double[] centre = CountryOutlines.centre(polygon(square(0, 0, 10, 80)));
    assertThat(centre[0]).isLessThan(35.0).isGreaterThan(25.0);
  }

  @Test
  void keepsBritishAndIrishCountiesNamedBareButNotTownsUnderACouncilTitle() {
    assertThat(GazetteerDerivation.keepsAdmin2("GB.ENG.P5", "Surrey", Set.of("guildford")))
        .isTrue();
    assertThat(GazetteerDerivation.keepsAdmin2("IE.M.11", "Clare", Set.of("ennis"))).isTrue();
    assertThat(GazetteerDerivation.keepsAdmin2("GB.ENG.H1", "Reading", Set.of("reading")))
        .isFalse();
    assertThat(GazetteerDerivation.keepsAdmin2("GB.SCT.V2", "Glasgow City", Set.of())).isFalse();
    assertThat(GazetteerDerivation.keepsAdmin2("GB.ENG.A1", "Borough of Bolton", Set.of()))
        .isFalse();
  }

  @Test
  void keepsOtherCountriesAdmin2OnlyWithAUnitWord() {
    assertThat(GazetteerDerivation.keepsAdmin2("US.TX.453", "Travis County", Set.of())).isTrue();
    assertThat(GazetteerDerivation.keepsAdmin2("FR.11.75", "Paris", Set.of())).isFalse();
  }

  @Test
  void keepsAProvinceOfAnyCountryUnderTheNameNewsGivesItUnlessItIsItsTown() {
    assertThat(GazetteerDerivation.keepsAdmin2("PH.14.66", "Province of Sulu", Set.of("jolo")))
        .isTrue();
    assertThat(GazetteerDerivation.bareAdmin2Name("Province of Sulu")).isEqualTo("Sulu");
    assertThat(GazetteerDerivation.keepsAdmin2("IT.16.PI", "Province of Pisa", Set.of("pisa")))
        .isFalse();
    assertThat(GazetteerDerivation.bareAdmin2Name("Pisa")).isNull();
  }

  @Test
  void givesACountryGeoNamesOwnIdAndPointWhereKnownAndItsPlacesPointElsewhere(@TempDir Path dir)
      throws IOException {
    Path cities = dir.resolve("cities500.txt");
    Files.writeString(
        cities,
        String.join(
                "\n",
                cityLine(1, "Amarillo", 35.22, -101.83, "US", "TX", 200_000),
                cityLine(2, "Albany", 42.65, -73.76, "US", "NY", 100_000),
                cityLine(3, "Asuncion", -25.29, -57.65, "PY", "22", 500_000))
            + "\n");
    Path admin1 = dir.resolve("admin1.json");
    Files.writeString(
        admin1,
        "[{\"code\":\"US.TX\",\"name\":\"Texas\"},{\"code\":\"US.NY\",\"name\":\"New York\"},"
            + "{\"code\":\"PY.22\",\"name\":\"Asuncion\"}]");
    Path admin2 = dir.resolve("admin2.json");
    Files.writeString(admin2, "[]");
    Path features = dir.resolve("countries.json");
    Files.writeString(
        features,
        "{\"US\": {\"n\": \"United States\", \"gi\": 6252001, \"c\": {\"a\": 39.76, \"o\": -98.5}},"
            + " \"FR\": {\"gi\": 3017382, \"c\": {\"a\": 46, \"o\": 2}},"
            + " \"PY\": {\"gi\": 3437598}}");
    Path out = dir.resolve("gazetteer.tsv.gz");

    GazetteerDerivation.derive(cities, admin1, admin2, out, null, null, features);

    Map<String, String[]> countries = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(out)), StandardCharsets.UTF_8))) {
      in.lines()
          .map(line -> line.split("\t", -1))
          .filter(f -> f.length > 8 && f[8].equals("PCLI"))
          .forEach(f -> countries.put(f[6], f));
    }
    assertThat(countries).containsOnlyKeys("USA", "PRY"); // France has no places here
    assertThat(countries.get("USA")[0]).isEqualTo("6252001");
    assertThat(countries.get("USA")[4]).isEqualTo("39.7600");
    assertThat(countries.get("USA")[5]).isEqualTo("-98.5000");
    // an entry with no point is no country feature: the country is placed by its places
    assertThat(countries.get("PRY")[0]).isEqualTo("0");
    assertThat(Double.parseDouble(countries.get("PRY")[4])).isCloseTo(-25.5, within(0.5));
  }

  @Test
  void refusesACountryFeatureFileThatIsNotAnObjectByCode(@TempDir Path dir) throws IOException {
    Path features = dir.resolve("countries.json");
    Files.writeString(features, "[1, 2]");
    assertThatThrownBy(() -> GazetteerDerivation.readCountryFeatures(features))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("keyed by country code");
  }

  /** A line of the GeoNames dump format, with the columns the derivation reads. */
  private static String cityLine(
      long id, String name, double lat, double lon, String cc, String admin1, long population) {
    String[] f = new String[19];
    Arrays.fill(f, "");
    f[0] = Long.toString(id);
    f[1] = name;
    f[2] = name;
    f[4] = Double.toString(lat);
    f[5] = Double.toString(lon);
    f[6] = "P";
    f[7] = "PPL";
    f[8] = cc;
    f[10] = admin1;
    f[14] = Long.toString(population);
    return String.join("\t", f);
  }
}
