package org.khaldun.events;

import java.util.List;

/**
 * One line of the trigger lexicon.
 *
 * @param words the lemmas of the phrase in text order
 * @param head index in {@code words} of the word the parse is anchored on
 * @param noun whether the head is a noun (else a verb)
 * @param type PLOVER type
 * @param mode PLOVER mode, or null
 * @param cameo CAMEO code
 * @param sourceSlots where to look for the source, in order; empty when the entry has none
 * @param targetSlots where to look for the target, in order; empty when the entry has none
 * @param location {@code file:line} of the entry, for messages
 */
record TriggerEntry(
    List<String> words,
    int head,
    boolean noun,
    EventType type,
    String mode,
    String cameo,
    List<Slot> sourceSlots,
    List<Slot> targetSlots,
    String location) {

  TriggerEntry {
    words = List.copyOf(words);
    sourceSlots = List.copyOf(sourceSlots);
    targetSlots = List.copyOf(targetSlots);
  }

  String headLemma() {
    return words.get(head);
  }

  /** Name used in {@link Event#rule()}: type and phrase, e.g. {@code ASSAULT:open_fire}. */
  String name() {
    return type + ":" + String.join("_", words);
  }
}
