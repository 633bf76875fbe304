package org.khaldun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.ActorMention;
import org.khaldun.actors.DictionaryActorRecognizer;
import org.khaldun.geo.Gazetteer;
import org.khaldun.geo.GazetteerGeoparser;
import org.khaldun.geo.PlaceMention;
import org.khaldun.ingest.Article;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.CoreNlpAnnotator;
import org.khaldun.nlp.NlpOptions;
import org.khaldun.output.EventRecord;

/**
 * The article every stage must get right, modelled on the typical input: an armed group rebuilding
 * cells in Iraqi provinces named under Arabic transliterations, a researcher's report, a militia
 * leader's accusation and appeal, a title with no full stop and a comment form at the end.
 */
class TypicalArticleTest {
  private static final String FIXTURE =
      "src/test/resources/org/khaldun/pipeline/golden/daesh-cells.html";

  private static Article article;
  private static AnnotatedArticle annotated;
  private static List<ActorMention> actors;
  private static List<EventRecord> events;

  @BeforeAll
  static void code() {
    article = TestPipeline.read(FIXTURE).get(0);
    annotated = CoreNlpAnnotator.create(NlpOptions.defaults()).annotate(article);
    actors = DictionaryActorRecognizer.create(ActorDictionary.loadDefault()).recognize(annotated);
    events = TestPipeline.get().code(article).events();
  }

  @Test
  void dropsCommentFormAndPageFurniture() {
    assertThat(article.text())
        .doesNotContain("Leave a Reply")
        .doesNotContain("email address")
        .doesNotContain("cookies")
        .doesNotContain("Related articles")
        .doesNotContain("Share on");
  }

  @Test
  void keepsTitleWithoutFullStopAsItsOwnSentence() {
    assertThat(annotated.sentences().get(0).text())
        .isEqualTo("Daesh rebuilds cells in eight Iraqi provinces, researcher warns");
    assertThat(article.date()).hasToString("2024-03-12");
    assertThat(article.source()).isEqualTo("Tigris Monitor");
  }

  @Test
  void normalisesTransliterationsOfTheIslamicState() {
    Set<String> ids =
        actors.stream()
            .filter(m -> Set.of("Daesh", "Daech", "daechists").contains(m.text()))
            .map(m -> m.actor().id())
            .collect(Collectors.toSet());
    assertThat(ids).containsExactly("ISIS");
  }

  @Test
  void knowsThatAlAsadiAndAhmedAlAssadiAreOnePerson() {
    Set<String> ids =
        actors.stream()
            .filter(m -> m.text().contains("Asadi") || m.text().contains("Assadi"))
            .map(m -> m.actor().id())
            .collect(Collectors.toSet());
    assertThat(ids).hasSize(1);
    ActorMention researcher =
        actors.stream().filter(m -> m.text().equals("Ahmed al-Assadi")).findFirst().orElseThrow();
    assertThat(researcher.actor().country()).isEqualTo("IRQ");
  }

  @Test
  void resolvesProvincesToIraqiAdmin1Units() {
    List<PlaceMention> places =
        GazetteerGeoparser.create(Gazetteer.loadDefault()).locate(annotated, actors);
    Set<String> admin1 =
        places.stream()
            .filter(p -> p.place().country().equals("IRQ"))
            .map(p -> p.place().admin1Code())
            .collect(Collectors.toSet());
    // Anbar, Nineveh, Karbala, Babil, Salah ad-Din, Diyala, Kirkuk (GeoNames codes)
    assertThat(admin1).contains("IQ.01", "IQ.15", "IQ.12", "IQ.06", "IQ.18", "IQ.10", "IQ.13");
    PlaceMention kerbala =
        places.stream().filter(p -> p.text().equals("Kerbala")).findFirst().orElseThrow();
    assertThat(kerbala.place().admin1Code()).isEqualTo("IQ.12");
  }

  @Test
  void attributesTheAttackToTheResearchersReport() {
    EventRecord attack =
        events.stream()
            .filter(e -> e.eventType().equals("ASSAULT") && e.trigger().text().equals("attacked"))
            .findFirst()
            .orElseThrow();
    assertThat(attack.source().id()).isEqualTo("ISIS");
    assertThat(attack.reportedBy().text()).isEqualTo("Ahmed al-Assadi");
    assertThat(attack.location().admin1()).isEqualTo("Anbar");
    assertThat(attack.negated()).isFalse();
  }

  @Test
  void codesTheMilitiaLeadersAccusationOfUsForces() {
    EventRecord accusation =
        events.stream().filter(e -> e.eventType().equals("ACCUSE")).findFirst().orElseThrow();
    assertThat(accusation.source().text()).isEqualTo("Hussein al-Tamimi");
    assertThat(accusation.source().country()).isEqualTo("IRQ");
    assertThat(accusation.target().country()).isEqualTo("USA");
    assertThat(accusation.target().sector()).isEqualTo("MIL");
  }

  @Test
  void codesTheAppealToTheGovernmentAsARequest() {
    EventRecord appeal =
        events.stream().filter(e -> e.eventType().equals("REQUEST")).findFirst().orElseThrow();
    assertThat(appeal.target().cameo()).isEqualTo("IRQGOV");
    assertThat(appeal.source().id()).isEqualTo("PMF");
  }

  @Test
  void everyEventCarriesItsCameoCodeGoldsteinScoreAndWhereOneFitsItsAcledType() {
    assertThat(events)
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.cameoCode()).isNotNull();
              assertThat(e.goldstein()).isBetween(-10.0, 10.0);
              assertThat(e.acledEventType() == null).isEqualTo(e.acledSubEventType() == null);
            });
    EventRecord killing =
        events.stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
    assertThat(killing.dead()).isEqualTo(2);
    assertThat(killing.figuresEvidence()).containsExactly("killed two soldiers");
    // Islamic State fighters on an army checkpoint: armed on armed, a battle in ACLED's terms.
    assertThat(killing.acledEventType()).isEqualTo("Battles");
    assertThat(killing.acledSubEventType()).isEqualTo("Armed clash");
    assertThat(killing.contexts()).contains("military", "terrorism");
    EventRecord accusation =
        events.stream().filter(e -> e.eventType().equals("ACCUSE")).findFirst().orElseThrow();
    assertThat(accusation.acledEventType()).isNull();
  }
}
