package org.khaldun.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khaldun.nlp.ParseTrigger;
import org.khaldun.nlp.ParseTrigger.WordClass;

class TriggerLexiconTest {

  private static final String HEADER = "# a test lexicon\n\n";

  private static TriggerLexicon load(String text) {
    return TriggerLexicon.load(new StringReader(HEADER + text), "test.tsv");
  }

  @Test
  void defaultLexiconCoversAllSixteenPloverTypes() {
    TriggerLexicon lexicon = TriggerLexicon.loadDefault();
    Set<EventType> types =
        lexicon.entries().stream().map(TriggerEntry::type).collect(Collectors.toSet());
    assertThat(types).isEqualTo(EnumSet.allOf(EventType.class));
  }

  @Test
  void lemmasAreTheHeadsMatchingStartsFrom() {
    TriggerLexicon lexicon = TriggerLexicon.loadDefault();
    assertThat(lexicon.lemmas()).contains("attack", "call", "open", "strike", "accuse");
    // "hunger strike" is matched from "strike"; a sentence with only "hunger" holds no event.
    assertThat(lexicon.lemmas()).doesNotContain("hunger", "say", "the");
  }

  @Test
  void parseTriggersNeedTheHeadsPartOfSpeechAndThePhrasesOtherWords() {
    TriggerLexicon lexicon =
        load(
            "hunger *strike\tnoun\tPROTEST\tstrike-hun\t142\t-\n"
                + "take hostage\tverb\tASSAULT\tabduct\t181\t-\n"
                + "capture @place\tverb\tASSAULT\toccupy\t192\t-\n");

    assertThat(lexicon.parseTriggers())
        .contains(
            new ParseTrigger("strike", WordClass.NOUN, Set.of("hunger")),
            new ParseTrigger("take", WordClass.VERB, Set.of("hostage")),
            new ParseTrigger("capture", WordClass.VERB, Set.of()))
        // "X said Y must ...": a demand whatever the act, so a modal keeps any head worth parsing.
        .contains(new ParseTrigger("take", WordClass.VERB_OR_NOUN, Set.of("must")));
  }

  @Test
  void readsPhraseHeadPartOfSpeechModeCameoAndSlots() {
    TriggerLexicon lexicon =
        load("hunger *strike\tnoun\tPROTEST\tstrike-hun\t142\tsource=poss|agent target=-\n");
    TriggerEntry e = lexicon.entries().get(0);
    assertThat(e.words()).containsExactly("hunger", "strike");
    assertThat(e.headLemma()).isEqualTo("strike");
    assertThat(e.noun()).isTrue();
    assertThat(e.mode()).isEqualTo("strike-hun");
    assertThat(e.cameo()).isEqualTo("142");
    assertThat(e.sourceSlots()).extracting(Slot::toString).containsExactly("poss", "agent");
    assertThat(e.targetSlots()).isEmpty();
    assertThat(e.name()).isEqualTo("PROTEST:hunger_strike");
  }

  @Test
  void dashCameoMeansTheTypeRoot() {
    TriggerEntry e = load("rebuff\tverb\tREJECT\t-\t-\t-\n").entries().get(0);
    assertThat(e.cameo()).isEqualTo("12");
    assertThat(e.sourceSlots()).extracting(Slot::toString).containsExactly("nsubj");
    assertThat(e.targetSlots()).extracting(Slot::toString).containsExactly("obj");
  }

  @Test
  void rejectsWrongColumnCountWithFileAndLine() {
    assertThatThrownBy(() -> load("attack\tverb\tASSAULT\t-\t190\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.tsv:3: expected 6 tab-separated columns, found 5");
  }

  @Test
  void rejectsUnknownType() {
    assertThatThrownBy(() -> load("attack\tverb\tFIGHT\t-\t190\t-\n"))
        .hasMessageStartingWith("test.tsv:3: unknown PLOVER type 'FIGHT'");
  }

  @Test
  void rejectsModeOfAnotherType() {
    assertThatThrownBy(() -> load("attack\tverb\tASSAULT\tcurfew\t190\t-\n"))
        .hasMessageStartingWith("test.tsv:3: unknown mode 'curfew' for ASSAULT");
  }

  @Test
  void rejectsMalformedCameoCode() {
    assertThatThrownBy(() -> load("attack\tverb\tASSAULT\t-\t19a\t-\n"))
        .hasMessage("test.tsv:3: CAMEO code must be 2 to 4 digits: 19a");
  }

  @Test
  void rejectsUnknownSlot() {
    assertThatThrownBy(() -> load("attack\tverb\tASSAULT\t-\t190\tsource=subject\n"))
        .hasMessageStartingWith("test.tsv:3: unknown slot 'subject'");
  }

  @Test
  void rejectsUnknownPartOfSpeech() {
    assertThatThrownBy(() -> load("attack\tadj\tASSAULT\t-\t190\t-\n"))
        .hasMessage("test.tsv:3: part of speech must be verb or noun, not 'adj'");
  }

  @Test
  void rejectsDuplicateEntries() {
    assertThatThrownBy(
            () -> load("attack\tverb\tASSAULT\t-\t190\t-\nattack\tverb\tASSAULT\t-\t190\t-\n"))
        .hasMessage("test.tsv:4: duplicate entry 'attack/verb'");
  }

  @Test
  void rejectsTwoMarkedHeads() {
    assertThatThrownBy(() -> load("*air *strike\tnoun\tASSAULT\taerial\t195\t-\n"))
        .hasMessage("test.tsv:3: more than one head marked with '*'");
  }

  @Test
  void rejectsAnEmptyLexicon() {
    assertThatThrownBy(() -> load("")).hasMessage("test.tsv: no entries");
  }
}
