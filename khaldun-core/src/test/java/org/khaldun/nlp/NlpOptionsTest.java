package org.khaldun.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NlpOptionsTest {

  @Test
  void defaultsParseEverySentenceUpToTheLengthLimit() {
    NlpOptions options = NlpOptions.defaults();

    assertThat(options.parseScope()).isEqualTo(ParseScope.ALL);
    assertThat(options.maxSentenceTokens()).isEqualTo(NlpOptions.DEFAULT_MAX_SENTENCE_TOKENS);
  }

  @Test
  void rejectsTriggerScopeWithoutTriggers() {
    assertThatThrownBy(() -> new NlpOptions(ParseScope.TRIGGER_SENTENCES, Set.of(), 120))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parseTriggers");
  }

  @Test
  void rejectsTriggersThatAreNotLowerCaseLemmas() {
    assertThatThrownBy(() -> NlpOptions.defaults().parsingTriggerSentences(Set.of("Attack")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parseTriggers")
        .hasMessageContaining("Attack");
  }

  @Test
  void rejectsNonPositiveSentenceLimit() {
    assertThatThrownBy(() -> NlpOptions.defaults().withMaxSentenceTokens(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxSentenceTokens");
  }

  @Test
  void copiesTheTriggerSet() {
    Set<String> triggers = new java.util.HashSet<>(Set.of("attack"));
    NlpOptions options = NlpOptions.defaults().parsingTriggerSentences(triggers);
    triggers.add("kill");

    assertThat(options.parseTriggers()).containsExactly(ParseTrigger.anyWord("attack"));
  }
}
