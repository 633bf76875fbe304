package org.khaldun.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.events.ParsedArticleFixture.Built;
import org.khaldun.ontology.Ontology;

/** Figures, contexts, Goldstein scores and ACLED types the coder adds to its events. */
class EventEnrichmentTest {

  private static final RuleEventCoder CODER = RuleEventCoder.create(TriggerLexicon.loadDefault());

  private static List<Event> code(Built b) {
    return CODER.code(b.article(), b.mentions());
  }

  private static Event only(List<Event> events, String trigger) {
    List<Event> of = events.stream().filter(e -> e.trigger().equals(trigger)).toList();
    assertThat(of).as("events on '%s' in %s", trigger, events).hasSize(1);
    return of.get(0);
  }

  @Test
  void readsTheDeadFromTheObjectOfKill() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 Gunmen gunman NNS 2 nsubj
                2 killed kill VBD 0 root
                3 12 12 CD 4 nummod
                4 people person NNS 2 obj
                5 in in IN 6 case
                6 Kirkuk Kirkuk NNP 2 obl:in
                7 on on IN 8 case
                8 Tuesday Tuesday NNP 2 obl:on
                9 . . . 2 punct
                """)
                .build());
    Event e = only(events, "killed");
    assertThat(e.figures().dead()).isEqualTo(12);
    assertThat(e.figures().injured()).isNull();
    assertThat(e.figures().evidence()).containsExactly("killed 12 people");
    assertThat(e.contexts()).isEmpty();
  }

  @Test
  void readsAtLeastThirtyWereKilledAsThirtyDead() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 At at IN 2 case
                2 least least JJS 3 obl:npmod
                3 30 30 CD 5 nsubj:pass
                4 were be VBD 5 aux:pass
                5 killed kill VBN 0 root
                6 in in IN 8 case
                7 the the DT 8 det
                8 attack attack NN 5 obl:in
                9 . . . 5 punct
                """)
                .build());
    assertThat(only(events, "killed").figures().dead()).isEqualTo(30);
    // The figure belongs to the killing, not to the attack that frames it.
    assertThat(only(events, "attack").figures()).isEqualTo(Figures.NONE);
  }

  @Test
  void readsNumberWordsInAPassiveInjury() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 Two two CD 2 nummod
                2 soldiers soldier NNS 4 nsubj:pass
                3 were be VBD 4 aux:pass
                4 injured injure VBN 0 root
                5 when when WRB 7 advmod
                6 militants militant NNS 7 nsubj
                7 attacked attack VBD 4 advcl
                8 a a DT 9 det
                9 checkpoint checkpoint NN 7 obj
                10 . . . 4 punct
                """)
                .build());
    assertThat(only(events, "injured").figures().injured()).isEqualTo(2);
    assertThat(only(events, "injured").contexts()).containsExactly("military");
    assertThat(only(events, "injured").contextCues()).containsExactly("military:soldier");
  }

  @Test
  void readsThousandsOfProtestersAsALowerBoundSize() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 Thousands thousand NNS 3 det:qmod
                2 of of IN 1 fixed
                3 protesters protester NNS 4 nsubj
                4 marched march VBD 0 root
                5 in in IN 6 case
                6 Baghdad Baghdad NNP 4 obl:in
                7 . . . 4 punct
                """)
                .build());
    Event march = only(events, "marched");
    assertThat(march.figures().size()).isEqualTo(2000);
    assertThat(march.acledEventType()).isEqualTo("Protests");
    assertThat(march.acledSubEventType()).isEqualTo("Peaceful protest");
  }

  @Test
  void readsTheSizeOfACrowd() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 A a DT 2 det
                2 crowd crowd NN 5 nsubj
                3 of of IN 4 case
                4 5,000 5000 CD 2 nmod:of
                5 protested protest VBD 0 root
                6 in in IN 7 case
                7 Algiers Algiers NNP 5 obl:in
                8 . . . 5 punct
                """)
                .build());
    assertThat(only(events, "protested").figures().size()).isEqualTo(5000);
  }

  @Test
  void givesEachFigureToTheEventItAttachesTo() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 Police police NNS 2 nsubj
                2 arrested arrest VBD 0 root
                3 40 40 CD 4 nummod
                4 protesters protester NNS 2 obj
                5 after after IN 7 case
                6 an a DT 7 det
                7 attack attack NN 2 obl:after
                8 that that WDT 7 ref
                9 killed kill VBD 7 acl:relcl
                10 12 12 CD 9 obj
                11 . . . 2 punct
                """)
                .build());
    Event arrest = only(events, "arrested");
    assertThat(arrest.figures().arrested()).isEqualTo(40);
    assertThat(arrest.figures().dead()).isNull();
    assertThat(only(events, "killed").figures().dead()).isEqualTo(12);
    // Arresting protesters is, in ACLED's terms, a protest met with intervention.
    assertThat(arrest.acledSubEventType()).isEqualTo("Protest with intervention");
  }

  @Test
  void givesKillingAndWoundingTheirOwnFiguresAndTheShellingsAcledType() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 Militants militant NNS 2 nsubj
                2 shelled shell VBD 0 root
                3 the the DT 4 det
                4 town town NN 2 obj
                5 , , , 2 punct
                6 killing kill VBG 2 conj:and
                7 12 12 CD 6 obj
                8 and and CC 9 cc
                9 wounding wound VBG 2 conj:and
                10 5 5 CD 9 obj
                11 . . . 2 punct
                """)
                .build());
    assertThat(only(events, "killing").figures().dead()).isEqualTo(12);
    assertThat(only(events, "wounding").figures().injured()).isEqualTo(5);
    for (Event e : events) {
      assertThat(e.acledEventType()).isEqualTo("Explosions/Remote violence");
      assertThat(e.acledSubEventType()).isEqualTo("Shelling/artillery/missile attack");
    }
    assertThat(only(events, "shelled").goldstein()).isEqualTo(-10.0);
  }

  @Test
  void readsTheSizeOfADeployedForce() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 The the DT 2 det
                2 army army NN 3 nsubj
                3 deployed deploy VBD 0 root
                4 3,000 3000 CD 5 nummod
                5 troops troops NNS 3 obj
                6 to to IN 8 case
                7 the the DT 8 det
                8 border border NN 3 obl:to
                9 . . . 3 punct
                """)
                .build());
    Event deploy = only(events, "deployed");
    assertThat(deploy.figures().size()).isEqualTo(3000);
    assertThat(deploy.contexts()).containsExactly("military");
    assertThat(deploy.acledSubEventType()).isEqualTo("Change to group/activity");
  }

  @Test
  void tagsTerrorismAndReligionAndReadsASuicideBombing() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 A a DT 3 det
                2 suicide suicide NN 3 compound
                3 bomber bomber NN 4 nsubj
                4 attacked attack VBD 0 root
                5 a a DT 6 det
                6 mosque mosque NN 4 obj
                7 in in IN 8 case
                8 Kabul Kabul NNP 6 nmod:in
                9 . . . 4 punct
                """)
                .build());
    Event attack = only(events, "attacked");
    assertThat(attack.contexts()).containsExactly("terrorism", "religion_ethnicity");
    assertThat(attack.acledSubEventType()).isEqualTo("Suicide bomb");
  }

  @Test
  void readsADeathToll() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 The the DT 3 det
                2 death death NN 3 compound
                3 toll toll NN 7 nsubj
                4 from from IN 6 case
                5 the the DT 6 det
                6 bombing bombing NN 3 nmod:from
                7 rose rise VBD 0 root
                8 to to IN 9 case
                9 46 46 CD 7 obl:to
                10 . . . 7 punct
                """)
                .build());
    assertThat(only(events, "bombing").figures().dead()).isEqualTo(46);
  }

  @Test
  void addsUpVictimsOfOneKilling() {
    List<Event> events =
        code(
            ParsedArticleFixture.builder()
                .sentence(
                    """
                1 Israeli Israeli JJ 2 amod
                2 warplanes warplane NNS 3 nsubj
                3 struck strike VBD 0 root
                4 Gaza Gaza NNP 3 obj
                5 , , , 3 punct
                6 killing kill VBG 3 dep
                7 three three CD 8 nummod
                8 civilians civilian NNS 6 obj
                9 and and CC 11 cc
                10 two two CD 11 nummod
                11 children child NNS 6 obj
                12 . . . 3 punct
                """)
                .build());
    Event killing = only(events, "killing");
    assertThat(killing.figures().dead()).isEqualTo(5);
    assertThat(killing.acledSubEventType()).isEqualTo("Air/drone strike");
  }

  @Test
  void rejectsACueForAContextPloverDoesNotHaveWithFileAndLine() {
    String cues = "# comment\nmilitary\tword\tarmy\nwarfare\tword\ttank\n";
    assertThatThrownBy(
            () -> ContextTagger.load(new StringReader(cues), "cues.tsv", Ontology.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cues.tsv:3: unknown PLOVER context 'warfare'");
  }

  @Test
  void rejectsAModeCueTheOntologyDoesNotKnow() {
    String cues = "military\tmode\tASSAULT/napalm\n";
    assertThatThrownBy(
            () -> ContextTagger.load(new StringReader(cues), "cues.tsv", Ontology.standard()))
        .hasMessage("cues.tsv:1: unknown TYPE/mode 'ASSAULT/napalm'");
  }
}
