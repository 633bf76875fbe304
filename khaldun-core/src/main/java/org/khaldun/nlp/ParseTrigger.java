package org.khaldun.nlp;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A word that makes a sentence worth parsing under {@link ParseScope#TRIGGER_SENTENCES}: a lemma in
 * a given part of speech, with the other words its phrase needs. The event coder matches a phrase
 * such as "take hostage" only when all its words are in the sentence, and a verb entry only on a
 * verb, so a sentence where "take" stands alone, or "strike" is a noun and only a verb entry has
 * it, cannot give that event and its parse would be wasted (such sentences were 40% of the parsed
 * tokens).
 *
 * @param lemma lower-case lemma of the word
 * @param wordClass the part of speech the word must have
 * @param companions lower-case lemmas that must also occur somewhere in the sentence; empty for a
 *     single word
 */
public record ParseTrigger(String lemma, WordClass wordClass, Set<String> companions) {

  /** Which part-of-speech tags (Penn Treebank) a trigger word may carry. */
  public enum WordClass {
    /**
     * A verb (VB*), or a common noun in a sentence without a verb: headlines drop their verbs'
     * forms ("Police arrest five"), and the tagger then often calls the verb a noun.
     */
    VERB,
    /** A common noun (NN, NNS), never a proper noun: "Strike" in a name is no event. */
    NOUN,
    /** A verb or a common noun. */
    VERB_OR_NOUN
  }

  public ParseTrigger {
    requireLemma(lemma, "lemma");
    Objects.requireNonNull(wordClass, "wordClass must not be null");
    Objects.requireNonNull(companions, "companions must not be null");
    companions = Set.copyOf(companions);
    for (String companion : companions) {
      requireLemma(companion, "companions");
    }
  }

  /** {@code lemma} as a verb or a common noun, alone. */
  public static ParseTrigger anyWord(String lemma) {
    return new ParseTrigger(lemma, WordClass.VERB_OR_NOUN, Set.of());
  }

  /**
   * Whether a token tagged {@code tag} fits {@link #wordClass()}; {@code sentenceHasVerb} tells
   * whether any token of its sentence is tagged as a verb. A missing tag fits any class.
   */
  boolean fits(String tag, boolean sentenceHasVerb) {
    if (tag == null) {
      return true;
    }
    boolean verb = tag.startsWith("VB");
    boolean commonNoun = tag.startsWith("NN") && !tag.startsWith("NNP");
    return switch (wordClass) {
      case VERB -> verb || (commonNoun && !sentenceHasVerb);
      case NOUN -> commonNoun;
      case VERB_OR_NOUN -> verb || commonNoun;
    };
  }

  private static void requireLemma(String lemma, String what) {
    Objects.requireNonNull(lemma, what + " must not be null");
    if (lemma.isBlank()) {
      throw new IllegalArgumentException(what + " contains a blank lemma");
    }
    if (!lemma.equals(lemma.toLowerCase(Locale.ROOT)) || !lemma.equals(lemma.strip())) {
      throw new IllegalArgumentException(
          what + " must hold lower-case lemmas without surrounding spaces, got '" + lemma + "'");
    }
  }
}
