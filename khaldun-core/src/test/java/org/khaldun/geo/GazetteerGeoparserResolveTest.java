package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khaldun.actors.ActorDictionary;

/** Names found elsewhere, resolved in the context of each other and the words around them. */
class GazetteerGeoparserResolveTest {

  private static final ActorDictionary COUNTRIES =
      ActorDictionary.load(
          new StringReader(
              "IRQ | type=country | name=Iraq | adjectives=Iraqi\n"
                  + "LBN | type=country | name=Lebanon | adjectives=Lebanese\n"
                  + "CAN | type=country | name=Canada | adjectives=Canadian\n"),
          "test-countries.txt");

  private final GazetteerGeoparser geoparser =
      GazetteerGeoparser.create(FixtureGazetteer.load(), COUNTRIES);

  /** Resolves the given phrases where they first occur in {@code text}. */
  private List<Optional<Place>> resolve(String text, String... phrases) {
    List<GazetteerGeoparser.Toponym> names = new ArrayList<>();
    for (String phrase : phrases) {
      names.add(toponym(text, phrase));
    }
    return geoparser.resolve(text, names);
  }

  @Test
  void placesANameTheGazetteerLacksAtTheArticlesMostNamedPlace() {
    List<Optional<Place>> places =
        resolve(
            "Dallas police said a fire on Silkwood Trail in Dallas spread overnight.",
            "Dallas",
            "Silkwood Trail");
    Place dallas = places.get(0).orElseThrow();
    assertThat(places.get(1))
        .hasValueSatisfying(
            p -> {
              assertThat(p.precision()).isEqualTo(Precision.NEAR);
              assertThat(p.name()).isEqualTo("Silkwood Trail");
              assertThat(p.geonameId()).isZero();
              assertThat(p.lat()).isEqualTo(dallas.lat());
              assertThat(p.admin1Code()).isEqualTo(dallas.admin1Code());
            });
    assertThat(resolve("A fire on Silkwood Trail spread overnight.", "Silkwood Trail").get(0))
        .isEmpty();
  }

  @Test
  void placesANameTheGazetteerLacksAtTheMostNamedPlaceOfTheCountryTheArticleNamesMost() {
    String text =
        "Flights from Dallas resumed. In Canada, officials in Toronto said the Silkwood Trail"
            + " clinic reopened, the first in Canada.";
    int second = text.lastIndexOf("Canada");
    List<Optional<Place>> places =
        geoparser.resolve(
            text,
            List.of(
                toponym(text, "Dallas"),
                toponym(text, "Canada"),
                toponym(text, "Toronto"),
                toponym(text, "Silkwood Trail"),
                new GazetteerGeoparser.Toponym(second, second + "Canada".length())));
    assertThat(places.get(3))
        .hasValueSatisfying(
            p -> {
              assertThat(p.precision()).isEqualTo(Precision.NEAR);
              assertThat(p.country()).isEqualTo("CAN");
              assertThat(p.lat()).isEqualTo(places.get(2).orElseThrow().lat());
            });
  }

  private static GazetteerGeoparser.Toponym toponym(String text, String phrase) {
    int at = text.indexOf(phrase);
    return new GazetteerGeoparser.Toponym(at, at + phrase.length());
  }

  @Test
  void placesANameTheGazetteerLacksInTheOnlyStateTheArticleNames() {
    List<Optional<Place>> places =
        resolve(
            "Silkwood Township officials in Texas approved the budget.",
            "Silkwood Township",
            "Texas");
    assertThat(places.get(0))
        .hasValueSatisfying(
            p -> {
              assertThat(p.precision()).isEqualTo(Precision.NEAR);
              assertThat(p.admin1Code()).isEqualTo("US.TX");
            });
  }

  @Test
  void takesAStateInAListOfStatesOverItsNamesakeTownInAnother() {
    List<Optional<Place>> places =
        resolve(
            "Cases were reported in Texas, Maryland and California.",
            "Texas",
            "Maryland",
            "California");
    assertThat(places.get(2)).map(Place::precision).hasValue(Precision.ADMIN1);
    assertThat(resolve("The fair in California, a town of St. Mary's County.", "California").get(0))
        .map(Place::precision)
        .hasValue(Precision.ADMIN1);
  }

  @Test
  void takesAStateAmongNamedStatesOverItsNamesakeTownInOneOfThem() {
    List<Optional<Place>> places =
        resolve(
            "Cases were reported in Texas, Missouri, California and Oregon.",
            "Texas",
            "Missouri",
            "California",
            "Oregon");
    assertThat(places.get(2)).map(Place::admin1Code).hasValue("US.CA");
    assertThat(places.get(3)).map(Place::admin1Code).hasValue("US.OR");
  }

  @Test
  void keepsWashingtonTheCapitalAmongNamedStates() {
    List<Optional<Place>> places =
        resolve(
            "Officials in Texas, Maryland and Washington met on Monday.",
            "Texas",
            "Maryland",
            "Washington");
    assertThat(places.get(2)).map(Place::featureCode).hasValue("PPLC");
  }

  @Test
  void readsAListMemberAtTheRankOfTheOthersNotAsATownAListedStateVouchesFor() {
    String text = "Outbreaks were confirmed in Missouri, Washington and Oregon.";
    assertThat(resolve(text, "Missouri", "Washington", "Oregon").get(1))
        .hasValueSatisfying(
            p -> {
              assertThat(p.precision()).isEqualTo(Precision.ADMIN1);
              assertThat(p.admin1Code()).isEqualTo("US.WA");
            });
    // not a list: the town in the state the sentence names
    assertThat(
            resolve(
                    "The fair in Washington drew crowds from all over Missouri.",
                    "Washington",
                    "Missouri")
                .get(0))
        .map(Place::featureCode)
        .hasValue("PPL");
  }

  @Test
  void readsAListMemberAsACountryWhenTheOthersAreCountries() {
    assertThat(
            resolve(
                    "Storms hit Texas and Maryland, and observers from France, Georgia and Russia"
                        + " watched.",
                    "Texas",
                    "Maryland",
                    "France",
                    "Georgia",
                    "Russia")
                .get(3))
        .map(Place::country)
        .hasValue("GEO");
    assertThat(
            resolve(
                    "Storms hit Texas, Georgia and Maryland on Monday.",
                    "Texas",
                    "Georgia",
                    "Maryland")
                .get(1))
        .map(Place::admin1Code)
        .hasValue("US.GA");
  }

  @Test
  void readsTheRegionAfterATownAndACommaAsTheOneThatHoldsIt() {
    List<Optional<Place>> places =
        resolve(
            "Stores in California and Texas pulled the food. Menu Foods, based in Mississauga,"
                + " Ontario, recalled it.",
            "California",
            "Texas",
            "Mississauga",
            "Ontario");
    assertThat(places.get(2)).map(Place::country).hasValue("CAN");
    assertThat(places.get(3))
        .hasValueSatisfying(
            p -> {
              assertThat(p.precision()).isEqualTo(Precision.ADMIN1);
              assertThat(p.admin1Code()).isEqualTo("CA.08");
            });
  }

  @Test
  void keepsACountrySpelledAsTheTextOverATownThatOnlyFoldingJoinsWhateverItsNeighbours() {
    List<Optional<Place>> places =
        resolve(
            "Dallas, Paris and Travis County, Texas, sent aid to Iran.",
            "Dallas",
            "Paris",
            "Travis County",
            "Texas",
            "Iran");
    assertThat(places.get(4)).map(Place::country).hasValue("IRN");
  }

  @Test
  void townsNamedAfterCountriesDoNotVouchForANamesakeOfABigCity() {
    List<Optional<Place>> places =
        resolve(
            "Cases were confirmed in Dallas, Poland, Russia and Toronto.",
            "Dallas",
            "Poland",
            "Russia",
            "Toronto");
    assertThat(places.get(3)).map(Place::country).hasValue("CAN");
  }

  @Test
  void placesASmallPlaceAbroadReachedOnlyByAVariantSpellingAsALocalPlace() {
    List<Optional<Place>> places =
        resolve("Dallas police searched Alstone, near Dallas, on Monday.", "Dallas", "Alstone");
    assertThat(places.get(1))
        .hasValueSatisfying(
            p -> {
              assertThat(p.precision()).isEqualTo(Precision.NEAR);
              assertThat(p.country()).isEqualTo("USA");
            });
  }

  @Test
  void placesASmallPlaceInAnotherStateReachedOnlyByAVariantSpellingAsALocalPlace() {
    List<Optional<Place>> places =
        resolve(
            "Dallas police searched a house in Lanexa, near Dallas, on Monday.",
            "Dallas",
            "Lanexa");
    assertThat(places.get(1))
        .hasValueSatisfying(
            p -> {
              assertThat(p.precision()).isEqualTo(Precision.NEAR);
              assertThat(p.admin1Code()).isEqualTo("US.TX");
            });
  }

  @Test
  void prefersTheTownSpelledAsTheTextOverABiggerOneThatOnlyFoldingJoins() {
    assertThat(resolve("A bomb exploded near Samarra on Monday.", "Samarra").get(0))
        .map(Place::country)
        .hasValue("IRQ");
    assertThat(resolve("Flights to Samara resumed on Monday.", "Samara").get(0))
        .map(Place::country)
        .hasValue("RUS");
  }

  @Test
  void takesThePublishersCountryWhenTheNamesSettleNone() {
    String text = "Tripoli council approves new budget. The council met on Monday.";
    List<GazetteerGeoparser.Toponym> tripoli = List.of(new GazetteerGeoparser.Toponym(0, 7));

    assertThat(geoparser.resolve(text, tripoli).get(0)).map(Place::country).hasValue("LBY");
    assertThat(geoparser.resolve(text, "https://www.example.com.lb/news/budget", tripoli).get(0))
        .map(Place::country)
        .hasValue("LBN");
    assertThat(geoparser.resolve(text, "https://news.example.tv/budget", tripoli).get(0))
        .map(Place::country)
        .hasValue("LBY");
  }

  @Test
  void leansToThePublishersCountryWhereTheNamesSettleAnother() {
    String text = "Officials from Baghdad, Iraq, met London police and Ontario officials.";
    List<GazetteerGeoparser.Toponym> names = new ArrayList<>();
    for (String phrase : List.of("Baghdad", "Iraq", "London", "Ontario")) {
      int at = text.indexOf(phrase);
      names.add(new GazetteerGeoparser.Toponym(at, at + phrase.length()));
    }

    assertThat(geoparser.resolve(text, names).get(2)).map(Place::country).hasValue("GBR");
    assertThat(geoparser.resolve(text, "https://lfpress.example.ca/news/1", names).get(2))
        .map(Place::country)
        .hasValue("CAN");
  }

  @Test
  void namesOutrankThePublishersCountry() {
    String text = "Tripoli, Lebanon: the Lebanese army moved into Tripoli on Monday.";
    int at = text.lastIndexOf("Tripoli");
    List<GazetteerGeoparser.Toponym> names =
        List.of(new GazetteerGeoparser.Toponym(9, 16), new GazetteerGeoparser.Toponym(at, at + 7));
    assertThat(geoparser.resolve(text, "https://www.example.ly/", names).get(1))
        .map(Place::country)
        .hasValue("LBN");
  }

  @Test
  void resolvesParisToTexasWhenTheArticleAlsoNamesDallas() {
    List<Optional<Place>> places =
        resolve("Storms hit Paris and Dallas overnight.", "Paris", "Dallas");

    assertThat(places.get(0)).get().extracting(Place::admin1Code).isEqualTo("US.TX");
  }

  @Test
  void countsAnAddressAbroadOnceAgainstTheStorysOwnPlaces() {
    List<Optional<Place>> places =
        resolve(
            "Dallas and Paris officials hired a firm from Toronto, Ontario, Canada.",
            "Dallas",
            "Paris",
            "Toronto",
            "Ontario",
            "Canada");
    assertThat(places.get(1)).map(Place::geonameId).hasValue(4717560L);
    assertThat(places.get(2)).map(Place::country).hasValue("CAN");
  }

  @Test
  void readsStAsSaintWhenTellingAPlacesOwnName() {
    assertThat(resolve("St. Paul police arrested two men.", "St. Paul").get(0))
        .map(Place::geonameId)
        .hasValue(5045360L);
  }

  @Test
  void resolvesParisToFranceWithNoContext() {
    assertThat(resolve("The mayor of Paris spoke.", "Paris").get(0))
        .get()
        .extracting(Place::country)
        .isEqualTo("FRA");
  }

  @Test
  void readsTheRegionAfterACommaAsTheContainer() {
    assertThat(resolve("He moved to Paris, Texas, last year.", "Paris").get(0))
        .get()
        .extracting(Place::geonameId)
        .isEqualTo(4717560L);
  }

  @Test
  void readsANameInAListClosedByCountiesAsItsCounty() {
    List<Optional<Place>> places =
        resolve("Fires burned in Travis and Hays counties, Texas.", "Travis", "Texas");
    assertThat(places.get(0))
        .hasValueSatisfying(
            p -> {
              assertThat(p.name()).isEqualTo("Travis County");
              assertThat(p.precision()).isEqualTo(Precision.ADMIN2);
            });
    assertThat(
            resolve("Residents of Travis, Hays, Bastrop, Caldwell or Blanco counties.", "Travis")
                .get(0))
        .map(Place::precision)
        .hasValue(Precision.ADMIN2);
  }

  @Test
  void readsStatesJoinedByCommasAsAListNotATownAndItsState() {
    List<Optional<Place>> places =
        resolve("Cases in Oregon, Missouri and Texas rose.", "Oregon", "Missouri", "Texas");
    assertThat(places.get(0)).map(Place::precision).hasValue(Precision.ADMIN1);
    assertThat(places.get(0)).map(Place::admin1Code).hasValue("US.OR");
    assertThat(resolve("A fire in Oregon, Mo., was put out.", "Oregon").get(0))
        .map(Place::geonameId)
        .hasValue(4402245L);
  }

  @Test
  void keepsAStateNamedWithItsCountryAfterAComma() {
    assertThat(resolve("Fires burned in California, United States.", "California").get(0))
        .map(Place::precision)
        .hasValue(Precision.ADMIN1);
  }

  @Test
  void placesATownTheGazetteerLacksInTheStateNamedAfterIt() {
    assertThat(resolve("She grew up in Paris, Arkansas, near the river.", "Paris").get(0))
        .hasValueSatisfying(
            p -> {
              assertThat(p.precision()).isEqualTo(Precision.NEAR);
              assertThat(p.admin1Code()).isEqualTo("US.AR");
            });
  }

  @Test
  void readsABareNameAsTheCountyOfTheStorysProvinceWhenNoTownThereHasIt() {
    List<Optional<Place>> places =
        resolve(
            "The Ontario budget pleased Woodstock and Oxford councillors.",
            "Ontario",
            "Woodstock",
            "Oxford");
    assertThat(places.get(2))
        .hasValueSatisfying(
            p -> {
              assertThat(p.name()).isEqualTo("Oxford County");
              assertThat(p.admin1Code()).isEqualTo("CA.08");
            });
    assertThat(resolve("Deputies in Travis arrested two men.", "Travis").get(0))
        .map(Place::name)
        .hasValue("Travis County");
    assertThat(resolve("Students at Oxford met on Monday.", "Oxford").get(0))
        .map(Place::country)
        .hasValue("GBR");
  }

  @Test
  void keepsOnlyAdmin1UnitsBeforeTheWordProvince() {
    assertThat(resolve("Fighting spread in Kerbala province.", "Kerbala").get(0))
        .get()
        .extracting(Place::precision)
        .isEqualTo(Precision.ADMIN1);
  }

  @Test
  void resolvesANameThatCarriesItsUnitWordToTheAdmin1Unit() {
    assertThat(resolve("Clashes in Kerbala Governorate.", "Kerbala Governorate").get(0))
        .get()
        .extracting(Place::precision)
        .isEqualTo(Precision.ADMIN1);
  }

  @Test
  void resolvesADottedStateAbbreviationGivenAsAName() {
    assertThat(resolve("A storm hit Hope, Ark. on Monday.", "Ark.").get(0))
        .get()
        .extracting(Place::name)
        .isEqualTo("Arkansas");
  }

  @Test
  void resolvesCountryAdjectivesAndDemonymsToTheirCountries() {
    List<Optional<Place>> places =
        resolve("Iraqis and Lebanese officials met.", "Iraqis", "Lebanese");

    assertThat(places).extracting(p -> p.orElseThrow().country()).containsExactly("IRQ", "LBN");
    assertThat(places)
        .allSatisfy(p -> assertThat(p.orElseThrow().precision()).isEqualTo(Precision.COUNTRY));
  }

  @Test
  void readsACountryAdjectiveAsItsCountryBeforeANamesakeTown() {
    assertThat(resolve("Canadian and Iraqi officials met in Beirut.", "Canadian").get(0))
        .map(Place::country)
        .hasValue("CAN");
  }

  @Test
  void resolvesFormerProvincesThatNewsStillNames() {
    List<Optional<Place>> places =
        resolve(
            "Cholera spread from Nyanza province to the Rift Valley and Oppland.",
            "Nyanza",
            "Rift Valley",
            "Oppland");
    assertThat(places)
        .extracting(p -> p.orElseThrow().country())
        .containsExactly("KEN", "KEN", "NOR");
    assertThat(places)
        .allSatisfy(p -> assertThat(p.orElseThrow().precision()).isEqualTo(Precision.REGION));
  }

  @Test
  void takesTheOceanOverANamesakeTownInTheStoryCountry() {
    List<Optional<Place>> places =
        resolve(
            "Birds from Dallas and Paris, Texas, fly over the Pacific.",
            "Dallas",
            "Paris",
            "Texas",
            "Pacific");
    assertThat(places.get(3)).map(Place::precision).hasValue(Precision.REGION);
  }

  @Test
  void resolvesNamedRegionsAndSitesFromTheCuratedList() {
    List<Optional<Place>> places =
        resolve(
            "Drought across the Sahel; troops at Ain al-Asad; talks in the Kurdistan Region.",
            "Sahel",
            "Ain al-Asad",
            "Kurdistan Region");

    assertThat(places.get(0).orElseThrow().precision()).isEqualTo(Precision.REGION);
    assertThat(places.get(0).orElseThrow().country()).isEmpty();
    assertThat(places.get(1).orElseThrow().precision()).isEqualTo(Precision.POINT);
    assertThat(places.get(1).orElseThrow().country()).isEqualTo("IRQ");
    assertThat(places.get(2).orElseThrow().country()).isEqualTo("IRQ");
  }

  @Test
  void resolvesSeasIslandsAndMountainsFromTheCuratedList() {
    List<Optional<Place>> places =
        resolve(
            "Ships in the Black Sea, floods on Java and fighting in the Qandil Mountains.",
            "Black Sea",
            "Java",
            "Qandil Mountains");

    assertThat(places)
        .allSatisfy(p -> assertThat(p).map(Place::precision).hasValue(Precision.REGION));
    assertThat(places)
        .extracting(p -> p.orElseThrow().featureCode())
        .containsExactly("SEA", "ISL", "MTS");
    assertThat(places.get(1).orElseThrow().country()).isEqualTo("IDN");
  }

  @Test
  void resolvesTheRestWhenOneNameIsUnknown() {
    List<Optional<Place>> places =
        resolve("From Nowhereville to Ramadi.", "Nowhereville", "Ramadi");

    assertThat(places.get(0)).get().extracting(Place::precision).isEqualTo(Precision.NEAR);
    assertThat(places.get(1)).get().extracting(Place::name).isEqualTo("Ramadi");
  }

  @Test
  void resolvesASpellingOneEditFromAKnownName() {
    assertThat(resolve("Clashes went on in Ramady.", "Ramady").get(0))
        .get()
        .extracting(Place::name)
        .isEqualTo("Ramadi");
  }

  @Test
  void rejectsANameOutsideTheText() {
    List<GazetteerGeoparser.Toponym> names = List.of(new GazetteerGeoparser.Toponym(3, 40));

    assertThatThrownBy(() -> geoparser.resolve("short", names))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
  }

  @Test
  void failsOnAMalformedRegionLineWithItsLineNumber() {
    String tsv = "# header\nSahel\t15.0\t5.0\t-\tRGN\nAtlantis\tnorth\t5.0\t-\tRGN\n";

    assertThatThrownBy(
            () ->
                NamedRegions.load(
                    new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "r.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("r.tsv:3: bad coordinate");
  }
}
