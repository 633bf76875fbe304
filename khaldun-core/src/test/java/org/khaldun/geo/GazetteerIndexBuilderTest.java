package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerIndexBuilderTest {

  static final List<String> FILES =
      List.of("cities500.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "alternateNamesV2.txt");

  @TempDir static Path work;

  private static GazetteerIndexBuilder.Result result;
  private static Gazetteer gazetteer;
  private static final List<Long> progress = new ArrayList<>();

  /** Copies the fixture dump (resources geonames/) into {@code dir}. */
  static void copyFixtureDump(Path dir) {
    try {
      Files.createDirectories(dir);
      for (String name : FILES) {
        try (InputStream in =
            GazetteerIndexBuilderTest.class.getResourceAsStream("geonames/" + name)) {
          Files.copy(in, dir.resolve(name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void buildFromTheFixtureDump() {
    Path dump = work.resolve("geonames");
    copyFixtureDump(dump);
    result = GazetteerIndexBuilder.build(dump, work.resolve("index"), progress::add);
    gazetteer = Gazetteer.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    gazetteer.close();
  }

  @Test
  void countsWhatItWrote() {
    assertThat(result.places()).isEqualTo(6);
    assertThat(result.admin1Units()).isEqualTo(6);
    assertThat(result.admin2Units()).isEqualTo(2);
    assertThat(result.countries())
        .isGreaterThan(200); // the shipped gazetteer's, without allCountries
    assertThat(result.alternateNames()).isEqualTo(4);
    assertThat(gazetteer.size()).isEqualTo(result.entries());
  }

  @Test
  void findsPlacesWithTheirIdsAndAdmin1Names() {
    Place karbala = gazetteer.findBest("Karbala").orElseThrow();
    assertThat(karbala.geonameId()).isEqualTo(94824L);
    assertThat(karbala.admin1Code()).isEqualTo("IQ.12");
    assertThat(karbala.admin1Name()).isEqualTo("Karbalāʼ");
    assertThat(karbala.featureCode()).isEqualTo("PPLA");
    assertThat(karbala.population()).isEqualTo(434450L);
    assertThat(gazetteer.find("Paris"))
        .extracting(Place::geonameId)
        .startsWith(2988507L) // the capital, then the department and Paris, Texas
        .contains(2968815L, 4717560L);
  }

  @Test
  void givesAdminUnitsTheirGeoNamesIds() {
    assertThat(gazetteer.find("Salah ad Din"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.geonameId()).isEqualTo(91695L);
              assertThat(p.precision()).isEqualTo(Precision.ADMIN1);
            });
    assertThat(gazetteer.find("Lamar County"))
        .singleElement()
        .extracting(Place::geonameId, Place::precision, Place::admin1Name)
        .containsExactly(4705086L, Precision.ADMIN2, "Texas");
  }

  @Test
  void givesPlacesTheAdmin2UnitTheyLieIn() {
    Place parisTexas =
        gazetteer.find("Paris").stream()
            .filter(p -> p.geonameId() == 4717560L)
            .findFirst()
            .orElseThrow();
    assertThat(parisTexas.admin2Code()).isEqualTo("US.TX.277");
    assertThat(parisTexas.admin2Name()).isEqualTo("Lamar County");
    assertThat(gazetteer.find("Lamar County").get(0).admin2Code()).isEqualTo("US.TX.277");
  }

  @Test
  void addsAlternateNamesFromTheAlternateNamesFile() {
    assertThat(gazetteer.find("Kerbala")).extracting(Place::geonameId).contains(94824L);
    assertThat(gazetteer.find("Karbala Governorate"))
        .extracting(Place::geonameId)
        .containsExactly(94823L);
    assertThat(gazetteer.find("Saladin Governorate"))
        .extracting(Place::geonameId)
        .containsExactly(91695L);
    assertThat(gazetteer.find("Paris Department"))
        .extracting(Place::geonameId)
        .containsExactly(2968815L);
  }

  @Test
  void skipsLinksCodesColloquialHistoricAndNonLatinNames() {
    assertThat(gazetteer.find("Baghdad City")).isEmpty();
    assertThat(gazetteer.find("Lutèce")).isEmpty();
    assertThat(gazetteer.find("RMD")).isEmpty();
    assertThat(gazetteer.find("Lone Star State")).isEmpty();
    assertThat(gazetteer.find("Surra Man Raa")).isEmpty();
    assertThat(gazetteer.find("بغداد")).isEmpty();
    assertThat(gazetteer.find("Nowhere")).isEmpty();
  }

  @Test
  void namesCountriesInSeveralLanguages() {
    assertThat(gazetteer.findBest("Iraq"))
        .get()
        .extracting(Place::country, Place::precision)
        .containsExactly("IRQ", Precision.COUNTRY);
    assertThat(gazetteer.findBest("Irak")).get().extracting(Place::country).isEqualTo("IRQ");
    assertThat(gazetteer.findBest("Frankreich")).get().extracting(Place::country).isEqualTo("FRA");
  }

  @Test
  void findsKerbalaVariantsOneEditAway() {
    assertThat(gazetteer.find("Kirbala")).isEmpty();
    assertThat(gazetteer.findFuzzy("Kirbala")).extracting(Place::geonameId).contains(94824L);
    assertThat(gazetteer.findFuzzy("Kerballa")).extracting(Place::geonameId).contains(94824L);
  }

  @Test
  void failsOnAShortLineWithFileLineAndReason(@TempDir Path dir) throws IOException {
    copyFixtureDump(dir);
    Files.writeString(
        dir.resolve("cities500.txt"),
        "1\tOnly\tthree\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    assertThatThrownBy(() -> GazetteerIndexBuilder.build(dir, dir.resolve("index"), n -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cities500.txt:7: expected 19 columns, got 3");
  }

  @Test
  void failsOnABadNumberWithFileLineAndReason(@TempDir Path dir) throws IOException {
    copyFixtureDump(dir);
    Files.writeString(
        dir.resolve("alternateNamesV2.txt"),
        "13\tninety\ten\tX\t\t\t\t\t\t\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    assertThatThrownBy(() -> GazetteerIndexBuilder.build(dir, dir.resolve("index"), n -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alternateNamesV2.txt:13: bad geonameid: 'ninety'");
  }

  @Test
  void failsWithoutAPlacesFileOrAnAdmin1Table(@TempDir Path dir) throws IOException {
    copyFixtureDump(dir);
    Files.delete(dir.resolve("admin1CodesASCII.txt"));
    assertThatThrownBy(() -> GazetteerIndexBuilder.build(dir, dir.resolve("index"), n -> {}))
        .hasMessageContaining("no admin1CodesASCII.txt in");
    Files.delete(dir.resolve("cities500.txt"));
    assertThatThrownBy(() -> GazetteerIndexBuilder.build(dir, dir.resolve("index"), n -> {}))
        .hasMessageContaining("no allCountries.txt nor cities500.txt in");
  }
}
