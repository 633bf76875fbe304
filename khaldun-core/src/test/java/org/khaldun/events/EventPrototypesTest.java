package org.khaldun.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EventPrototypesTest {

  /** Enough lines for every label, so that one bad line is the only problem. */
  private static String complete() {
    StringBuilder b = new StringBuilder("# header\n\n");
    for (EventType t : EventType.values()) {
      for (int i = 0; i < EventPrototypes.MIN_PER_LABEL; i++) {
        b.append(t).append("\tThe ").append(t).append(" sentence number ").append(i).append(".\n");
      }
    }
    for (int i = 0; i < EventPrototypes.MIN_PER_LABEL; i++) {
      b.append("NONE\tA sentence about nothing, number ").append(i).append(".\n");
    }
    return b.toString();
  }

  private static EventPrototypes load(String text) {
    return EventPrototypes.load(new StringReader(text), "test.tsv");
  }

  @Test
  void loadsTheBundledPrototypesWithEveryTypeAndNone() {
    EventPrototypes p = EventPrototypes.loadDefault();
    assertThat(p.all()).extracting(EventPrototypes.Prototype::type).contains(EventType.values());
    assertThat(p.all()).anyMatch(x -> x.type() == null);
    assertThat(p.all()).anyMatch(x -> x.type() == EventType.ASSAULT && "aerial".equals(x.mode()));
  }

  @Test
  void readsLabelModeAndSentence() {
    EventPrototypes p = load(complete() + "ASSAULT/aerial\tJets bombed the bridge overnight.\n");
    assertThat(p.all())
        .last()
        .isEqualTo(
            new EventPrototypes.Prototype(
                EventType.ASSAULT, "aerial", "Jets bombed the bridge overnight.", "test.tsv:139"));
  }

  @Test
  void rejectsAnUnknownLabelWithFileAndLine() {
    assertThatThrownBy(() -> load("# c\nATTACK\tMen attacked the town.\n" + complete()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("test.tsv:2: unknown label 'ATTACK'");
  }

  @Test
  void rejectsAModeTheTypeDoesNotHave() {
    assertThatThrownBy(() -> load(complete() + "AGREE/aerial\tThey agreed on it today.\n"))
        .hasMessageStartingWith("test.tsv:139: unknown mode 'aerial' for AGREE");
  }

  @Test
  void rejectsALineWithoutASentence() {
    assertThatThrownBy(() -> load("PROTEST\n" + complete()))
        .hasMessageStartingWith("test.tsv:1: expected 2 tab-separated columns");
  }

  @Test
  void rejectsDuplicatePrototypes() {
    assertThatThrownBy(() -> load(complete() + "NONE\ta sentence about nothing, number 3.\n"))
        .hasMessageStartingWith("test.tsv:139: duplicate prototype");
  }

  @Test
  void rejectsATypeWithTooFewPrototypes() {
    String text = complete().replaceAll("(?m)^REJECT\t.*\n", "");
    assertThatThrownBy(() -> load(text))
        .hasMessage("test.tsv: fewer than 8 prototypes for [REJECT (0)]");
  }
}
