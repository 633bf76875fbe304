package org.khaldun.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.events.ParsedArticleFixture.Built;

/** Loads the sentence encoder once (about a second); keep these tests few. */
class EventModelTest {
  private static final EventModel MODEL = EventModel.loadDefault();
  private static final EventCoder ASSISTED =
      MODEL.assisting(
          RuleEventCoder.create(TriggerLexicon.loadDefault()), EventModelOptions.defaults());

  @Test
  void ranksAnAttackAsAssaultAndAMeetingAsConsult() {
    EventModel.Guess attack =
        MODEL.classify("Gunmen raked the village with machine-gun fire, killing six farmers.");
    EventModel.Guess meeting =
        MODEL.classify("The Sudanese envoy sat down with Egyptian officials in Cairo on Sunday.");
    assertThat(attack.type()).isEqualTo(EventType.ASSAULT);
    assertThat(meeting.type()).isEqualTo(EventType.CONSULT);
  }

  @Test
  void findsNoEventInBackground() {
    EventModel.Guess g =
        MODEL.classify("The province is home to about three million people, most of them farmers.");
    assertThat(g.confident(EventModelOptions.defaults())).isFalse();
  }

  private static Built pounded(boolean negated) {
    String conll =
        negated
            ? """
              1 Syrian Syrian JJ 0 root
              2 warplanes warplane NNS 0 root
              3 did do VBD 0 root
              4 not not RB 0 root
              5 pound pound VB 0 root
              6 rebel-held rebel-held JJ 0 root
              7 villages village NNS 0 root
              8 with with IN 0 root
              9 bombs bomb NNS 0 root
              10 and and CC 0 root
              11 rockets rocket NNS 0 root
              12 overnight overnight RB 0 root
              13 . . . 0 root
              """
            : """
              1 Syrian Syrian JJ 0 root
              2 warplanes warplane NNS 0 root
              3 pounded pound VBD 0 root
              4 rebel-held rebel-held JJ 0 root
              5 villages village NNS 0 root
              6 with with IN 0 root
              7 bombs bomb NNS 0 root
              8 and and CC 0 root
              9 rockets rocket NNS 0 root
              10 overnight overnight RB 0 root
              11 . . . 0 root
              """;
    return ParsedArticleFixture.builder()
        .unparsed(conll)
        .actor(0, "Syrian warplanes", "SYRMIL")
        .build();
  }

  @Test
  void codesASentenceTheLexiconMissesAndSaysTheModelDidIt() {
    Built b = pounded(false);
    assertThat(RuleEventCoder.create(TriggerLexicon.loadDefault()).code(b.article(), b.mentions()))
        .isEmpty();
    List<Event> events = ASSISTED.code(b.article(), b.mentions());
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.rule()).isEqualTo("model:minilm:ASSAULT");
    assertThat(e.trigger()).isEqualTo("pounded");
    assertThat(e.source()).isEqualTo(b.mention("Syrian warplanes"));
    assertThat(e.negated()).isFalse();
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.confidence()).isLessThanOrEqualTo(ModelAssistedCoder.MODEL_MAX_CONFIDENCE);
  }

  @Test
  void neverCodesANegatedSentence() {
    Built b = pounded(true);
    assertThat(ASSISTED.code(b.article(), b.mentions())).isEmpty();
  }

  @Test
  void breaksATieBetweenCoordinatedEventsOfTwoTypesAndSaysSo() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Iraqi Iraqi JJ 2 amod
                2 police police NNS 3 nsubj
                3 arrested arrest VBD 0 root
                4 protesters protester NNS 3 obj
                5 and and CC 6 cc
                6 beat beat VBD 3 conj
                7 them they PRP 6 obj
                8 . . . 3 punct
                """)
            .actor(0, "Iraqi police", "IRQPOL")
            .build();
    List<Event> rules =
        RuleEventCoder.create(TriggerLexicon.loadDefault()).code(b.article(), b.mentions());
    List<Event> assisted = ASSISTED.code(b.article(), b.mentions());

    assertThat(rules).extracting(Event::type).contains(EventType.COERCE, EventType.ASSAULT);
    List<Event> raised = assisted.stream().filter(e -> e.rule().endsWith("+model:minilm")).toList();
    assertThat(raised).hasSize(1);
    double others =
        assisted.stream()
            .filter(e -> !raised.contains(e))
            .mapToDouble(Event::confidence)
            .max()
            .orElseThrow();
    assertThat(raised.get(0).confidence()).isGreaterThan(others);
    assertThat(assisted).extracting(Event::negated).containsOnly(false);
  }

  @Test
  void leavesAnActionGovernedByAnotherTriggerOutOfTheTie() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 government government NN 3 nsubj
                3 refused refuse VBD 0 root
                4 to to TO 5 mark
                5 lift lift VB 3 xcomp
                6 the the DT 7 det
                7 curfew curfew NN 5 obj
                8 . . . 3 punct
                """)
            .actor(0, "government", "GOV")
            .build();

    assertThat(ASSISTED.code(b.article(), b.mentions()))
        .extracting(Event::rule)
        .noneMatch(r -> r.contains("model"));
  }
}
