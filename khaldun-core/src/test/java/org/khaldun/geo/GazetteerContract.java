package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Gazetteer} must do, on the fixture gazetteer and its supplement: each
 * implementation's test extends this class and supplies the gazetteer (the pattern of Lucene's
 * {@code BaseTokenStreamTestCase}).
 */
abstract class GazetteerContract {

  /** The fixture gazetteer (fixture-gazetteer.tsv and fixture-supplement.tsv), however stored. */
  abstract Gazetteer gazetteer();

  private Gazetteer gazetteer;

  @BeforeEach
  void openGazetteer() {
    gazetteer = gazetteer();
  }

  @Test
  void countsEveryRow() {
    assertThat(gazetteer.size()).isEqualTo(66);
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
  void findsKarbalaOneEditAwayFromKarbela() {
    assertThat(gazetteer.find("Karbela")).isEmpty();
    assertThat(gazetteer.findFuzzy("Karbela"))
        .extracting(Place::geonameId)
        .first()
        .isEqualTo(94824L);
    assertThat(gazetteer.findFuzzy("Kerbalah")).extracting(Place::admin1Code).contains("IQ.12");
  }

  @Test
  void countsATranspositionAsOneEdit() {
    assertThat(gazetteer.findFuzzy("Parsi"))
        .extracting(Place::country)
        .containsExactly("FRA", "USA");
  }

  @Test
  void includesExactMatchesInFuzzyResults() {
    assertThat(gazetteer.findFuzzy("al-Ramadi")).extracting(Place::geonameId).contains(98717L);
  }

  @Test
  void findsFuzzyMatchesOfSupplementAliases() {
    assertThat(gazetteer.findFuzzy("Salahudin")).extracting(Place::admin1Code).contains("IQ.18");
  }

  @Test
  void keepsFuzzyLookupForLongNamesWithTheFirstLetterRight() {
    assertThat(gazetteer.findFuzzy("Pari")).isEmpty();
    assertThat(gazetteer.findFuzzy("Baris")).isEmpty();
    assertThat(gazetteer.findFuzzy("Karbalazy")).isEmpty();
  }

  @Test
  void returnsTheSameCandidatesForTheSameKeyTwice() {
    assertThat(gazetteer.find("Paris")).isEqualTo(gazetteer.find("Paris"));
    assertThat(gazetteer.findFuzzy("Karbela")).isEqualTo(gazetteer.findFuzzy("Karbela"));
  }
}
