package org.khaldun.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.events.ParsedArticleFixture.Built;

class RuleEventCoderTest {

  private static final RuleEventCoder CODER = RuleEventCoder.create(TriggerLexicon.loadDefault());

  private static List<Event> code(Built b) {
    return CODER.code(b.article(), b.mentions());
  }

  private static Event only(List<Event> events, EventType type) {
    List<Event> of = events.stream().filter(e -> e.type() == type).toList();
    assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
    return of.get(0);
  }

  @Test
  void codesActiveVerbWithSubjectAsSourceAndObjectAsTarget() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 US US NNP 4 compound
                4 forces force NNS 2 obj
                5 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .actor(0, "US forces", "USAMIL")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("ISIS"));
    assertThat(e.target()).isEqualTo(b.mention("US forces"));
    assertThat(e.trigger()).isEqualTo("attacked");
    assertThat(b.article().article().text().substring(e.triggerBegin(), e.triggerEnd()))
        .isEqualTo("attacked");
    assertThat(e.cameo()).isEqualTo("190");
    assertThat(e.sentence()).isZero();
    assertThat(e.negated()).isFalse();
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.reportedBy()).isNull();
    assertThat(e.rule()).isEqualTo("ASSAULT:attack/nsubj-obj");
    assertThat(e.confidence()).isEqualTo(0.95);
  }

  @Test
  void codesPassiveWithAgentAsSourceAndPassiveSubjectAsTarget() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 US US NNP 2 compound
                2 forces force NNS 4 nsubj:pass
                3 were be VBD 4 aux:pass
                4 attacked attack VBN 0 root
                5 by by IN 6 case
                6 ISIS ISIS NNP 4 obl:agent
                7 . . . 4 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .actor(0, "US forces", "USAMIL")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("ISIS"));
    assertThat(e.target()).isEqualTo(b.mention("US forces"));
    assertThat(e.rule()).isEqualTo("ASSAULT:attack/agent-nsubj:pass");
  }

  @Test
  void readsStativeOpposedToAsTheSubjectsOwnStance() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Israel Israel NNP 3 nsubj:pass
                2 is be VBZ 3 aux:pass
                3 opposed oppose VBN 0 root
                4 to to IN 6 case
                5 French french JJ 6 amod
                6 mediation mediation NN 3 obl:to
                7 . . . 3 punct
                """)
            .actor(0, "Israel", "ISR")
            .actor(0, "French", "FRA")
            .build();
    Event e = only(code(b), EventType.REJECT);
    assertThat(e.source()).isEqualTo(b.mention("Israel"));
    assertThat(e.rule()).startsWith("REJECT:oppose/stative-");
  }

  @Test
  void keepsAgentlessPassiveSubjectAsTheOneActedOn() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Israel Israel NNP 3 nsubj:pass
                2 was be VBD 3 aux:pass
                3 opposed oppose VBN 0 root
                4 . . . 3 punct
                """)
            .actor(0, "Israel", "ISR")
            .build();
    Event e = only(code(b), EventType.REJECT);
    assertThat(e.source()).isNull();
    assertThat(e.target()).isEqualTo(b.mention("Israel"));
  }

  @Test
  void takesTheGroupPeopleComeFromAsTheirActor() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Activists activist NNS 6 nsubj
                2 from from IN 5 case
                3 two two CD 5 nummod
                4 Palestinian palestinian JJ 5 amod
                5 groups group NNS 1 nmod:from
                6 attacked attack VBD 0 root
                7 settlers settler NNS 6 obj
                8 . . . 6 punct
                """)
            .actor(0, "Palestinian", "PSE")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("Palestinian"));
    assertThat(e.rule()).startsWith("ASSAULT:attack/nsubj-");
  }

  @Test
  void codesRoundingUpAsAnArrest() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Police police NNS 2 nsubj
                2 rounded round VBD 0 root
                3 up up RP 2 compound:prt
                4 Kurdish kurdish JJ 5 amod
                5 activists activist NNS 2 obj
                6 . . . 2 punct
                """)
            .actor(0, "Police", "COP")
            .actor(0, "Kurdish", "KUR")
            .build();
    Event e = only(code(b), EventType.COERCE);
    assertThat(e.mode()).isEqualTo("arrest");
    assertThat(e.source()).isEqualTo(b.mention("Police"));
  }

  @Test
  void codesAmassingTroopsAsMobilisation() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Russia Russia NNP 2 nsubj
                2 amassed amass VBD 0 root
                3 troops troop NNS 2 obj
                4 near near IN 6 case
                5 the the DT 6 det
                6 border border NN 2 obl:near
                7 . . . 2 punct
                """)
            .actor(0, "Russia", "RUS")
            .build();
    Event e = only(code(b), EventType.MOBILIZE);
    assertThat(e.cameo()).isEqualTo("154");
    assertThat(e.source()).isEqualTo(b.mention("Russia"));
  }

  @Test
  void codesEvacuatingPositionsAsRetreat() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Israel Israel NNP 2 nsubj
                2 evacuated evacuate VBD 0 root
                3 its its PRP$ 4 nmod:poss
                4 settlements settlement NNS 2 obj
                5 . . . 2 punct
                """)
            .actor(0, "Israel", "ISR")
            .build();
    Event e = only(code(b), EventType.RETREAT);
    assertThat(e.mode()).isEqualTo("withdraw");
    assertThat(e.source()).isEqualTo(b.mention("Israel"));
  }

  @Test
  void codesBeingCommittedToAnActionAsAgreeingToIt() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Kenya Kenya NNP 3 nsubj:pass
                2 is be VBZ 3 aux:pass
                3 committed commit VBN 0 root
                4 to to TO 5 mark
                5 opening open VBG 3 advcl
                6 markets market NNS 5 obj
                7 . . . 3 punct
                """)
            .actor(0, "Kenya", "KEN")
            .build();
    Event e = only(code(b), EventType.AGREE);
    assertThat(e.source()).isEqualTo(b.mention("Kenya"));
    assertThat(e.rule()).startsWith("AGREE:commit_to/stative-");
  }

  @Test
  void codesClosingTheBorderAsASanction() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Chad Chad NNP 2 nsubj
                2 closed close VBD 0 root
                3 its its PRP$ 4 nmod:poss
                4 border border NN 2 obj
                5 with with IN 6 case
                6 Sudan Sudan NNP 4 nmod:with
                7 . . . 2 punct
                """)
            .actor(0, "Chad", "TCD")
            .actor(0, "Sudan", "SDN")
            .build();
    Event e = only(code(b), EventType.SANCTION);
    assertThat(e.source()).isEqualTo(b.mention("Chad"));
  }

  @Test
  void codesAcceptingDemandsAsAConcession() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Nepal Nepal NNP 2 nsubj
                2 accepted accept VBD 0 root
                3 the the DT 4 det
                4 demands demand NNS 2 obj
                5 of of IN 7 case
                6 Maoist maoist JJ 7 amod
                7 rebels rebel NNS 4 nmod:of
                8 . . . 2 punct
                """)
            .actor(0, "Nepal", "NPL")
            .actor(0, "Maoist rebels", "NPLREB")
            .build();
    Event e = only(code(b), EventType.CONCEDE);
    assertThat(e.cameo()).isEqualTo("083");
    assertThat(e.source()).isEqualTo(b.mention("Nepal"));
  }

  @Test
  void codesDefacingWebSitesAsACyberAttack() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Hackers hacker NNS 2 nsubj
                2 defaced deface VBD 0 root
                3 Estonian estonian JJ 5 amod
                4 government government NN 5 compound
                5 sites site NNS 2 obj
                6 . . . 2 punct
                """)
            .actor(0, "Estonian government", "ESTGOV")
            .build();
    Event e = only(code(b), EventType.COERCE);
    assertThat(e.cameo()).isEqualTo("176");
  }

  @Test
  void codesViolatingABanAsDefiance() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Opposition opposition NN 2 compound
                2 parties party NNS 3 nsubj
                3 violated violate VBD 0 root
                4 the the DT 6 det
                5 protest protest NN 6 compound
                6 ban ban NN 3 obj
                7 . . . 3 punct
                """)
            .actor(0, "Opposition parties", "OPP")
            .build();
    Event e = code(b).stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow();
    assertThat(e.cameo()).isEqualTo("128");
    assertThat(e.source()).isEqualTo(b.mention("Opposition parties"));
  }

  @Test
  void doesNotGuessASourceInsideAPrepositionalOfPhrase() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 With with IN 3 case
                2 the the DT 3 det
                3 signing signing NN 8 obl:with
                4 of of IN 5 case
                5 Sudan Sudan NNP 3 nmod:of
                6 , , , 8 punct
                7 rebels rebel NNS 8 nsubj
                8 agreed agree VBD 0 root
                9 . . . 8 punct
                """)
            .actor(0, "Sudan", "SDN")
            .build();
    assertThat(only(code(b), EventType.AGREE).source()).isNull();
  }

  @Test
  void codesNominalTriggerWithPossessiveSourceAndOnTarget() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Turkey Turkey NNP 3 nmod:poss
                2 's 's POS 1 case
                3 attack attack NN 5 nsubj
                4 on on IN 7 case
                5 angered anger VBD 0 root
                6 Kurdish Kurdish JJ 7 amod
                7 fighters fighter NNS 3 nmod
                8 . . . 5 punct
                """)
            .actor(0, "Turkey", "TUR")
            .actor(0, "Kurdish", "KRD")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("Turkey"));
    assertThat(e.target()).isEqualTo(b.mention("Kurdish"));
    assertThat(e.rule()).isEqualTo("ASSAULT:attack/poss-obl:on");
    assertThat(e.confidence()).isEqualTo(0.85);
  }

  @Test
  void takesTheByPhraseOfANominalAsItsSource() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 bombing bombing NN 0 root
                3 of of IN 5 case
                4 a a DT 5 det
                5 market market NN 2 nmod
                6 by by IN 7 case
                7 ISIS ISIS NNP 2 nmod
                8 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("ISIS"));
    assertThat(e.target()).isNull();
    assertThat(e.mode()).isEqualTo("explosives");
    assertThat(e.rule()).isEqualTo("ASSAULT:bombing/agent--");
  }

  @Test
  void codesLightVerbPhraseAsOneEvent() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 carried carry VBD 0 root
                3 out out RP 2 compound:prt
                4 an a DT 6 det
                5 deadly deadly JJ 6 amod
                6 attack attack NN 2 obj
                7 on on IN 9 case
                8 Iraqi Iraqi JJ 9 amod
                9 troops troop NNS 6 nmod
                10 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .actor(0, "Iraqi", "IRQMIL")
            .build();
    List<Event> events = code(b);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.trigger()).isEqualTo("carried out an deadly attack");
    assertThat(e.source()).isEqualTo(b.mention("ISIS"));
    assertThat(e.target()).isEqualTo(b.mention("Iraqi"));
    assertThat(e.rule()).isEqualTo("ASSAULT:carry_out_attack/nsubj-obl:on");
  }

  @Test
  void takesSourceAndTargetOfANounFromItsLightVerb() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 staged stage VBD 0 root
                3 an a DT 4 det
                4 assault assault NN 2 obj
                5 against against IN 7 case
                6 Iraqi Iraqi JJ 7 amod
                7 troops troop NNS 2 obl
                8 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .actor(0, "Iraqi", "IRQMIL")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("ISIS"));
    assertThat(e.target()).isEqualTo(b.mention("Iraqi"));
    assertThat(e.rule()).isEqualTo("ASSAULT:assault/lightverb-lightverb:obl:against");
  }

  @Test
  void marksNegatedEvents() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Iraqi Iraqi JJ 2 amod
                2 forces force NNS 5 nsubj
                3 did do VBD 5 aux
                4 not not RB 5 advmod
                5 attack attack VB 0 root
                6 ISIS ISIS NNP 5 obj
                7 . . . 5 punct
                """)
            .actor(0, "Iraqi forces", "IRQMIL")
            .actor(0, "ISIS", "ISIS")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.negated()).isTrue();
    assertThat(e.source()).isEqualTo(b.mention("Iraqi forces"));
  }

  @Test
  void codesThreatAndTheThreatenedActionWithThreatenedModality() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 threatened threaten VBD 0 root
                3 to to TO 4 mark
                4 attack attack VB 2 xcomp
                5 US US NNP 6 compound
                6 forces force NNS 4 obj
                7 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .actor(0, "US forces", "USAMIL")
            .build();
    List<Event> events = code(b);
    Event threat = only(events, EventType.THREATEN);
    assertThat(threat.source()).isEqualTo(b.mention("ISIS"));
    assertThat(threat.mode()).isEqualTo("violence");
    assertThat(threat.cameo()).isEqualTo("138");
    assertThat(threat.modality()).isEqualTo(Modality.ASSERTED);
    Event attack = only(events, EventType.ASSAULT);
    assertThat(attack.modality()).isEqualTo(Modality.THREATENED);
    assertThat(attack.source()).isEqualTo(b.mention("ISIS"));
    assertThat(attack.target()).isEqualTo(b.mention("US forces"));
    assertThat(attack.rule()).isEqualTo("ASSAULT:attack/controller-obj");
  }

  @Test
  void readsPlannedAndPossibleFromAuxiliaries() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 army army NN 4 nsubj
                3 will will MD 4 aux
                4 withdraw withdraw VB 0 root
                5 from from IN 6 case
                6 Mosul Mosul NNP 4 obl
                7 . . . 4 punct
                """)
            .sentence(
                """
                1 Iran Iran NNP 3 nsubj
                2 may may MD 3 aux
                3 expel expel VB 0 root
                4 the the DT 5 det
                5 diplomats diplomat NNS 3 obj
                6 . . . 3 punct
                """)
            .actor(0, "army", "IRQMIL")
            .actor(1, "Iran", "IRN")
            .build();
    List<Event> events = code(b);
    assertThat(only(events, EventType.RETREAT).modality()).isEqualTo(Modality.PLANNED);
    assertThat(only(events, EventType.SANCTION).modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void treatsReportedlyAsAlleged() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 3 nsubj
                2 reportedly reportedly RB 3 advmod
                3 kidnapped kidnap VBD 0 root
                4 two two CD 5 nummod
                5 farmers farmer NNS 3 obj
                6 . . . 3 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.modality()).isEqualTo(Modality.ALLEGED);
    assertThat(e.mode()).isEqualTo("abduct");
  }

  @Test
  void attributesEventInsideSpeechVerbComplementToTheSpeaker() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Hisham Hisham NNP 2 compound
                2 al-Hashimi al-Hashimi NNP 3 nsubj
                3 said say VBD 0 root
                4 ISIS ISIS NNP 5 nsubj
                5 attacked attack VBD 3 ccomp
                6 US US NNP 7 compound
                7 forces force NNS 5 obj
                8 . . . 3 punct
                """)
            .actor(0, "Hisham al-Hashimi", "person:hisham-al-hashimi")
            .actor(0, "ISIS", "ISIS")
            .actor(0, "US forces", "USAMIL")
            .build();
    List<Event> events = code(b);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.source()).isEqualTo(b.mention("ISIS"));
    assertThat(e.reportedBy()).isEqualTo(b.mention("Hisham al-Hashimi"));
  }

  @Test
  void attributesEventToTheSpeakerOfAFollowingParenthetical() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 Kirkuk Kirkuk NNP 2 obj
                4 , , , 2 punct
                5 the the DT 6 det
                6 Pentagon Pentagon NNP 7 nsubj
                7 said say VBD 2 parataxis
                8 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .actor(0, "Pentagon", "USAMIL")
            .build();
    assertThat(only(code(b), EventType.ASSAULT).reportedBy()).isEqualTo(b.mention("Pentagon"));
  }

  @Test
  void attributesAccordingToPhrase() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 US US NNP 4 compound
                4 forces force NNS 2 obj
                5 , , , 2 punct
                6 according accord VBG 9 case
                7 to to IN 6 fixed
                8 the the DT 9 det
                9 Pentagon Pentagon NNP 2 obl
                10 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .actor(0, "US forces", "USAMIL")
            .actor(0, "Pentagon", "USAMIL")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.reportedBy()).isEqualTo(b.mention("Pentagon"));
    assertThat(e.source()).isEqualTo(b.mention("ISIS"));
  }

  @Test
  void attributesQuotationToPronounSpeakerParsedAsRelativeClause() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Abu Abu NNP 3 compound
                2 Ali Ali NNP 3 compound
                3 al-Askari al-Askari NNP 4 nsubj
                4 spoke speak VBD 0 root
                5 . . . 4 punct
                """)
            .sentence(
                """
                1 `` `` `` 4 punct
                2 We we PRP 4 nsubj
                3 will will MD 4 aux
                4 attack attack VB 0 root
                5 the the DT 6 det
                6 occupiers occupier NNS 4 obj
                7 , , , 6 punct
                8 '' '' '' 6 punct
                9 he he PRP 10 nsubj
                10 said say VBD 6 acl:relcl
                11 . . . 4 punct
                """)
            .actor(0, "Abu Ali al-Askari", "person:abu-ali-al-askari")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.reportedBy()).isEqualTo(b.mention("Abu Ali al-Askari"));
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void carriesQuotationSpeakerIntoFollowingSentences() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Askari Askari NNP 2 nsubj
                2 said say VBD 0 root
                3 : : : 2 punct
                4 `` `` `` 6 punct
                5 It it PRP 6 nsubj
                6 continues continue VBZ 2 ccomp
                7 . . . 6 punct
                """)
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 Kirkuk Kirkuk NNP 2 obj
                4 . . . 2 punct
                5 '' '' '' 2 punct
                """)
            .actor(0, "Askari", "person:askari")
            .actor(1, "ISIS", "ISIS")
            .build();
    assertThat(only(code(b), EventType.ASSAULT).reportedBy()).isEqualTo(b.mention("Askari"));
  }

  @Test
  void takesSpeakerFromAppositiveChainWhenSaidHasNoSubject() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Fartousi Fartousi NNP 8 nsubj
                2 , , , 1 punct
                3 spokesman spokesman NN 1 appos
                4 of of IN 6 case
                5 the the DT 6 det
                6 Nujaba Nujaba NNP 3 nmod
                7 , , , 1 punct
                8 affiliated affiliate VBN 0 root
                9 with with IN 10 case
                10 PMF PMF NNP 8 obl
                11 , , , 12 punct
                12 said say VBD 8 parataxis
                13 : : : 12 punct
                14 `` `` `` 17 punct
                15 US US NNP 16 compound
                16 forces force NNS 17 nsubj
                17 attacked attack VBD 12 ccomp
                18 the the DT 19 det
                19 brigades brigade NNS 17 obj
                20 . . . 17 punct
                21 '' '' '' 17 punct
                """)
            .actor(0, "Fartousi", "person:fartousi")
            .actor(0, "Nujaba", "NUJABA")
            .actor(0, "PMF", "PMF")
            .actor(0, "US forces", "USAMIL")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("US forces"));
    assertThat(e.reportedBy()).isEqualTo(b.mention("Fartousi"));
  }

  @Test
  void readsCallOnParsedAsMarkAsRequestToTheEmbeddedSubject() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Nujaba Nujaba NNP 2 nsubj
                2 called call VBD 0 root
                3 on on IN 7 mark
                4 the the DT 5 det
                5 government government NN 7 nsubj
                6 to to TO 7 mark
                7 expel expel VB 2 advcl
                8 US US NNP 9 compound
                9 forces force NNS 7 obj
                10 . . . 2 punct
                """)
            .actor(0, "Nujaba", "NUJABA")
            .actor(0, "government", "IRQGOV")
            .actor(0, "US forces", "USAMIL")
            .build();
    List<Event> events = code(b);
    Event request = only(events, EventType.REQUEST);
    assertThat(request.source()).isEqualTo(b.mention("Nujaba"));
    assertThat(request.target()).isEqualTo(b.mention("government"));
    assertThat(request.trigger()).isEqualTo("called on");
    assertThat(request.rule()).isEqualTo("REQUEST:call_on/nsubj-mark:on");
    Event expel = only(events, EventType.SANCTION);
    assertThat(expel.modality()).isEqualTo(Modality.REQUESTED);
    assertThat(expel.source()).isEqualTo(b.mention("government"));
    assertThat(expel.target()).isEqualTo(b.mention("US forces"));
  }

  @Test
  void codesAccusationWithAccusedAsTargetAndAllegedAction() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 militia militia NN 3 nsubj
                3 accused accuse VBD 0 root
                4 US US NNP 5 compound
                5 forces force NNS 3 obj
                6 of of IN 7 mark
                7 backing back VBG 3 advcl
                8 ISIS ISIS NNP 7 obj
                9 . . . 3 punct
                """)
            .actor(0, "militia", "NUJABA")
            .actor(0, "US forces", "USAMIL")
            .actor(0, "ISIS", "ISIS")
            .build();
    List<Event> events = code(b);
    Event accuse = only(events, EventType.ACCUSE);
    assertThat(accuse.source()).isEqualTo(b.mention("militia"));
    assertThat(accuse.target()).isEqualTo(b.mention("US forces"));
    assertThat(accuse.cameo()).isEqualTo("112");
    Event backing = only(events, EventType.SUPPORT);
    assertThat(backing.modality()).isEqualTo(Modality.ALLEGED);
    assertThat(backing.source()).isEqualTo(b.mention("US forces"));
    assertThat(backing.target()).isEqualTo(b.mention("ISIS"));
  }

  @Test
  void splitsCoordinatedActorsIntoOneEventEach() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Hungarian Hungarian JJ 4 amod
                2 and and CC 3 cc
                3 Romanian Romanian JJ 1 conj
                4 officials official NNS 5 nsubj
                5 agreed agree VBD 0 root
                6 to to TO 7 mark
                7 cooperate cooperate VB 5 xcomp
                8 . . . 5 punct
                """)
            .actor(0, "Hungarian", "HUN")
            .actor(0, "Romanian", "ROU")
            .build();
    List<Event> events = code(b);
    assertThat(events)
        .extracting(Event::type, e -> e.source().actor().id(), Event::modality)
        .containsExactlyInAnyOrder(
            tuple(EventType.AGREE, "HUN", Modality.ASSERTED),
            tuple(EventType.AGREE, "ROU", Modality.ASSERTED),
            tuple(EventType.COOPERATE, "HUN", Modality.PLANNED),
            tuple(EventType.COOPERATE, "ROU", Modality.PLANNED));
  }

  @Test
  void keepsTriggersWithoutActorsAtLowConfidence() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Protesters protester NNS 2 nsubj
                2 rallied rally VBD 0 root
                3 . . . 2 punct
                """)
            .build();
    Event e = only(code(b), EventType.PROTEST);
    assertThat(e.source()).isNull();
    assertThat(e.confidence()).isLessThanOrEqualTo(0.3);
  }

  @Test
  void ignoresSentencesThatWereNotParsed() {
    Built b =
        ParsedArticleFixture.builder()
            .unparsed(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 Kirkuk Kirkuk NNP 2 obj
                """)
            .actor(0, "ISIS", "ISIS")
            .build();
    assertThat(code(b)).isEmpty();
  }

  @Test
  void refusingAnActionNegatesIt() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 militia militia NN 3 nsubj
                3 refused refuse VBD 0 root
                4 to to TO 5 mark
                5 withdraw withdraw VB 3 xcomp
                6 . . . 3 punct
                """)
            .actor(0, "militia", "NUJABA")
            .build();
    List<Event> events = code(b);
    assertThat(only(events, EventType.REJECT).negated()).isFalse();
    Event withdraw = only(events, EventType.RETREAT);
    assertThat(withdraw.negated()).isTrue();
    assertThat(withdraw.source()).isEqualTo(b.mention("militia"));
  }

  @Test
  void cancellingAnEventNegatesIt() {
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
    Event visit = only(code(b), EventType.CONSULT);
    assertThat(visit.negated()).isTrue();
    assertThat(visit.source()).isEqualTo(b.mention("France"));
    assertThat(visit.target()).isEqualTo(b.mention("Haiti"));
  }

  @Test
  void purposeClauseIsPlanned() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Police police NNS 2 nsubj
                2 fired fire VBD 0 root
                3 tear tear NN 4 compound
                4 gas gas NN 2 obj
                5 to to TO 6 mark
                6 disperse disperse VB 2 advcl
                7 protesters protester NNS 6 obj
                8 . . . 2 punct
                """)
            .actor(0, "Police", "COP")
            .build();
    Event disperse = only(code(b), EventType.COERCE);
    assertThat(disperse.modality()).isEqualTo(Modality.PLANNED);
    assertThat(disperse.source()).isEqualTo(b.mention("Police"));
  }

  @Test
  void mustUnderASpeechVerbIsARequest() {
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
    Event release = only(code(b), EventType.RETREAT);
    assertThat(release.modality()).isEqualTo(Modality.REQUESTED);
    assertThat(release.source()).isEqualTo(b.mention("Sudan"));
    assertThat(release.reportedBy()).isEqualTo(b.mention("Russia"));
  }

  @Test
  void relativePronounSubjectStandsForTheModifiedNoun() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 compound
                2 fighters fighter NNS 6 nsubj
                3 who who WP 4 nsubj
                4 attacked attack VBD 2 acl:relcl
                5 Kirkuk Kirkuk NNP 4 obj
                6 fled flee VBD 0 root
                7 . . . 6 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .actor(0, "Kirkuk", "IRQ")
            .build();
    Event attack = only(code(b), EventType.ASSAULT);
    assertThat(attack.source()).isEqualTo(b.mention("ISIS"));
    assertThat(attack.target()).isEqualTo(b.mention("Kirkuk"));
  }

  @Test
  void pronounSubjectOfAReportedClauseIsTheSpeaker() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Syria Syria NNP 2 nsubj
                2 says say VBZ 0 root
                3 it it PRP 5 nsubj
                4 will will MD 5 aux
                5 withdraw withdraw VB 2 ccomp
                6 from from IN 7 case
                7 Lebanon Lebanon NNP 5 obl
                8 . . . 2 punct
                """)
            .actor(0, "Syria", "SYR")
            .actor(0, "Lebanon", "LBN")
            .build();
    Event e = only(code(b), EventType.RETREAT);
    assertThat(e.source()).isEqualTo(b.mention("Syria"));
    assertThat(e.target()).isEqualTo(b.mention("Lebanon"));
    assertThat(e.reportedBy()).isEqualTo(b.mention("Syria"));
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void findsSpeakerOfAQuotationOpenedInAnUnparsedSentence() {
    Built b =
        ParsedArticleFixture.builder()
            .unparsed(
                """
                1 Askari Askari NNP 2 nsubj
                2 said say VBD 0 root
                3 : : : 2 punct
                4 `` `` `` 6 punct
                5 It it PRP 6 nsubj
                6 continues continue VBZ 2 ccomp
                7 . . . 6 punct
                """)
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 Kirkuk Kirkuk NNP 2 obj
                4 . . . 2 punct
                5 '' '' '' 2 punct
                """)
            .actor(0, "Askari", "person:askari")
            .actor(1, "ISIS", "ISIS")
            .build();
    assertThat(only(code(b), EventType.ASSAULT).reportedBy()).isEqualTo(b.mention("Askari"));
  }

  @Test
  void readsAccusationWhoseGerundWasParsedAsAnAdjective() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 militia militia NN 3 nsubj
                3 accused accuse VBD 0 root
                4 US US NNP 5 compound
                5 forces force NNS 3 obj
                6 of of IN 9 case
                7 supporting support VBG 9 amod
                8 ISIS ISIS NNP 9 compound
                9 cells cell NNS 5 nmod
                10 . . . 3 punct
                """)
            .actor(0, "militia", "NUJABA")
            .actor(0, "US forces", "USAMIL")
            .actor(0, "ISIS", "ISIS")
            .build();
    List<Event> events = code(b);
    Event accuse = only(events, EventType.ACCUSE);
    assertThat(accuse.target()).isEqualTo(b.mention("US forces"));
    Event support = only(events, EventType.SUPPORT);
    assertThat(support.source()).isEqualTo(b.mention("US forces"));
    assertThat(support.target()).isEqualTo(b.mention("ISIS"));
    assertThat(support.modality()).isEqualTo(Modality.ALLEGED);
    assertThat(support.reportedBy()).isEqualTo(b.mention("militia"));
  }

  @Test
  void nameWordsAreNotTriggers() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 4 det
                2 Popular Popular NNP 4 compound
                3 Mobilization Mobilization NNP 4 compound
                4 Forces Forces NNPS 5 nsubj
                5 met meet VBD 0 root
                6 . . . 5 punct
                """)
            .actor(0, "Popular Mobilization Forces", "PMF")
            .build();
    assertThat(code(b)).extracting(Event::type).containsExactly(EventType.CONSULT);
  }

  @Test
  void conditionalClauseIsPossible() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Iran Iran NNP 3 nsubj
                2 would would MD 3 aux
                3 retaliate retaliate VB 0 root
                4 if if IN 6 mark
                5 Israel Israel NNP 6 nsubj
                6 attacked attack VBD 3 advcl
                7 . . . 3 punct
                """)
            .actor(0, "Iran", "IRN")
            .actor(0, "Israel", "ISR")
            .build();
    List<Event> events = code(b);
    // The retaliation bound to the condition is also a threat by Iran (see StanceEventsTest).
    assertThat(events)
        .extracting(Event::trigger)
        .containsExactly("would retaliate", "retaliate", "attacked");
    assertThat(events.get(0).type()).isEqualTo(EventType.THREATEN);
    Event attack = events.get(2);
    assertThat(attack.modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(events.get(1).modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(attack.source()).isEqualTo(b.mention("Israel"));
  }

  @Test
  void noBeforeANominalTriggerNegatesIt() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 There there EX 2 expl
                2 was be VBD 0 root
                3 no no DT 4 det
                4 attack attack NN 2 nsubj
                5 on on IN 6 case
                6 Kirkuk Kirkuk NNP 4 nmod
                7 . . . 2 punct
                """)
            .actor(0, "Kirkuk", "IRQ")
            .build();
    Event attack = only(code(b), EventType.ASSAULT);
    assertThat(attack.negated()).isTrue();
    assertThat(attack.target()).isEqualTo(b.mention("Kirkuk"));
  }

  // The fixtures below mirror CoreNLP 4.5.10's enhanced++ output for the same sentences: extra
  // heads in the seventh column, listed before the tree edge as CoreNLP may list them.

  @Test
  void notConfirmingAnAttackMakesItNeitherTheirsNorNegated() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 3 det
                2 Iraqi Iraqi JJ 3 amod
                3 army army NN 6 nsubj
                4 did do VBD 6 aux
                5 not not RB 6 advmod
                6 confirm confirm VB 0 root
                7 the the DT 8 det
                8 attack attack NN 6 obj
                9 near near IN 10 case
                10 Ramadi Ramadi NNP 8 nmod:near
                11 . . . 6 punct
                """)
            .actor(0, "Iraqi army", "IRQMIL")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isNull();
    assertThat(e.negated()).isFalse();
    assertThat(e.modality()).isEqualTo(Modality.ALLEGED);
    assertThat(e.reportedBy()).isNull();
  }

  @Test
  void confirmingOrCondemningAnAttackDoesNotMakeTheSpeakerItsSource() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 3 det
                2 Iraqi Iraqi JJ 3 amod
                3 army army NN 4 nsubj
                4 confirmed confirm VBD 0 root
                5 the the DT 6 det
                6 attack attack NN 4 obj
                7 . . . 4 punct
                """)
            .sentence(
                """
                1 The the DT 3 det
                2 United United NNP 3 compound
                3 Nations Nations NNP 4 nsubj
                4 condemned condemn VBD 0 root
                5 the the DT 6 det
                6 attack attack NN 4 obj
                7 . . . 4 punct
                """)
            .actor(0, "Iraqi army", "IRQMIL")
            .actor(1, "United Nations", "UN")
            .build();
    List<Event> attacks = code(b).stream().filter(e -> e.type() == EventType.ASSAULT).toList();
    assertThat(attacks)
        .extracting(Event::source, Event::negated, Event::modality, Event::reportedBy)
        .containsExactly(
            tuple(null, false, Modality.ASSERTED, b.mention("Iraqi army")),
            tuple(null, false, Modality.ASSERTED, null));
  }

  @Test
  void claimingOrAnnouncingAnActMakesTheSpeakerItsSource() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 claimed claim VBD 0 root
                3 the the DT 4 det
                4 attack attack NN 2 obj
                5 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .build();
    assertThat(only(code(b), EventType.ASSAULT).source()).isEqualTo(b.mention("ISIS"));
  }

  @Test
  void conjoinedVerbTakesTheSubjectTheEnhancedGraphSharesWithIt() {
    // "killed" is conj of "attacked" and, in the enhanced graph, also ccomp of "said".
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Assadi Assadi NNP 2 nsubj
                2 said say VBD 0 root
                3 that that IN 6 mark
                4 Daech Daech NNP 5 compound
                5 fighters fighter NNS 6 nsubj 13:nsubj
                6 attacked attack VBD 2 ccomp
                7 an a DT 9 det
                8 army army NN 9 compound
                9 checkpoint checkpoint NN 6 obj
                10 last last JJ 11 amod
                11 week week NN 6 obl:tmod
                12 and and CC 13 cc
                13 killed kill VBD 6 conj:and 2:ccomp
                14 two two CD 15 nummod
                15 soldiers soldier NNS 13 obj
                16 . . . 2 punct
                """)
            .actor(0, "Assadi", "person:assadi")
            .actor(0, "Daech", "ISIS")
            .actor(0, "army", "IRQMIL")
            .build();
    Event killed =
        code(b).stream().filter(e -> e.trigger().equals("killed")).findFirst().orElseThrow();
    assertThat(killed.source()).isEqualTo(b.mention("Daech"));
    assertThat(killed.reportedBy()).isEqualTo(b.mention("Assadi"));
    assertThat(killed.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void conjoinedVerbWithoutEnhancedSubjectTakesTheFirstVerbsSubject() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Iraqi Iraqi JJ 2 amod
                2 police police NN 3 nsubj
                3 fired fire VBD 0 root
                4 tear tear JJ 5 amod
                5 gas gas NN 3 obj
                6 and and CC 7 cc
                7 arrested arrest VBN 3 conj:and
                8 twelve twelve CD 9 nummod
                9 demonstrators demonstrator NNS 7 obj
                10 . . . 3 punct
                """)
            .actor(0, "Iraqi police", "IRQCOP")
            .build();
    Event arrest = only(code(b), EventType.COERCE);
    assertThat(arrest.source()).isEqualTo(b.mention("Iraqi police"));
    assertThat(arrest.rule()).isEqualTo("COERCE:arrest/conjsubj--");
  }

  @Test
  void conjunctOfARequestIsNotRequested() {
    // "urged X to show restraint and promised to meet": "promised" is conj of "urged".
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Sudani Sudani NNP 2 nsubj
                2 urged urge VBD 0 root
                3 the the DT 5 det
                4 security security NN 5 compound
                5 forces force NNS 2 obj 7:nsubj:xsubj
                6 to to TO 7 mark
                7 show show VB 2 xcomp
                8 restraint restraint NN 7 obj
                9 and and CC 10 cc
                10 promised promise VBD 2 conj:and
                11 to to TO 12 mark
                12 meet meet VB 10 xcomp
                13 protesters protester NNS 12 obj
                14 . . . 2 punct
                """)
            .actor(0, "Sudani", "person:sudani")
            .actor(0, "security forces", "IRQCOP")
            .build();
    // The enhanced edges of "Sudani" are listed here as extra edges of the later verbs.
    Event promise = only(code(b), EventType.AGREE);
    assertThat(promise.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(promise.source()).isEqualTo(b.mention("Sudani"));
    Event meet = only(code(b), EventType.CONSULT);
    assertThat(meet.modality()).isEqualTo(Modality.PLANNED);
    assertThat(meet.source()).isEqualTo(b.mention("Sudani"));
  }

  @Test
  void participleAdjunctSharesTheSubjectOfItsVerb() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 4 det
                2 Rapid Rapid NNP 3 compound
                3 Support Support NNP 4 compound
                4 Forces Forces NNPS 5 nsubj
                5 shelled shell VBD 0 root
                6 residential residential JJ 7 amod
                7 districts district NNS 5 obj
                8 of of IN 9 case
                9 Fasher Fasher NNP 7 nmod:of
                10 , , , 5 punct
                11 killing kill VBG 5 dep
                12 nine nine CD 13 nummod
                13 civilians civilian NNS 11 obj
                14 . . . 5 punct
                """)
            .actor(0, "Rapid Support Forces", "RSF")
            .build();
    Event killing =
        code(b).stream().filter(e -> e.trigger().equals("killing")).findFirst().orElseThrow();
    assertThat(killing.source()).isEqualTo(b.mention("Rapid Support Forces"));
    assertThat(killing.target()).isNull();
    assertThat(killing.rule()).isEqualTo("ASSAULT:kill/participle--");
  }

  @Test
  void possessivePronounOfAReportedSubjectIsTheSpeaker() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 3 det
                2 Sudanese Sudanese JJ 3 amod
                3 army army NN 4 nsubj
                4 said say VBD 0 root
                5 its its PRP$ 6 nmod:poss
                6 aircraft aircraft NN 7 nsubj
                7 struck strike VBD 4 ccomp
                8 RSF rsf NN 9 compound
                9 positions position NNS 7 obj
                10 . . . 4 punct
                """)
            .actor(0, "Sudanese army", "SDNMIL")
            .actor(0, "RSF", "RSF")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("Sudanese army"));
    assertThat(e.target()).isEqualTo(b.mention("RSF"));
    assertThat(e.reportedBy()).isEqualTo(b.mention("Sudanese army"));
  }

  @Test
  void relativeClauseSubjectFromTheEnhancedGraphIsTheModifiedNoun() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Police police NNS 2 nsubj
                2 arrested arrest VBD 0 root
                3 the the DT 4 det
                4 ISIS ISIS NNP 5 compound
                5 fighters fighter NNS 2 obj 7:nsubj
                6 who who WP 5 ref
                7 attacked attack VBD 5 acl:relcl
                8 the the DT 9 det
                9 checkpoint checkpoint NN 7 obj
                10 . . . 2 punct
                """)
            .actor(0, "Police", "IRQCOP")
            .actor(0, "ISIS", "ISIS")
            .build();
    List<Event> events = code(b);
    assertThat(only(events, EventType.COERCE).target()).isEqualTo(b.mention("ISIS"));
    assertThat(only(events, EventType.ASSAULT).source()).isEqualTo(b.mention("ISIS"));
  }

  @Test
  void splitsActorsCoordinatedAsModifiersOfOneNoun() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Hungarian Hungarian JJ 4 amod
                2 and and CC 3 cc
                3 Romanian Romanian JJ 1 conj:and 4:amod
                4 officials official NNS 5 nsubj
                5 met meet VBD 0 root
                6 . . . 5 punct
                """)
            .actor(0, "Hungarian", "HUNGOV")
            .actor(0, "Romanian officials", "ROUGOV")
            .build();
    assertThat(code(b))
        .extracting(e -> e.source().actor().id())
        .containsExactly("HUNGOV", "ROUGOV");
  }

  @Test
  void takesTheActorOfAnOfPhrase() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Fighters fighter NNS 5 nsubj
                2 of of IN 4 case
                3 Islamic Islamic NNP 4 compound
                4 State State NNP 1 nmod:of
                5 attacked attack VBD 0 root
                6 Kirkuk Kirkuk NNP 5 obj
                7 . . . 5 punct
                """)
            .actor(0, "Islamic State", "ISIS")
            .build();
    assertThat(only(code(b), EventType.ASSAULT).source()).isEqualTo(b.mention("Islamic State"));
  }

  @Test
  void warningThatStatesAFactIsNotAThreat() {
    Built b =
        ParsedArticleFixture.builder()
            // A headline: "Daesh rebuilds cells in eight Iraqi provinces, researcher warns".
            .sentence(
                """
                1 Daesh Daesh NNP 2 nsubj
                2 rebuilds rebuild VBZ 0 root
                3 cells cell NNS 2 obj
                4 , , , 2 punct
                5 researcher researcher NN 6 nsubj
                6 warns warn VBZ 2 parataxis
                """)
            .sentence(
                """
                1 The the DT 2 det
                2 researcher researcher NN 3 nsubj
                3 warned warn VBD 0 root
                4 that that IN 7 mark
                5 Daesh Daesh NNP 7 nsubj
                6 is be VBZ 7 aux
                7 rebuilding rebuild VBG 3 ccomp
                8 its its PRP$ 9 nmod:poss
                9 cells cell NNS 7 obj
                10 . . . 3 punct
                """)
            .actor(0, "Daesh", "ISIS")
            .actor(1, "Daesh", "ISIS")
            .build();
    assertThat(code(b)).isEmpty();
  }

  @Test
  void warningOfReprisalOrOfTheSpeakersOwnActionIsAThreat() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Hezbollah Hezbollah NNP 2 nsubj
                2 warned warn VBD 0 root
                3 of of IN 4 case
                4 retaliation retaliation NN 2 obl:of
                5 . . . 2 punct
                """)
            .sentence(
                """
                1 Iran Iran NNP 2 nsubj
                2 warned warn VBD 0 root
                3 that that IN 6 mark
                4 it it PRP 6 nsubj
                5 would would MD 6 aux
                6 attack attack VB 2 ccomp
                7 Israel Israel NNP 6 obj
                8 . . . 2 punct
                """)
            .sentence(
                """
                1 Iran Iran NNP 2 nsubj
                2 warned warn VBD 0 root
                3 Israel Israel NNP 2 obj
                4 . . . 2 punct
                """)
            .actor(0, "Hezbollah", "HEZBOLLAH")
            .actor(1, "Iran", "IRN")
            .actor(1, "Israel", "ISR")
            .actor(2, "Iran", "IRN")
            .actor(2, "Israel", "ISR")
            .build();
    List<Event> threats = code(b).stream().filter(e -> e.type() == EventType.THREATEN).toList();
    assertThat(threats).extracting(Event::sentence).containsExactly(0, 1, 2);
  }

  @Test
  void nounModifyingAnotherNounIsNoTrigger() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 3 det
                2 aid aid NN 3 compound
                3 convoy convoy NN 4 nsubj
                4 waits wait VBZ 0 root
                5 . . . 4 punct
                """)
            .build();
    assertThat(code(b)).isEmpty();
  }

  @Test
  void conditionOfAThreatIsPossibleNotThreatened() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Protest Protest NNP 2 compound
                2 organisers organiser NNS 3 nsubj 5:nsubj:xsubj
                3 threatened threaten VBD 0 root
                4 to to TO 5 mark
                5 block block VB 3 xcomp
                6 the the DT 7 det
                7 road road NN 5 obj
                8 if if IN 13 mark
                9 the the DT 10 det
                10 detainees detainee NNS 13 nsubj:pass
                11 are be VBP 13 aux:pass
                12 not not RB 13 advmod
                13 released release VBN 5 advcl
                14 . . . 3 punct
                """)
            .build();
    Event release = only(code(b), EventType.RETREAT);
    assertThat(release.modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(release.negated()).isTrue();
  }

  @Test
  void readsAHeadlineVerbTaggedAsANoun() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Police police NNS 4 compound
                2 fire fire NN 3 compound
                3 tear tear NN 4 compound
                4 gas gas NN 0 root
                5 at at IN 6 case
                6 protesters protester NNS 4 nmod:at
                """)
            .sentence(
                """
                1 Sudan Sudan NNP 4 nmod:poss
                2 's 's POS 1 case
                3 RSF rsf NN 4 compound
                4 shells shell NNS 0 root
                5 Fasher Fasher NNP 4 dep
                """)
            .actor(0, "Police", "IRQCOP")
            .actor(1, "Sudan", "SDN")
            .actor(1, "RSF", "RSF")
            .actor(1, "Fasher", "FASHER")
            .build();
    assertThat(code(b))
        .extracting(e -> e.trigger(), e -> e.source().actor().id(), e -> e.target())
        .containsExactly(
            tuple("fire", "IRQCOP", null), tuple("shells", "RSF", b.mention("Fasher")));
  }

  @Test
  void attributesToAClosingSpeakerParsedInsideTheClause() {
    // CoreNLP hangs "its secretary general said" on "systems" as a relative clause.
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 NATO NATO NNP 3 nsubj
                2 will will MD 3 aux
                3 deploy deploy VB 0 root
                4 air air NN 5 compound
                5 systems system NNS 3 obj
                6 to to IN 7 case
                7 Poland Poland NNP 11 obl:to
                8 , , , 7 punct
                9 its its PRP$ 10 nmod:poss
                10 general general NN 11 nsubj
                11 said say VBD 5 acl:relcl
                12 . . . 3 punct
                """)
            .actor(0, "NATO", "NATO")
            .actor(0, "Poland", "POL")
            .build();
    Event e = only(code(b), EventType.MOBILIZE);
    assertThat(e.reportedBy()).isEqualTo(b.mention("NATO"));
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void warningThatSomethingWillNotBeToleratedIsAThreat() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 3 det
                2 security security NN 3 compound
                3 chief chief NN 5 nsubj
                4 has have VBZ 5 aux
                5 warned warn VBN 0 root
                6 that that IN 11 mark
                7 police police NNS 11 nsubj
                8 will will MD 11 aux
                9 no no RB 10 advmod
                10 longer longer RB 11 advmod
                11 tolerate tolerate VB 5 ccomp
                12 rallies rally NNS 11 obj
                13 . . . 5 punct
                """)
            .build();
    assertThat(code(b)).extracting(Event::type).contains(EventType.THREATEN);
  }

  @Test
  void nounModifyingAnEffortOrMissionStillNamesAnEvent() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Egypt Egypt NNP 2 nsubj
                2 launched launch VBD 0 root
                3 a a DT 5 det
                4 mediation mediation NN 5 compound
                5 effort effort NN 2 obj
                6 . . . 2 punct
                """)
            .actor(0, "Egypt", "EGY")
            .build();
    assertThat(code(b)).extracting(Event::type).containsExactly(EventType.CONSULT);
  }

  @Test
  void controlledVerbClimbsPastAnEnhancedSubjectThatNamesNoActor() {
    // "Norway is willing to send material to help defend Saudi Arabia": the enhanced graph makes
    // "material" the subject of "help".
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Norway Norway NNP 3 nsubj 5:nsubj:xsubj
                2 is be VBZ 3 cop
                3 willing willing JJ 0 root
                4 to to TO 5 mark
                5 send send VB 3 xcomp
                6 material material NN 5 obj 8:nsubj:xsubj
                7 to to TO 8 mark
                8 help help VB 5 xcomp
                9 defend defend VB 8 xcomp
                10 Saudi Saudi NNP 11 compound
                11 Arabia Arabia NNP 9 obj
                12 . . . 3 punct
                """)
            .actor(0, "Norway", "NOR")
            .actor(0, "Saudi Arabia", "SAU")
            .build();
    Event defend = only(code(b), EventType.SUPPORT);
    assertThat(defend.source()).isEqualTo(b.mention("Norway"));
    assertThat(defend.target()).isEqualTo(b.mention("Saudi Arabia"));
  }

  @Test
  void pressReleaseIsNoPrisonerRelease() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Rebels rebel NNS 2 nsubj
                2 said say VBD 0 root
                3 in in IN 6 case
                4 a a DT 6 det
                5 press press NN 6 compound
                6 release release NN 2 obl
                7 . . . 2 punct
                """)
            .actor(0, "Rebels", "REB")
            .build();
    assertThat(code(b)).noneMatch(e -> e.type() == EventType.RETREAT);
  }

  @Test
  void participleWithADeterminerNamesPeopleNotAnAttack() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Helicopters helicopter NNS 2 nsubj
                2 evacuated evacuate VBD 0 root
                3 the the DT 4 det
                4 wounded wound VBN 2 obj
                5 . . . 2 punct
                """)
            .build();
    assertThat(code(b)).noneMatch(e -> e.type() == EventType.ASSAULT);
  }

  @Test
  void openEndedStrikeIsALabourProtest() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Miners miner NNS 2 nsubj
                2 began begin VBD 0 root
                3 an a DT 5 det
                4 open-ended open-ended JJ 5 amod
                5 strike strike NN 2 obj
                6 . . . 2 punct
                """)
            .actor(0, "Miners", "LAB")
            .build();
    assertThat(only(code(b), EventType.PROTEST).cameo()).isEqualTo("143");
  }

  @Test
  void onlyOnAlertIsAForceReadied() {
    Built ready =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Troops troop NNS 2 nsubj
                2 remained remain VBD 0 root
                3 on on IN 5 case
                4 high high JJ 5 amod
                5 alert alert NN 2 obl
                6 . . . 2 punct
                """)
            .build();
    assertThat(only(code(ready), EventType.MOBILIZE).cameo()).isEqualTo("152");
    Built warning =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Officials official NNS 2 nsubj
                2 issued issue VBD 0 root
                3 a a DT 5 det
                4 flood flood NN 5 compound
                5 alert alert NN 2 obj
                6 . . . 2 punct
                """)
            .build();
    assertThat(code(warning)).noneMatch(e -> e.type() == EventType.MOBILIZE);
  }

  @Test
  void groundCapturedIsTakenTerritoryButPeopleCapturedInAPlaceAreArrested() {
    Built town =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Rebels rebel NNS 2 nsubj
                2 captured capture VBD 0 root
                3 the the DT 4 det
                4 airport airport NN 2 obj
                5 . . . 2 punct
                """)
            .actor(0, "Rebels", "REB")
            .build();
    Event taken = only(code(town), EventType.ASSAULT);
    assertThat(taken.cameo()).isEqualTo("192");
    assertThat(taken.mode()).isEqualTo("occupy");
    Built suspects =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Police police NNS 2 nsubj
                2 captured capture VBD 0 root
                3 three three CD 4 nummod
                4 suspects suspect NNS 2 obj
                5 in in IN 6 case
                6 Lagos Lagos NNP 4 nmod:in
                7 . . . 2 punct
                """)
            .actor(0, "Police", "COP")
            .build();
    assertThat(code(suspects)).noneMatch(e -> e.type() == EventType.ASSAULT);
  }

  @Test
  void aReleasedReportIsPublishedNotSetFree() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 A a DT 2 det
                2 report report NN 4 nsubj
                3 released release VBN 2 acl
                4 alleged allege VBD 0 root
                5 abuses abuse NNS 4 obj
                6 . . . 4 punct
                """)
            .build();
    assertThat(code(b)).noneMatch(e -> e.type() == EventType.RETREAT);
  }

  @Test
  void whatIsReceivedFromSomeoneIsTheirAid() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Rebels rebel NNS 2 nsubj
                2 received receive VBD 0 root
                3 weapons weapon NNS 2 obj
                4 from from IN 5 case
                5 Iran Iran NNP 2 obl:from
                6 . . . 2 punct
                """)
            .actor(0, "Rebels", "REB")
            .actor(0, "Iran", "IRN")
            .build();
    Event aid = only(code(b), EventType.AID);
    assertThat(aid.source()).isEqualTo(b.mention("Iran"));
    assertThat(aid.target()).isEqualTo(b.mention("Rebels"));
  }

  @Test
  void sayingAnotherPartyMustActIsADemand() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Russia Russia NNP 2 nsubj
                2 said say VBD 0 root
                3 Sudan Sudan NNP 5 nsubj
                4 must must MD 5 aux
                5 pay pay VB 2 ccomp
                6 . . . 2 punct
                """)
            .actor(0, "Russia", "RUS")
            .actor(0, "Sudan", "SDN")
            .build();
    Event demand = only(code(b), EventType.REQUEST);
    assertThat(demand.source()).isEqualTo(b.mention("Russia"));
    assertThat(demand.rule()).startsWith("REQUEST:say_must");
  }

  @Test
  void sayingOneselfMustActIsNoDemand() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Iran Iran NNP 2 nsubj
                2 said say VBD 0 root
                3 it it PRP 5 nsubj
                4 must must MD 5 aux
                5 pay pay VB 2 ccomp
                6 . . . 2 punct
                """)
            .actor(0, "Iran", "IRN")
            .build();
    assertThat(code(b)).noneMatch(e -> e.type() == EventType.REQUEST);
  }

  @Test
  void readsCommittedToAGerundAsTheSubjectsCommitment() {
    // The parser gives "to" before a gerund as its case, not its mark.
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Kenya Kenya NNP 3 nsubj:pass
                2 is be VBZ 3 aux:pass
                3 committed commit VBN 0 root
                4 to to IN 5 case
                5 opening open VBG 3 advcl:to
                6 markets market NNS 5 obj
                7 . . . 3 punct
                """)
            .actor(0, "Kenya", "KEN")
            .build();
    Event e = only(code(b), EventType.AGREE);
    assertThat(e.source()).isEqualTo(b.mention("Kenya"));
    assertThat(e.rule()).startsWith("AGREE:commit_to/stative-");
  }

  @Test
  void givesAPurposeClauseTheSubjectOfItsMainClause() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Uzbekistan Uzbekistan NNP 2 nsubj
                2 opened open VBD 0 root
                3 the the DT 4 det
                4 bridge bridge NN 2 obj
                5 to to TO 6 mark
                6 allow allow VB 2 advcl:to
                7 deliveries delivery NNS 6 obj
                8 to to IN 9 case
                9 Afghanistan Afghanistan NNP 7 nmod:to
                10 . . . 2 punct
                """)
            .actor(0, "Uzbekistan", "UZB")
            .actor(0, "Afghanistan", "AFG")
            .build();
    Event e = only(code(b), EventType.CONCEDE);
    assertThat(e.source()).isEqualTo(b.mention("Uzbekistan"));
    assertThat(e.rule()).contains("/purpose-");
  }

  @Test
  void neverGivesTheOneAskingWhatTheAskedAreToDo() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 UN UN NNP 3 nsubj
                3 called call VBD 0 root
                4 on on IN 6 case
                5 both both DT 6 det
                6 sides side NNS 3 obl:on
                7 to to TO 8 mark
                8 allow allow VB 3 advcl:to
                9 a a DT 10 det
                10 convoy convoy NN 8 obj
                11 . . . 3 punct
                """)
            .actor(0, "UN", "UN")
            .build();
    Event e = only(code(b), EventType.CONCEDE);
    assertThat(e.source()).isNull();
  }

  @Test
  void givesADeploymentOfPeacekeepersToTheirOwner() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 deployment deployment NN 7 nsubj
                3 of of IN 6 case
                4 NATO NATO NNP 6 compound
                5 peacekeeping peacekeeping NN 6 compound
                6 troops troops NNS 2 nmod:of
                7 arrived arrive VBD 0 root
                8 in in IN 9 case
                9 Bosnia Bosnia NNP 7 obl:in
                10 . . . 7 punct
                """)
            .actor(0, "NATO", "NATO")
            .actor(0, "Bosnia", "BIH")
            .build();
    Event e = only(code(b), EventType.AID);
    assertThat(e.source()).isEqualTo(b.mention("NATO"));
  }

  @Test
  void readsANounTriggerWithASubjectOfItsOwnAsAVerb() {
    // "blockade" tagged a noun, with "they" as its subject: the speaker's "they".
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 French french JJ 2 amod
                2 farmers farmer NNS 3 nsubj
                3 said say VBD 0 root
                4 they they PRP 6 nsubj
                5 would would MD 6 aux
                6 blockade blockade NN 3 ccomp
                7 Paris Paris NNP 6 obj
                8 . . . 3 punct
                """)
            .actor(0, "French farmers", "FRACVL")
            .build();
    assertThat(code(b))
        .filteredOn(e -> e.trigger().equals("blockade"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.source()).isEqualTo(b.mention("French farmers")));
  }

  @Test
  void thoseDemobilizedAreTheOnesWhoYield() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Albanian albanian JJ 2 amod
                2 guerrillas guerrilla NNS 5 nsubj:pass
                3 have have VBP 5 aux
                4 been be VBN 5 aux:pass
                5 demobilized demobilize VBN 0 root
                6 . . . 5 punct
                """)
            .actor(0, "Albanian guerrillas", "MKDREB")
            .build();
    Event e = only(code(b), EventType.RETREAT);
    assertThat(e.source()).isEqualTo(b.mention("Albanian guerrillas"));
    assertThat(e.target()).isNull();
  }

  @Test
  void hostagesReleasedAreNotTheOnesWhoYield() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Turkish turkish JJ 2 amod
                2 hostages hostage NNS 4 nsubj:pass
                3 were be VBD 4 aux:pass
                4 released release VBN 0 root
                5 . . . 4 punct
                """)
            .actor(0, "Turkish hostages", "TURCVL")
            .build();
    Event e = only(code(b), EventType.RETREAT);
    assertThat(e.source()).isNull();
    assertThat(e.target()).isEqualTo(b.mention("Turkish hostages"));
  }

  @Test
  void theyInTheNextSentenceIsTheActorNamedFirstBefore() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 regrouped regroup VBD 0 root
                3 near near IN 4 case
                4 Kirkuk Kirkuk NNP 2 obl:near
                5 . . . 2 punct
                """)
            .sentence(
                """
                1 They they PRP 2 nsubj
                2 attacked attack VBD 0 root
                3 a a DT 4 det
                4 checkpoint checkpoint NN 2 obj
                5 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("ISIS"));
    assertThat(e.rule()).isEqualTo("ASSAULT:attack/nsubj~antecedent--");
  }

  @Test
  void theGroupIsAGroupNamedBeforeNeverAState() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Iraq Iraq NNP 2 nsubj
                2 blamed blame VBD 0 root
                3 ISIS ISIS NNP 2 obj
                4 . . . 2 punct
                """)
            .sentence(
                """
                1 The the DT 2 det
                2 group group NN 3 nsubj
                3 attacked attack VBD 0 root
                4 a a DT 5 det
                5 checkpoint checkpoint NN 3 obj
                6 . . . 3 punct
                """)
            .actor(0, "Iraq", "IRQ")
            .actor(0, "ISIS", "ISIS")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("ISIS"));
  }

  @Test
  void theyWhoProtestAreNeverThePoliceWhoActedOnThem() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Police police NNS 2 nsubj
                2 arrested arrest VBD 0 root
                3 protesters protester NNS 2 obj
                4 after after IN 6 mark
                5 they they PRP 6 nsubj
                6 blocked block VBD 2 advcl:after
                7 the the DT 8 det
                8 road road NN 6 obj
                9 . . . 2 punct
                """)
            .actor(0, "Police", "IRQ.COP")
            .actor(0, "protesters", "IRQ.OPP")
            .build();
    Event e = only(code(b), EventType.PROTEST);
    assertThat(e.source()).isEqualTo(b.mention("protesters"));
  }

  @Test
  void theyOfASpeakerWhoIsNoActorStaysUnresolved() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 ISIS ISIS NNP 2 nsubj
                2 regrouped regroup VBD 0 root
                3 . . . 2 punct
                """)
            .sentence(
                """
                1 Militants militant NNS 2 nsubj
                2 said say VBD 0 root
                3 they they PRP 4 nsubj
                4 attacked attack VBD 2 ccomp
                5 a a DT 6 det
                6 checkpoint checkpoint NN 4 obj
                7 . . . 2 punct
                """)
            .actor(0, "ISIS", "ISIS")
            .build();
    assertThat(only(code(b), EventType.ASSAULT).source()).isNull();
  }

  @Test
  void aSpokesmanForAGroupActsForIt() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 A a DT 2 det
                2 spokesman spokesman NN 5 nsubj
                3 for for IN 4 case
                4 Nujaba Nujaba NNP 2 nmod:for
                5 accused accuse VBD 0 root
                6 US US NNP 7 compound
                7 forces force NNS 5 obj
                8 . . . 5 punct
                """)
            .actor(0, "Nujaba", "NUJABA")
            .actor(0, "US forces", "USAMIL")
            .build();
    assertThat(only(code(b), EventType.ACCUSE).source()).isEqualTo(b.mention("Nujaba"));
  }

  @Test
  void aMinisterForAnOfficeIsThePersonNamedAfterIt() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 Minister Minister NNP 6 nsubj
                3 for for IN 5 case
                4 Interior Interior NNP 5 compound
                5 Sherpao Sherpao NNP 2 nmod:for
                6 allowed allow VBD 0 root
                7 the the DT 8 det
                8 rally rally NN 6 obj
                9 . . . 6 punct
                """)
            .actor(0, "Sherpao", "person:sherpao")
            .build();
    assertThat(only(code(b), EventType.CONCEDE).source()).isEqualTo(b.mention("Sherpao"));
  }

  @Test
  void aPossessiveTriggerBelongsToTheSubjectItsOwnerIs() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 The the DT 2 det
                2 FDD FDD NNP 3 nsubj
                3 insisted insist VBD 0 root
                4 on on IN 6 case
                5 its its PRP$ 6 nmod:poss
                6 demands demand NNS 3 obl:on
                7 . . . 3 punct
                """)
            .actor(0, "FDD", "FDD")
            .build();
    assertThat(only(code(b), EventType.REQUEST).source()).isEqualTo(b.mention("FDD"));
  }

  @Test
  void theyIsNeverAPerson() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Ali Ali NNP 2 nsubj
                2 arrived arrive VBD 0 root
                3 . . . 2 punct
                """)
            .sentence(
                """
                1 They they PRP 2 nsubj
                2 attacked attack VBD 0 root
                3 a a DT 4 det
                4 checkpoint checkpoint NN 2 obj
                5 . . . 2 punct
                """)
            .actor(0, "Ali", "person:ali")
            .build();
    assertThat(only(code(b), EventType.ASSAULT).source()).isNull();
  }

  @Test
  void givesAnActionToTheOneEngagedInIt() {
    Built b =
        ParsedArticleFixture.builder()
            .sentence(
                """
                1 Serb serb JJ 2 amod
                2 forces force NNS 4 nsubj:pass
                3 were be VBD 4 aux:pass
                4 engaged engage VBN 0 root
                5 in in IN 7 case
                6 ethnic ethnic JJ 7 amod
                7 cleansing cleansing NN 4 obl:in
                8 in in IN 9 case
                9 Montenegro Montenegro NNP 4 obl:in
                10 . . . 4 punct
                """)
            .actor(0, "Serb forces", "SRBMIL")
            .actor(0, "Montenegro", "MNE")
            .build();
    Event e = only(code(b), EventType.ASSAULT);
    assertThat(e.source()).isEqualTo(b.mention("Serb forces"));
    assertThat(e.rule()).contains("/partaking-");
  }
}
