package org.khaldun.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the NLP stage, validated when built.
 *
 * @param parseScope which sentences get a dependency parse
 * @param parseTriggers the words that make a sentence worth parsing under {@link
 *     ParseScope#TRIGGER_SENTENCES}; must not be empty in that scope, ignored in the others
 * @param maxSentenceTokens sentences with more tokens are never parsed (the parser's time grows
 *     with sentence length, and such "sentences" are usually lists or run-on boilerplate)
 */
public record NlpOptions(
    ParseScope parseScope, Set<ParseTrigger> parseTriggers, int maxSentenceTokens) {

  /** Default {@link #maxSentenceTokens()}: well above a long news sentence (40 to 60 tokens). */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 120;

  /** Upper bound of {@link #maxSentenceTokens()}, to keep one sentence's parse bounded. */
  public static final int MAX_SENTENCE_TOKENS_LIMIT = 1000;

  public NlpOptions {
    Objects.requireNonNull(parseScope, "parseScope must not be null");
    Objects.requireNonNull(parseTriggers, "parseTriggers must not be null");
    parseTriggers = Set.copyOf(parseTriggers);
    if (parseScope == ParseScope.TRIGGER_SENTENCES && parseTriggers.isEmpty()) {
      throw new IllegalArgumentException(
          "parseTriggers must not be empty when parseScope is TRIGGER_SENTENCES");
    }
    if (maxSentenceTokens < 1 || maxSentenceTokens > MAX_SENTENCE_TOKENS_LIMIT) {
      throw new IllegalArgumentException(
          "maxSentenceTokens must be between 1 and "
              + MAX_SENTENCE_TOKENS_LIMIT
              + ", got "
              + maxSentenceTokens);
    }
  }

  /** Parse every sentence of at most {@value #DEFAULT_MAX_SENTENCE_TOKENS} tokens. */
  public static NlpOptions defaults() {
    return new NlpOptions(ParseScope.ALL, Set.of(), DEFAULT_MAX_SENTENCE_TOKENS);
  }

  /**
   * These options, parsing only sentences with one of {@code triggers} (lower-case lemmas) as a
   * verb or a common noun.
   */
  public NlpOptions parsingTriggerSentences(Set<String> triggers) {
    Set<ParseTrigger> words = new HashSet<>();
    for (String trigger : triggers) {
      if (trigger.isBlank()) {
        throw new IllegalArgumentException("parseTriggers contains a blank lemma");
      }
      if (!trigger.equals(trigger.toLowerCase(Locale.ROOT)) || !trigger.equals(trigger.strip())) {
        throw new IllegalArgumentException(
            "parseTriggers must hold lower-case lemmas without surrounding spaces, got '"
                + trigger
                + "'");
      }
      words.add(ParseTrigger.anyWord(trigger));
    }
    return parsingSentencesWith(words);
  }

  /** These options, parsing only sentences where one of {@code triggers} occurs. */
  public NlpOptions parsingSentencesWith(Set<ParseTrigger> triggers) {
    return new NlpOptions(ParseScope.TRIGGER_SENTENCES, triggers, maxSentenceTokens);
  }

  /** These options with another parse scope, keeping the triggers. */
  public NlpOptions withParseScope(ParseScope scope) {
    return new NlpOptions(scope, parseTriggers, maxSentenceTokens);
  }

  /** These options with another sentence length limit. */
  public NlpOptions withMaxSentenceTokens(int max) {
    return new NlpOptions(parseScope, parseTriggers, max);
  }
}
