package org.khaldun.nlp;

/** Which sentences the dependency parser runs on; parsing dominates the cost of the NLP stage. */
public enum ParseScope {
  /** Every sentence up to {@link NlpOptions#maxSentenceTokens()} tokens. */
  ALL,
  /**
   * Only sentences where one of {@link NlpOptions#parseTriggers()} occurs, up to {@link
   * NlpOptions#maxSentenceTokens()} tokens: sentences without an event verb or noun cannot yield an
   * event, so their parse would be wasted.
   */
  TRIGGER_SENTENCES,
  /** No sentence: tokens, lemmas, part-of-speech tags and entities only. */
  NONE
}
