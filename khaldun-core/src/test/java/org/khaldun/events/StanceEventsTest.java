package org.khaldun.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.events.ParsedArticleFixture.Built;

/**
 * The stance a sentence takes towards an action (a commitment, a threat, a refusal, a demand) and
 * which of a sentence's events is its main one: the most confident.
 */
class StanceEventsTest {

  private static final RuleEventCoder CODER = RuleEventCoder.create(TriggerLexicon.loadDefault());

  private static List<Event> code(Built b) {
    return CODER.code(b.article(), b.mentions());
  }

  private static Event only(List<Event> events, EventType type) {
    List<Event> of = events.stream().filter(e -> e.type() == type).toList();
    assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
    return of.get(0);
  }

  /** The most confident event, the earliest on a tie, as a reader of the output would pick. */
  private static Event main(List<Event> events) {
    return events.stream()
        .max(
            Comparator.comparingDouble(Event::confidence)
                .thenComparing(Comparator.comparingInt(Event::triggerBegin).reversed()))
        .orElseThrow();
  }

  @Test
  void commitmentToACooperativeActionIsAnAgreementAheadOfTheAction() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Syria Syria NNP 3 nsubj
                2 will will MD 3 aux
                3 withdraw withdraw VB 0 root
                4 its its PRP$ 5 nmod:poss
                5 troops troop NNS 3 obj
                6 from from IN 7 case
                7 Lebanon Lebanon NNP 3 obl
                8 . . . 3 punct
                """)
            .actor(0, "Syria", "SYR")
            .actor(0, "Lebanon", "LBN")
            .build();
    List<Event> events = code(b);
    Event promise = only(events, EventType.AGREE);
    assertThat(promise.source()).isEqualTo(b.mention("Syria"));
    assertThat(promise.target()).isEqualTo(b.mention("Lebanon"));
    assertThat(promise.cameo()).isEqualTo("035");
    assertThat(promise.trigger()).isEqualTo("will withdraw");
    assertThat(promise.rule()).startsWith("AGREE:intent+RETREAT:withdraw");
    Event withdraw = only(events, EventType.RETREAT);
    assertThat(withdraw.modality()).isEqualTo(Modality.PLANNED);
    assertThat(main(events)).isEqualTo(promise);
  }

  @Test
  void plannedHostileActionIsAThreat() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Greece Greece NNP 2 nsubj
                2 plans plan VBZ 0 root
                3 to to TO 4 mark
                4 impose impose VB 2 xcomp
                5 restrictions restriction NNS 4 obj
                6 on on IN 8 case
                7 Bulgarian bulgarian JJ 8 amod
                8 workers worker NNS 4 obl
                9 . . . 2 punct
                """)
            .actor(0, "Greece", "GRC")
            .actor(0, "Bulgarian workers", "BGRLAB")
            .build();
    List<Event> events = code(b);
    Event threat = only(events, EventType.THREATEN);
    assertThat(threat.source()).isEqualTo(b.mention("Greece"));
    assertThat(threat.target()).isEqualTo(b.mention("Bulgarian workers"));
    assertThat(threat.mode()).isEqualTo("restrict");
    assertThat(main(events)).isEqualTo(threat);
    assertThat(only(events, EventType.COERCE).modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void threatenedActionStepsBehindTheThreat() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Museveni Museveni NNP 2 nsubj
                2 threatened threaten VBD 0 root
                3 to to TO 4 mark
                4 ban ban VB 2 xcomp
                5 opposition opposition NN 6 compound
                6 candidates candidate NNS 4 obj
                7 . . . 2 punct
                """)
            .actor(0, "Museveni", "UGAGOV")
            .actor(0, "opposition candidates", "UGAOPP")
            .build();
    List<Event> events = code(b);
    Event threat = only(events, EventType.THREATEN);
    Event ban = only(events, EventType.COERCE);
    // The ban has more evidence (a target), yet the threat is what happened.
    assertThat(ban.target()).isEqualTo(b.mention("opposition candidates"));
    assertThat(threat.confidence()).isGreaterThan(ban.confidence());
    assertThat(main(events)).isEqualTo(threat);
  }

  @Test
  void refusingToMeetIsTheMainEventNotTheMeeting() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Katsav Katsav NNP 3 nsubj
                2 has have VBZ 3 aux
                3 refused refuse VBN 0 root
                4 to to TO 5 mark
                5 meet meet VB 3 xcomp
                6 King king NNP 7 compound
                7 Abdullah Abdullah NNP 5 obj
                8 . . . 3 punct
                """)
            .actor(0, "Katsav", "ISRGOV")
            .actor(0, "King Abdullah", "JORGOV")
            .build();
    List<Event> events = code(b);
    Event meeting = only(events, EventType.CONSULT);
    assertThat(meeting.negated()).isTrue();
    Event refusal = only(events, EventType.REJECT);
    assertThat(refusal.rule()).startsWith("REJECT:refuse");
    assertThat(main(events)).isEqualTo(refusal);
  }

  @Test
  void notAcceptingIsARejection() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Syria Syria NNP 4 nsubj
                2 will will MD 4 aux
                3 not not RB 4 advmod
                4 accept accept VB 0 root
                5 more more JJR 6 amod
                6 refugees refugee NNS 4 obj
                7 . . . 4 punct
                """)
            .actor(0, "Syria", "SYR")
            .build();
    List<Event> events = code(b);
    assertThat(only(events, EventType.AGREE).negated()).isTrue();
    Event refusal = only(events, EventType.REJECT);
    assertThat(refusal.source()).isEqualTo(b.mention("Syria"));
    assertThat(refusal.negated()).isFalse();
    assertThat(main(events)).isEqualTo(refusal);
  }

  @Test
  void saidAnotherActorMustActIsADemandByTheSpeaker() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Russia Russia NNP 2 nsubj
                2 said say VBD 0 root
                3 Sudan Sudan NNP 5 nsubj
                4 must must MD 5 aux
                5 release release VB 2 ccomp
                6 the the DT 7 det
                7 pilots pilot NNS 5 obj
                8 . . . 2 punct
                """)
            .actor(0, "Russia", "RUS")
            .actor(0, "Sudan", "SDN")
            .build();
    List<Event> events = code(b);
    Event demand = only(events, EventType.REQUEST);
    assertThat(demand.source()).isEqualTo(b.mention("Russia"));
    assertThat(demand.target()).isEqualTo(b.mention("Sudan"));
    assertThat(main(events)).isEqualTo(demand);
  }

  @Test
  void callingOffAVisitReducesRelations() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 France France NNP 2 nsubj
                2 cancelled cancel VBD 0 root
                3 a a DT 4 det
                4 visit visit NN 2 obj
                5 to to IN 6 case
                6 Haiti Haiti NNP 4 nmod
                7 . . . 2 punct
                """)
            .actor(0, "France", "FRA")
            .actor(0, "Haiti", "HTI")
            .build();
    List<Event> events = code(b);
    Event cut = only(events, EventType.SANCTION);
    assertThat(cut.source()).isEqualTo(b.mention("France"));
    assertThat(cut.target()).isEqualTo(b.mention("Haiti"));
    assertThat(cut.mode()).isEqualTo("relations");
    assertThat(main(events)).isEqualTo(cut);
  }

  @Test
  void hostileActBoundToAnUnlessConditionIsAThreat() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 party party NN 4 nsubj
                3 will will MD 4 aux
                4 boycott boycott VB 0 root
                5 the the DT 6 det
                6 elections election NNS 4 obj
                7 unless unless IN 10 mark
                8 the the DT 9 det
                9 president president NN 10 nsubj
                10 resigns resign VBZ 4 advcl
                11 . . . 4 punct
                """)
            .actor(0, "party", "DZAOPP")
            .actor(0, "president", "DZAGOV")
            .build();
    List<Event> events = code(b);
    Event threat = only(events, EventType.THREATEN);
    assertThat(threat.source()).isEqualTo(b.mention("party"));
    assertThat(threat.rule()).startsWith("THREATEN:ultimatum+PROTEST:boycott");
    assertThat(main(events)).isEqualTo(threat);
  }

  @Test
  void coordinatedActionsAreTwoEventsOfOneSentence() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Troops troop NNS 2 nsubj
                2 shelled shell VBD 0 root
                3 the the DT 4 det
                4 town town NN 2 obj
                5 and and CC 6 cc
                6 arrested arrest VBD 2 conj
                7 twelve twelve CD 8 nummod
                8 rebels rebel NNS 6 obj
                9 . . . 2 punct
                """)
            .actor(0, "Troops", "SYRMIL")
            .actor(0, "rebels", "SYRREB")
            .build();
    List<Event> events = code(b);
    Event shelling = only(events, EventType.ASSAULT);
    Event arrest = only(events, EventType.COERCE);
    assertThat(shelling.source()).isEqualTo(b.mention("Troops"));
    assertThat(arrest.source()).isEqualTo(b.mention("Troops"));
    assertThat(arrest.target()).isEqualTo(b.mention("rebels"));
    // Neither conjunct is inside the other: the arrest keeps its full evidence.
    assertThat(arrest.confidence()).isEqualTo(0.85);
  }

  @Test
  void clauseServingANounTriggersLightVerbIsEmbeddedInIt() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Algerian algerian JJ 2 amod
                2 landowners landowner NNS 3 nsubj
                3 began begin VBD 0 root
                4 a a DT 6 det
                5 hunger hunger NN 6 compound
                6 strike strike NN 3 obj
                7 to to TO 8 mark
                8 demand demand VB 3 advcl
                9 the the DT 10 det
                10 return return NN 8 obj
                11 . . . 3 punct
                """)
            .actor(0, "Algerian landowners", "DZACVL")
            .build();
    List<Event> events = code(b);
    Event strike = only(events, EventType.PROTEST);
    Event demand = only(events, EventType.REQUEST);
    assertThat(strike.source()).isEqualTo(b.mention("Algerian landowners"));
    assertThat(strike.confidence()).isGreaterThan(demand.confidence());
  }

  @Test
  void takesTheActorNamedFirstWhenTheParseGivesNoSource() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Syrian syrian JJ 2 amod
                2 officers officer NNS 3 nsubj
                3 ended end VBD 0 root
                4 mediation mediation NN 5 compound
                5 efforts effort NNS 3 obj
                6 in in IN 7 case
                7 Tripoli Tripoli NNP 5 nmod
                8 . . . 3 punct
                """)
            .actor(0, "Syrian officers", "SYRMIL")
            .build();
    List<Event> events = code(b);
    Event mediation = only(events, EventType.CONSULT);
    assertThat(mediation.source()).isEqualTo(b.mention("Syrian officers"));
    assertThat(mediation.rule()).contains("/surface-");
    assertThat(only(events, EventType.SANCTION).source()).isEqualTo(b.mention("Syrian officers"));
  }

  @Test
  void neitherTheReporterNorThePassiveSubjectIsTakenAsTheSource() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Police police NNS 2 nsubj
                2 said say VBD 0 root
                3 three three CD 4 nummod
                4 soldiers soldier NNS 6 nsubj:pass
                5 were be VBD 6 aux:pass
                6 killed kill VBN 2 ccomp
                7 . . . 2 punct
                """)
            .actor(0, "Police", "IRQCOP")
            .actor(0, "soldiers", "IRQMIL")
            .build();
    Event killing = only(code(b), EventType.ASSAULT);
    assertThat(killing.source()).isNull();
    assertThat(killing.target()).isEqualTo(b.mention("soldiers"));
  }

  @Test
  void easingARestrictionIsAConcession() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Bashir Bashir NNP 2 nsubj
                2 shortened shorten VBD 0 root
                3 the the DT 5 det
                4 nightly nightly JJ 5 amod
                5 curfew curfew NN 2 obj
                6 . . . 2 punct
                """)
            .actor(0, "Bashir", "SDNGOV")
            .build();
    List<Event> events = code(b);
    Event concession = only(events, EventType.CONCEDE);
    assertThat(concession.source()).isEqualTo(b.mention("Bashir"));
    assertThat(concession.cameo()).isEqualTo("0813");
    assertThat(main(events)).isEqualTo(concession);
  }

  @Test
  void preventingAProtestIsCoercionByWhoeverPreventsIt() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Turkish turkish JJ 2 amod
                2 police police NNS 3 nsubj
                3 prevented prevent VBD 0 root
                4 the the DT 5 det
                5 demonstration demonstration NN 3 obj
                6 by by IN 7 case
                7 students student NNS 5 nmod
                8 . . . 3 punct
                """)
            .actor(0, "Turkish police", "TURCOP")
            .actor(0, "students", "TUREDU")
            .build();
    List<Event> events = code(b);
    Event coercion = only(events, EventType.COERCE);
    assertThat(coercion.source()).isEqualTo(b.mention("Turkish police"));
    assertThat(coercion.target()).isEqualTo(b.mention("students"));
    assertThat(main(events)).isEqualTo(coercion);
  }

  @Test
  void anEventOfTimeOrCauseSetsTheSceneAndStepsBack() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Italy Italy NNP 2 nsubj
                2 suspended suspend VBD 0 root
                3 flights flight NNS 2 obj
                4 to to IN 5 case
                5 Serbia Serbia NNP 2 obl
                6 after after IN 10 mark
                7 a a DT 9 det
                8 Serbian serbian JJ 9 amod
                9 jet jet NN 10 nsubj
                10 attacked attack VBD 2 advcl
                11 monitors monitor NNS 10 obj
                12 . . . 2 punct
                """)
            .actor(0, "Italy", "ITA")
            .actor(0, "Serbia", "SRB")
            .actor(0, "Serbian jet", "SRBMIL")
            .actor(0, "monitors", "IGO")
            .build();
    List<Event> events = code(b);
    assertThat(main(events).type()).isEqualTo(EventType.SANCTION);
    assertThat(only(events, EventType.ASSAULT).source()).isEqualTo(b.mention("Serbian jet"));
  }

  @Test
  void protestingInWordsIsDisapproval() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Amnesty Amnesty NNP 2 nsubj
                2 protested protest VBD 0 root
                3 that that IN 6 mark
                4 the the DT 5 det
                5 authorities authority NNS 6 nsubj
                6 failed fail VBD 2 ccomp
                7 . . . 2 punct
                """)
            .actor(0, "Amnesty", "AI")
            .build();
    Event e = only(code(b), EventType.ACCUSE);
    assertThat(e.mode()).isEqualTo("disapprove");
    assertThat(e.source()).isEqualTo(b.mention("Amnesty"));
  }

  @Test
  void saidAnotherActorMustBeReadyToActIsADemand() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Mubarak Mubarak NNP 2 nsubj
                2 said say VBD 0 root
                3 the the DT 4 det
                4 US US NNP 7 nsubj
                5 must must MD 7 aux
                6 be be VB 7 cop
                7 ready ready JJ 2 ccomp
                8 to to TO 9 mark
                9 mediate mediate VB 7 xcomp
                10 . . . 2 punct
                """)
            .actor(0, "Mubarak", "EGYGOV")
            .actor(0, "US", "USA")
            .build();
    List<Event> events = code(b);
    Event demand = only(events, EventType.REQUEST);
    assertThat(demand.source()).isEqualTo(b.mention("Mubarak"));
    assertThat(demand.target()).isEqualTo(b.mention("US"));
    assertThat(main(events)).isEqualTo(demand);
  }

  @Test
  void eventQuotedAsAnAsideStepsBehindTheNarratedOne() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 `` `` `` 4 punct
                2 The the DT 3 det
                3 army army NN 4 nsubj
                4 attacked attack VBD 10 ccomp
                5 us we PRP 4 obj
                6 , , , 4 punct
                7 '' '' '' 4 punct
                8 the the DT 9 det
                9 militia militia NN 10 nsubj
                10 said say VBD 0 root
                11 and and CC 13 cc
                12 it it PRP 13 nsubj
                13 shelled shell VBD 10 conj
                14 the the DT 15 det
                15 base base NN 13 obj
                16 . . . 10 punct
                """)
            .actor(0, "army", "IRQMIL")
            .actor(0, "militia", "NUJABA")
            .build();
    List<Event> events = code(b);
    assertThat(events).extracting(Event::trigger).containsExactly("attacked", "shelled");
    assertThat(main(events).trigger()).isEqualTo("shelled");
    assertThat(main(events).source()).isEqualTo(b.mention("militia"));
  }
}
