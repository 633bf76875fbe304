package org.khaldun.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.actors.ActorMention;
import org.khaldun.events.ParsedArticleFixture.Built;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.OffsetMap;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Dependency;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/** What every {@link EventCoder} must do, whatever its method. */
abstract class EventCoderContract {

  abstract EventCoder coder();

  private static Built twoSentences() {
    return ParsedArticleFixture.builder()
        .sentence(
            """
            1 Iraqi Iraqi JJ 2 amod
            2 police police NNS 3 nsubj
            3 arrested arrest VBD 0 root
            4 ISIS ISIS NNP 5 compound
            5 members member NNS 3 obj
            6 and and CC 7 cc
            7 attacked attack VBD 3 conj
            8 their their PRP$ 9 nmod:poss
            9 base base NN 7 obj
            10 . . . 3 punct
            """)
        .sentence(
            """
            1 ISIS ISIS NNP 2 nsubj
            2 threatened threaten VBD 0 root
            3 to to TO 4 mark
            4 retaliate retaliate VB 2 xcomp
            5 . . . 2 punct
            """)
        .actor(0, "Iraqi", "IRQ")
        .actor(0, "ISIS", "ISIS")
        .actor(1, "ISIS", "ISIS")
        .build();
  }

  @Test
  void returnsEventsInTextOrder() {
    Built b = twoSentences();
    List<Event> events = coder().code(b.article(), b.mentions());
    assertThat(events).isNotEmpty();
    assertThat(events)
        .isSortedAccordingTo((x, y) -> Integer.compare(x.triggerBegin(), y.triggerBegin()));
  }

  @Test
  void triggerOffsetsPointAtTheTriggerInsideItsSentence() {
    Built b = twoSentences();
    String text = b.article().article().text();
    for (Event e : coder().code(b.article(), b.mentions())) {
      Sentence s = b.article().sentences().get(e.sentence());
      assertThat(e.triggerBegin()).isBetween(s.begin(), s.end());
      assertThat(e.triggerEnd()).isBetween(e.triggerBegin(), s.end());
      assertThat(text.substring(e.triggerBegin(), e.triggerEnd())).isEqualTo(e.trigger());
    }
  }

  @Test
  void everyEventIsComplete() {
    Built b = twoSentences();
    for (Event e : coder().code(b.article(), b.mentions())) {
      assertThat(e.type()).isNotNull();
      assertThat(e.modality()).isNotNull();
      assertThat(e.cameo()).matches("\\d{2,4}");
      assertThat(e.confidence()).isBetween(0.0, 1.0);
      assertThat(e.rule()).isNotBlank();
      if (e.mode() != null) {
        assertThat(TriggerLexicon.modes(e.type())).contains(e.mode());
      }
    }
  }

  @Test
  void codesNothingInAnEmptyArticle() {
    Article a =
        new Article("empty", null, null, null, null, null, "", OffsetMap.identity(0), "<test>");
    assertThat(coder().code(new AnnotatedArticle(a, List.of()), List.of())).isEmpty();
  }

  @Test
  void survivesMalformedParses() {
    String text = "ISIS attacked attacked";
    List<Token> tokens =
        List.of(
            new Token(0, "ISIS", null, "NNP", "O", 0, 4),
            new Token(1, "attacked", "attack", "VBD", "O", 5, 13),
            new Token(2, "attacked", "attack", null, "O", 14, 22));
    List<Dependency> cyclic =
        List.of(
            new Dependency("nsubj", 1, 0),
            new Dependency("xcomp", 2, 1),
            new Dependency("conj", 1, 2),
            new Dependency("obj", 7, 2),
            new Dependency("root", -1, 9));
    Sentence s = new Sentence(0, 0, text.length(), text, tokens, List.of(), cyclic, true);
    Article a =
        new Article(
            "bad", null, null, null, null, null, text, OffsetMap.identity(text.length()), "<test>");
    ActorMention isis =
        new ActorMention(
            new org.khaldun.actors.Actor("ISIS", "ISIS", null, null, null, List.of()),
            0,
            0,
            1,
            0,
            4,
            "ISIS");
    assertThatCode(() -> coder().code(new AnnotatedArticle(a, List.of(s)), List.of(isis)))
        .doesNotThrowAnyException();
  }
}
