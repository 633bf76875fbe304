package org.khaldun.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khaldun.events.EventType;

class OntologyTest {
  private static final Ontology ONTOLOGY = Ontology.standard();

  private static String resource(String name) {
    try (InputStream in =
        OntologyTest.class.getClassLoader().getResourceAsStream(Ontology.DIRECTORY + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The shipped files with one of them replaced. */
  private static Ontology loadWith(String name, String content) {
    Map<String, String> replaced = Map.of(name, content);
    return Ontology.load(
        file -> (Reader) new StringReader(replaced.getOrDefault(file, resource(file))));
  }

  @Test
  void holdsTheSixteenPloverTypesTwentyCameoRootsAndAcledsTypes() {
    for (EventType t : EventType.values()) {
      assertThat(ONTOLOGY.describe(t)).isNotBlank();
    }
    assertThat(ONTOLOGY.cameoRoots()).hasSize(20);
    assertThat(ONTOLOGY.cameoRoots().get(0).code()).isEqualTo("01");
    assertThat(ONTOLOGY.cameoRoots().get(19).code()).isEqualTo("20");
    assertThat(ONTOLOGY.acledEventTypes())
        .containsExactly(
            "Battles",
            "Explosions/Remote violence",
            "Violence against civilians",
            "Protests",
            "Riots",
            "Strategic developments");
    assertThat(ONTOLOGY.acledSubEventTypes()).hasSize(25);
  }

  @Test
  void givesGoldsteinScoresOfCodesAndFallsBackToTheRoot() {
    assertThat(ONTOLOGY.goldstein("057")).contains(8.0);
    assertThat(ONTOLOGY.goldstein("190")).contains(-10.0);
    assertThat(ONTOLOGY.goldstein("0874")).contains(10.0);
    assertThat(ONTOLOGY.goldstein("14")).contains(-6.5);
    // 1413 is a valid CAMEO code the set does not list: it takes its root's score.
    assertThat(ONTOLOGY.goldstein("1413")).contains(-6.5);
    assertThat(ONTOLOGY.goldstein("99")).isEmpty();
    assertThat(ONTOLOGY.expectCameo("1831").root()).isEqualTo("18");
    assertThatThrownBy(() -> ONTOLOGY.expectCameo("999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("999");
  }

  @Test
  void listsModesWithTheirOriginAndPloverContexts() {
    assertThat(ONTOLOGY.findMode(EventType.ASSAULT, "aerial"))
        .get()
        .matches(PloverMode::fromPlover);
    assertThat(ONTOLOGY.findMode(EventType.SANCTION, "cut-aid"))
        .get()
        .matches(m -> !m.fromPlover());
    assertThat(ONTOLOGY.findMode(EventType.AGREE, "aerial")).isEmpty();
    assertThat(ONTOLOGY.contexts())
        .extracting(PloverContext::name)
        .contains("military", "terrorism", "human_rights", "election", "economic", "cyber");
  }

  @Test
  void mapsAnAirStrikeToAcledAirDroneStrike() {
    Correspondence c =
        ONTOLOGY.map(
            EventType.ASSAULT, "aerial", List.of(), ActorClass.STATE_ARMED, ActorClass.UNKNOWN);
    assertThat(c.cameo()).isEqualTo("195");
    assertThat(c.acledEventType()).isEqualTo("Explosions/Remote violence");
    assertThat(c.acledSubEventType()).isEqualTo("Air/drone strike");
    assertThat(c.rule()).startsWith("mappings.tsv:");
  }

  @Test
  void tellsArmedClashesFromAttacksOnCiviliansByTheTarget() {
    Correspondence clash =
        ONTOLOGY.map(
            EventType.ASSAULT,
            "firearms",
            List.of(),
            ActorClass.NONSTATE_ARMED,
            ActorClass.STATE_ARMED);
    Correspondence attack =
        ONTOLOGY.map(
            EventType.ASSAULT,
            "firearms",
            List.of(),
            ActorClass.NONSTATE_ARMED,
            ActorClass.UNARMED);
    assertThat(clash.acledSubEventType()).isEqualTo("Armed clash");
    assertThat(attack.acledEventType()).isEqualTo("Violence against civilians");
    assertThat(attack.acledSubEventType()).isEqualTo("Attack");
  }

  @Test
  void groundTakenIsATerritoryBattleToldApartByWhoTakesIt() {
    Correspondence byState =
        ONTOLOGY.map(
            EventType.ASSAULT, "occupy", List.of(), ActorClass.STATE_ARMED, ActorClass.UNKNOWN);
    Correspondence byRebels =
        ONTOLOGY.map(
            EventType.ASSAULT,
            "occupy",
            List.of(),
            ActorClass.NONSTATE_ARMED,
            ActorClass.STATE_ARMED);
    Correspondence unknown =
        ONTOLOGY.map(
            EventType.ASSAULT, "occupy", List.of(), ActorClass.UNKNOWN, ActorClass.UNKNOWN);
    assertThat(byState.cameo()).isEqualTo("192");
    assertThat(byState.acledSubEventType()).isEqualTo("Government regains territory");
    assertThat(byRebels.acledSubEventType()).isEqualTo("Non-state actor overtakes territory");
    assertThat(unknown.acledSubEventType()).isEqualTo("Armed clash");
  }

  @Test
  void basesAndPreventedAttacksAreStrategicDevelopments() {
    assertThat(
            ONTOLOGY
                .map(
                    EventType.MOBILIZE,
                    "base",
                    List.of(),
                    ActorClass.NONSTATE_ARMED,
                    ActorClass.UNKNOWN)
                .acledSubEventType())
        .isEqualTo("Headquarters or base established");
    assertThat(
            ONTOLOGY
                .map(
                    EventType.MOBILIZE,
                    "disrupt",
                    List.of(),
                    ActorClass.STATE_ARMED,
                    ActorClass.UNKNOWN)
                .acledSubEventType())
        .isEqualTo("Disrupted weapons use");
  }

  @Test
  void verbalEventsHaveNoAcledTypeUnlessAContextMakesThemAnAgreement() {
    Correspondence accuse =
        ONTOLOGY.map(EventType.ACCUSE, null, List.of(), ActorClass.UNARMED, ActorClass.UNARMED);
    assertThat(accuse.cameo()).isEqualTo("110");
    assertThat(accuse.acledEventType()).isNull();
    assertThat(accuse.acledSubEventType()).isNull();
    Correspondence truce =
        ONTOLOGY.map(
            EventType.AGREE, null, Set.of("military"), ActorClass.UNARMED, ActorClass.UNARMED);
    assertThat(truce.acledSubEventType()).isEqualTo("Agreement");
    Correspondence arrest =
        ONTOLOGY.map(
            EventType.COERCE, "arrest", List.of(), ActorClass.STATE_ARMED, ActorClass.UNKNOWN);
    assertThat(arrest.acledEventType()).isEqualTo("Strategic developments");
    assertThat(arrest.acledSubEventType()).isEqualTo("Arrests");
  }

  @Test
  void everyMappingCodeAndSubTypeIsInTheSets() {
    for (EventType t : EventType.values()) {
      Correspondence c = ONTOLOGY.map(t, null, List.of(), ActorClass.UNKNOWN, ActorClass.UNKNOWN);
      assertThat(ONTOLOGY.findCameo(c.cameo())).isPresent();
    }
  }

  @Test
  void rejectsAGoldsteinScoreOffTheScaleWithFileAndLine() {
    String cameo = resource(Ontology.CAMEO).replace("057\t8.0\t", "057\t18.0\t");
    int line = lineOf(cameo, "057\t");
    assertThatThrownBy(() -> loadWith(Ontology.CAMEO, cameo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cameo.tsv:" + line + ": Goldstein score");
  }

  @Test
  void rejectsADuplicateCodeWithFileAndLine() {
    String cameo = resource(Ontology.CAMEO) + "190\t-10.0\tagain\n";
    int line = (int) cameo.lines().count();
    assertThatThrownBy(() -> loadWith(Ontology.CAMEO, cameo))
        .hasMessage("cameo.tsv:" + line + ": duplicate CAMEO code 190");
  }

  @Test
  void rejectsAMappingToAnUnknownCodeModeOrAcledType() {
    String base = resource(Ontology.MAPPINGS);
    assertThatThrownBy(
            () -> loadWith(Ontology.MAPPINGS, base + "ASSAULT\tnapalm\t*\t*\t*\t190\t-\t-\n"))
        .hasMessageContaining("mappings.tsv:")
        .hasMessageContaining("unknown mode 'napalm' of ASSAULT");
    assertThatThrownBy(
            () -> loadWith(Ontology.MAPPINGS, base + "ASSAULT\t*\tcyber\t*\t*\t999\t-\t-\n"))
        .hasMessageContaining("unknown CAMEO code '999'");
    assertThatThrownBy(
            () ->
                loadWith(
                    Ontology.MAPPINGS, base + "ASSAULT\t*\tcyber\t*\t*\t190\tBattles\tSiege\n"))
        .hasMessageContaining("unknown ACLED sub-event type 'Battles / Siege'");
  }

  @Test
  void rejectsATypeWhoseQuadClassDisagreesWithPlover() {
    String types =
        resource(Ontology.TYPES).replace("ASSAULT\tMATERIAL_CONFLICT", "ASSAULT\tVERBAL_CONFLICT");
    assertThatThrownBy(() -> loadWith(Ontology.TYPES, types))
        .hasMessageStartingWith("plover-types.tsv:" + lineOf(types, "ASSAULT\t") + ": ");
  }

  @Test
  void rejectsARowWithTheWrongNumberOfColumns() {
    assertThatThrownBy(() -> loadWith(Ontology.ACLED, "Battles\tArmed clash\n"))
        .hasMessage("acled.tsv:1: expected 3 tab-separated columns, found 2");
  }

  private static int lineOf(String text, String prefix) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line " + prefix);
  }
}
