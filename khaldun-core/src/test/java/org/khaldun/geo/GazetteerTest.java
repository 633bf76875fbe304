package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = FixtureGazetteer.load();

  @Test
  void countsEveryRow() {
    assertThat(gazetteer.size()).isEqualTo(28);
  }

  @Test
  void findsAlRamadiUnderRamadi() {
    assertThat(gazetteer.findBest("al-Ramadi"))
        .get()
        .extracting(Place::geonameId)
        .isEqualTo(98717L);
  }

  @Test
  void prefersParisFranceOverParisTexas() {
    assertThat(gazetteer.find("Paris")).extracting(Place::country).containsExactly("FRA", "USA");
  }

  @Test
  void prefersALargeSeatCityOverItsGovernorateForTheBareName() {
    Place best = gazetteer.findBest("Karbala").orElseThrow();
    assertThat(best.precision()).isEqualTo(Precision.POINT);
    assertThat(best.admin1Name()).isEqualTo("Karbala");
  }

  @Test
  void ranksACountryAboveEverythingOfItsName() {
    assertThat(gazetteer.findBest("United States of America"))
        .get()
        .extracting(Place::precision)
        .isEqualTo(Precision.COUNTRY);
  }

  @Test
  void addsSupplementAliasesToAdminUnits() {
    assertThat(gazetteer.find("Salahuddin"))
        .singleElement()
        .extracting(Place::admin1Code)
        .isEqualTo("IQ.18");
    assertThat(gazetteer.find("Kerbala"))
        .extracting(Place::precision)
        .contains(Precision.ADMIN1, Precision.POINT);
  }

  @Test
  void findsNothingForUnknownNames() {
    assertThat(gazetteer.find("Atlantis")).isEmpty();
    assertThat(gazetteer.findBest("")).isEmpty();
  }

  @Test
  void failsOnAMalformedRowWithItsLineNumber() {
    assertThatThrownBy(() -> Gazetteer.load(FixtureGazetteer.gzipped("# header\n1\tOnly\tthree\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gazetteer:2");
  }

  @Test
  void failsOnASupplementLineForAnUnknownUnit() {
    var supplement = new ByteArrayInputStream("XX.99\tNowhere\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () ->
                Gazetteer.load(
                    FixtureGazetteer.gzipped("0\tIraq\t\t\t33\t44\tIRQ\t\tPCLI\t1\n"), supplement))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("supplement:1")
        .hasMessageContaining("XX.99");
  }
}
