package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.khaldun.nlp.SentenceFixture.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.actors.Actor;
import org.khaldun.actors.ActorMention;
import org.khaldun.actors.Sector;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.EntityMention;
import org.khaldun.nlp.EntityType;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

class GazetteerGeoparserTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
  private static final Actor US_GOVERNMENT =
      new Actor("USAGOV", "United States government", "USA", Sector.GOV, "USAGOV", List.of());
  private static final Actor IRAQ = new Actor("IRQ", "Iraq", "IRQ", null, "IRQ", List.of());

  private final GazetteerGeoparser geoparser = GazetteerGeoparser.create(FixtureGazetteer.load());

  private List<PlaceMention> locate(String... sentences) {
    return geoparser.locate(article(DAY, sentences), List.of());
  }

  @Test
  void resolvesKerbalaToKarbalaGovernorate() {
    List<PlaceMention> found = locate("Attacks rose in Kerbala province last month.");
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text()).isEqualTo("Kerbala");
              assertThat(m.place().precision()).isEqualTo(Precision.ADMIN1);
              assertThat(m.place().admin1Code()).isEqualTo("IQ.12");
            });
  }

  @Test
  void resolvesTheProvinceOfPhraseToTheAdminUnit() {
    assertThat(locate("Cells remain in the province of Karbala."))
        .singleElement()
        .extracting(m -> m.place().precision())
        .isEqualTo(Precision.ADMIN1);
  }

  @Test
  void resolvesABareLargeCityNameToTheCity() {
    assertThat(locate("Pilgrims gathered in [Karbala]{LOCATION}."))
        .singleElement()
        .extracting(m -> m.place().geonameId())
        .isEqualTo(94824L);
  }

  @Test
  void takesNoRegionForACommonWordThatStartsASentence() {
    // "Man" folds to the key of Ma'an, a Jordanian governorate; capitals say nothing there.
    assertThat(locate("Man arrested after a raid near the border.")).isEmpty();
    assertThat(locate("Anbar was calm on Sunday."))
        .singleElement()
        .extracting(m -> m.place().admin1Code())
        .isEqualTo("IQ.01");
  }

  @Test
  void findsAlRamadiThatNerMissed() {
    List<PlaceMention> found = locate("Fighters entered al-Ramadi at dawn.");
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.place().geonameId()).isEqualTo(98717L);
              assertThat(m.text()).isEqualTo("al-Ramadi");
              assertThat(m.begin()).isEqualTo("Fighters entered ".length());
            });
  }

  @Test
  void findsSalahAdDinThatNerTaggedAsAPerson() {
    assertThat(locate("Cells are active in [Salah ad-Din]{PERSON} and Anbar."))
        .extracting(m -> m.place().admin1Code())
        .containsExactly("IQ.18", "IQ.01");
  }

  @Test
  void skipsWashingtonSaidAsTheUsGovernment() {
    AnnotatedArticle a = article(DAY, "[Washington]{LOCATION} said the strikes were legal.");
    List<ActorMention> actors =
        List.of(new ActorMention(US_GOVERNMENT, 0, 0, 1, 0, 10, "Washington"));
    assertThat(geoparser.locate(a, actors)).isEmpty();
  }

  @Test
  void keepsInWashingtonEvenWhenAnActorWasRecognised() {
    AnnotatedArticle a = article(DAY, "Talks were held in [Washington]{LOCATION}.");
    List<ActorMention> actors =
        List.of(new ActorMention(US_GOVERNMENT, 0, 4, 5, 19, 29, "Washington"));
    assertThat(geoparser.locate(a, actors))
        .singleElement()
        .extracting(m -> m.place().country())
        .isEqualTo("USA");
  }

  @Test
  void keepsABareCountryThatIsAlsoAnActor() {
    AnnotatedArticle a = article(DAY, "Iraq rejected the claim.");
    List<ActorMention> actors = List.of(new ActorMention(IRAQ, 0, 0, 1, 0, 4, "Iraq"));
    assertThat(geoparser.locate(a, actors))
        .singleElement()
        .extracting(m -> m.place().precision())
        .isEqualTo(Precision.COUNTRY);
  }

  @Test
  void prefersParisFranceWithoutContext() {
    assertThat(locate("Protests spread in [Paris]{LOCATION}."))
        .singleElement()
        .extracting(m -> m.place().country())
        .isEqualTo("FRA");
  }

  @Test
  void prefersCandidatesInTheArticlesDominantCountry() {
    List<PlaceMention> found =
        locate(
            "Clashes in [Beirut]{LOCATION} left two dead.",
            "[Lebanon]{LOCATION} closed its border.",
            "Fighting later reached [Tripoli]{LOCATION}.");
    assertThat(found).extracting(m -> m.place().country()).containsExactly("LBN", "LBN", "LBN");
    assertThat(locate("Fighting later reached [Tripoli]{LOCATION}."))
        .singleElement()
        .extracting(m -> m.place().country())
        .isEqualTo("LBY");
  }

  @Test
  void ignoresSmallTownsOutsideNerLocations() {
    assertThat(locate("Hope remains for the talks.")).isEmpty();
  }

  @Test
  void reportsMentionsInTextOrderWithSentenceIndexes() {
    List<PlaceMention> found =
        locate("Envoys flew from Baghdad to [Beirut]{LOCATION}.", "They met in Dallas.");
    assertThat(found).extracting(PlaceMention::text).containsExactly("Baghdad", "Beirut", "Dallas");
    assertThat(found).extracting(PlaceMention::sentence).containsExactly(0, 0, 1);
  }

  @Test
  void leavesUnknownLocationsOut() {
    assertThat(locate("They met in [Atlantis]{LOCATION}.")).isEmpty();
  }

  @Test
  void resolvesACapitalisedProvinceSuffixToTheAdminUnit() {
    assertThat(locate("Cells remain in Karbala Province and Anbar Governorate."))
        .extracting(m -> m.place().admin1Code(), m -> m.place().precision(), PlaceMention::text)
        .containsExactly(
            tuple("IQ.12", Precision.ADMIN1, "Karbala"), tuple("IQ.01", Precision.ADMIN1, "Anbar"));
  }

  @Test
  void ignoresCityNamesInsideLongerCapitalisedNames() {
    assertThat(locate("They walked down Paris Street.", "Dallas police made arrests.")).isEmpty();
  }

  @Test
  void ignoresCitiesMatchedOnlyThroughAnAlternateName() {
    assertThat(locate("Crowds cheered in Lutetia.")).isEmpty();
    assertThat(locate("Crowds cheered in [Lutetia]{LOCATION}."))
        .singleElement()
        .extracting(m -> m.place().geonameId())
        .isEqualTo(2988507L);
  }

  @Test
  void resolvesCityCommaStateToTheTownInThatState() {
    assertThat(locate("Schools closed in Paris, Texas, on Monday."))
        .extracting(m -> m.place().geonameId(), PlaceMention::text)
        .containsExactly(tuple(4717560L, "Paris"), tuple(0L, "Texas"));
  }

  @Test
  void admitsASmallTownNamedWithItsStateAbbreviation() {
    assertThat(locate("The plant near Hope, Ark. closed."))
        .extracting(m -> m.place().geonameId())
        .containsExactly(4115181L, 0L);
  }

  @Test
  void readsAStateAbbreviationOnlyAfterATownAndComma() {
    assertThat(locate("Ten people were hurt.", "The Ark was rebuilt.")).isEmpty();
  }

  @Test
  void findsTheTownThatNamesAnInstitution() {
    assertThat(locate("Officers of the [Dallas Police Department]{ORGANIZATION} arrived."))
        .singleElement()
        .extracting(m -> m.place().geonameId(), PlaceMention::text)
        .containsExactly(4684888L, "Dallas");
  }

  @Test
  void readsNamesBeforeCountiesAsCounties() {
    assertThat(locate("Schools in Travis and Hays counties closed."))
        .extracting(m -> m.place().precision(), PlaceMention::text)
        .containsExactly(tuple(Precision.ADMIN2, "Travis"));
  }

  @Test
  void findsACountyNamedWithItsUnitWord() {
    assertThat(locate("Flooding closed roads across Travis County on Monday."))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text()).isEqualTo("Travis County");
              assertThat(m.place().precision()).isEqualTo(Precision.ADMIN2);
              assertThat(m.place().admin1Code()).isEqualTo("US.TX");
            });
  }

  @Test
  void prefersCandidatesInTheArticlesDominantAdminUnit() {
    List<PlaceMention> found =
        locate(
            "Storms hit [Dallas]{LOCATION} on Monday.",
            "Power was cut across [Texas]{LOCATION}, including in [Paris]{LOCATION}.");
    assertThat(found).last().extracting(m -> m.place().geonameId()).isEqualTo(4717560L);
  }

  @Test
  void neverFailsOnOddAnnotations() {
    Sentence odd =
        new Sentence(
            0,
            0,
            7,
            "Baghdad",
            List.of(new Token(0, "Baghdad", "baghdad", "NNP", "LOCATION", 0, 7)),
            List.of(
                new EntityMention(EntityType.LOCATION, 0, 5, 0, 7, "Baghdad"),
                new EntityMention(EntityType.LOCATION, 1, 1, 7, 7, ""),
                new EntityMention(EntityType.PERSON, -1, 0, 0, 0, "")),
            List.of(),
            false);
    AnnotatedArticle a = new AnnotatedArticle(article(DAY, "x").article(), List.of(odd));
    List<ActorMention> elsewhere =
        List.of(new ActorMention(US_GOVERNMENT, 7, 0, 1, 0, 10, "Washington"));
    assertThat(geoparser.locate(a, elsewhere))
        .extracting(PlaceMention::text)
        .containsExactly("Baghdad");
    assertThat(geoparser.locate(article(DAY), List.of())).isEmpty();
    assertThat(locate("", "  ", "- , .", "al- ad- - Paris"))
        .extracting(PlaceMention::text)
        .containsExactly("Paris");
  }

  @Test
  void takesANameAsAPlaceAgainWhereItsSentenceSaysTooLittle() {
    List<PlaceMention> found =
        locate(
            "Floods reached [Ramadi]{LOCATION} on Monday.",
            "Ramadi raised its levee budget.",
            "The Ramadi Water Board met.");

    assertThat(found).extracting(PlaceMention::sentence).containsExactly(0, 1, 2);
    assertThat(found).extracting(m -> m.place().name()).containsOnly("Ramadi");
  }

  @Test
  void doesNotTakeANamePlaceAgainInsideAPersonsName() {
    List<PlaceMention> found =
        locate(
            "Floods reached [Ramadi]{LOCATION} on Monday.",
            "[Ahmed Ramadi]{PERSON} said the levee held.");

    assertThat(found).extracting(PlaceMention::sentence).containsExactly(0);
  }

  @Test
  void readsADirectionWordBeforeANameAsARegion() {
    List<PlaceMention> found =
        locate("Militants regrouped in northern [Kerbala]{LOCATION} last month.");

    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.place().precision()).isEqualTo(Precision.ADMIN1);
              assertThat(m.evidence()).contains("a region by the words around it");
            });
  }

  @Test
  void readsTheOutskirtsOfANameAsATown() {
    List<PlaceMention> found =
        locate("Shelling hit the outskirts of [Kerbala]{LOCATION} on Monday.");

    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.place().precision()).isEqualTo(Precision.POINT);
              assertThat(m.evidence()).startsWith("best of 2 readings: PPLA");
            });
  }

  @Test
  void saysWhichOtherNamesSupportTheChoice() {
    List<PlaceMention> found =
        locate("Storms hit [Paris]{LOCATION} and [Dallas]{LOCATION} overnight.");

    assertThat(found.get(0).place().admin1Code()).isEqualTo("US.TX");
    assertThat(found.get(0).evidence()).contains("agrees with Dallas");
  }
}
