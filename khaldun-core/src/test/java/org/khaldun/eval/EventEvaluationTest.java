package org.khaldun.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ActorRef;

class EventEvaluationTest {

  private static final java.nio.file.Path FIXTURE = EvalFixtures.path("events-fixture.jsonl");

  private static ActorRef actor(String country, String sector, String cameo) {
    return new ActorRef("id", "name", country, sector, cameo, "text", 0, 1);
  }

  private static EventRecord event(
      String type, double confidence, ActorRef source, ActorRef target) {
    return EventRecord.builder()
        .eventId("ev")
        .articleId("art")
        .sentenceId("art:0")
        .eventType(type)
        .quadClass("QUAD")
        .cameoRoot("00")
        .cameoCode("000")
        .source(source)
        .target(target)
        .date("2024-05-12")
        .datePrecision("DAY")
        .dateSource("publication")
        .modality("ASSERTED")
        .sentence("sentence")
        .trigger(new EventRecord.Span("t", 0, 1, 0, 1))
        .confidence(confidence)
        .rule("rule")
        .build();
  }

  /** Codes by the article's first word; records the dates it was given. */
  private static EventEvaluation evaluation(
      Map<String, List<EventRecord>> byFirstWord, List<LocalDate> dates) {
    return new EventEvaluation(
        article -> {
          synchronized (dates) {
            dates.add(article.date());
          }
          return byFirstWord.getOrDefault(article.text().split(" ")[0], List.of());
        });
  }

  private static final Map<String, List<EventRecord>> CODED =
      Map.of(
          "Rebels",
          List.of(
              event("ACCUSE", 0.4, null, null),
              event("ASSAULT", 0.9, actor("SDN", "REB", "SDNREB"), actor("SDN", "GOV", "SDNGOV"))),
          "The",
          List.of(event("AGREE", 0.7, actor("ETH", "GOV", "ETHGOV"), null)));

  @Test
  void scoresTypesOnTheMostConfidentEventAndCountsNoEventAsWrong() {
    List<LocalDate> dates = new ArrayList<>();
    EventReport report = evaluation(CODED, dates).run(List.of(FIXTURE), EvalOptions.defaults());

    assertThat(report.sentences()).isEqualTo(3);
    assertThat(report.withEvent()).isEqualTo(2);
    assertThat(report.correct()).isEqualTo(2);
    assertThat(report.accuracy()).isCloseTo(2.0 / 3, within(1e-9));
    // Two of sixteen types have F1 1, PROTEST has 0, the rest have neither gold nor predictions.
    assertThat(report.macroF1()).isEqualTo(2.0 / 16);
    EventReport.TypeScore protest =
        report.types().stream().filter(t -> t.type().equals("PROTEST")).findFirst().orElseThrow();
    assertThat(protest.gold()).isEqualTo(1);
    assertThat(protest.recall()).isZero();
    assertThat(protest.precision()).isNull();
    int protestRow = report.labels().indexOf("PROTEST");
    assertThat(report.confusion().get(protestRow).get(report.labels().indexOf("NONE")))
        .isEqualTo(1);
    assertThat(dates)
        .containsExactly(
            LocalDate.of(2024, 5, 12), LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 14));
  }

  @Test
  void scoresActorsByCountryAndSectorAgainstAnyGoldActorOfTheRole() {
    EventReport report =
        evaluation(CODED, new ArrayList<>()).run(List.of(FIXTURE), EvalOptions.defaults());

    // Sources: e1 SDN/REB and e2 ETH/GOV right ("GOVeri" is GOV), e3 has no event.
    assertThat(report.source().countryScored()).isEqualTo(3);
    assertThat(report.source().countryAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(report.source().sectorAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(report.source().bothAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
    // Targets: e2 has none in gold; e1's country is right but GOV is not MIL.
    assertThat(report.target().countryScored()).isEqualTo(2);
    assertThat(report.target().countryAccuracy()).isEqualTo(0.5);
    assertThat(report.target().sectorAccuracy()).isZero();
    assertThat(report.target().bothAccuracy()).isZero();
  }

  @Test
  void scoresCameoRootsAgainstEveryGoldEventOfTheSentence() {
    EventRecord asRoot19 =
        EventRecord.builder()
            .eventId("ev")
            .articleId("art")
            .sentenceId("art:0")
            .eventType("ASSAULT")
            .quadClass("QUAD")
            .cameoRoot("19")
            .cameoCode("190")
            .goldstein(-10.0)
            .date("2024-03-01")
            .datePrecision("DAY")
            .dateSource("publication")
            .modality("ASSERTED")
            .sentence("sentence")
            .trigger(new EventRecord.Span("shot", 7, 11, 7, 11))
            .confidence(0.9)
            .rule("rule")
            .build();
    EventEvaluation evaluation = evaluation(Map.of("Gunmen", List.of(asRoot19)), new ArrayList<>());

    CameoReport report =
        evaluation.runCameo(
            List.of(EvalFixtures.path("cameo-fixture.jsonl")), EvalOptions.defaults(), n -> {});

    // c1 agrees (19 is among 19 and 11); c3 has no text, so no event, and disagrees.
    assertThat(report.withGoldEvents()).isEqualTo(2);
    assertThat(report.topRootAgreement()).isEqualTo(0.5);
    assertThat(report.anyRootAgreement()).isEqualTo(0.5);
    assertThat(report.withoutGoldEvents()).isEqualTo(1);
    assertThat(report.noEventAgreement()).isEqualTo(1.0);
  }

  @Test
  void choosesTheMostConfidentEventAndTheEarliestOnATie() {
    EventRecord first = event("ACCUSE", 0.8, null, null);
    EventRecord second = event("ASSAULT", 0.8, null, null);
    EventRecord weaker = event("AGREE", 0.2, null, null);

    assertThat(EventEvaluation.chosen(List.of(weaker, first, second))).isSameAs(first);
    assertThat(EventEvaluation.chosen(List.of())).isNull();
  }

  @Test
  void comparesActorsWithoutCountryByTheirCameoGroupCode() {
    assertThat(EventScorer.code(actor(null, "IGO", "IGOUNO"))).isEqualTo("IGO");
    assertThat(EventScorer.code(actor("IRQ", "MIL", "IRQMIL"))).isEqualTo("IRQ");
  }

  @Test
  void printsAConfusionMatrixWithGoldRowsAndANoneColumn() {
    String text =
        evaluation(CODED, new ArrayList<>()).run(List.of(FIXTURE), EvalOptions.defaults()).toText();

    assertThat(text).contains("confusion (rows: gold, columns: predicted)").contains(" NONE");
    assertThat(text.lines().filter(l -> l.startsWith("PROTEST")).toList())
        .anySatisfy(l -> assertThat(l).endsWith("1"));
  }

  /** The record with figures and contexts. */
  private static EventRecord enriched(EventRecord e, Integer dead, List<String> contexts) {
    return EventRecord.builder()
        .eventId(e.eventId())
        .articleId(e.articleId())
        .sentenceId(e.sentenceId())
        .sentenceIndex(e.sentenceIndex())
        .eventType(e.eventType())
        .mode(e.mode())
        .quadClass(e.quadClass())
        .cameoRoot(e.cameoRoot())
        .cameoCode(e.cameoCode())
        .goldstein(e.goldstein())
        .acledEventType(e.acledEventType())
        .acledSubEventType(e.acledSubEventType())
        .contexts(contexts)
        .dead(dead)
        .source(e.source())
        .target(e.target())
        .location(e.location())
        .date(e.date())
        .datePrecision(e.datePrecision())
        .dateSource(e.dateSource())
        .negated(e.negated())
        .modality(e.modality())
        .reportedBy(e.reportedBy())
        .sentence(e.sentence())
        .trigger(e.trigger())
        .confidence(e.confidence())
        .rule(e.rule())
        .article(e.article())
        .build();
  }

  @Test
  void scoresFiguresAndContextsWhereTheGoldGivesThem() {
    EventRecord attack =
        enriched(event("ASSAULT", 0.9, null, null), 3, List.of("military", "terrorism"));
    EventReport report =
        evaluation(Map.of("Rebels", List.of(attack)), new ArrayList<>())
            .run(List.of(FIXTURE), EvalOptions.defaults());

    EventReport.FigureScore dead = report.figures().get(0);
    assertThat(dead.figure()).isEqualTo("dead");
    assertThat(dead.scored()).isEqualTo(1);
    assertThat(dead.exact()).isEqualTo(1.0);
    // "Thousands" is scored as 2,000; the protest sentence has no event, so no size was found.
    EventReport.FigureScore size = report.figures().get(2);
    assertThat(size.scored()).isEqualTo(1);
    assertThat(size.found()).isZero();
    // Gold: military; political and refugee (read as migration). "terrorism" is not in the
    // gold set's vocabulary, so it is not counted against the prediction.
    assertThat(report.contexts().scored()).isEqualTo(2);
    assertThat(report.contexts().precision()).isEqualTo(1.0);
    assertThat(report.contexts().recall()).isCloseTo(1.0 / 3, within(1e-9));
  }
}
