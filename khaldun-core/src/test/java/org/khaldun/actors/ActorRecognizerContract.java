package org.khaldun.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khaldun.actors.TestArticles.article;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.OffsetMap;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/** What every {@link ActorRecognizer} must do; implementations' tests extend this class. */
abstract class ActorRecognizerContract {

  protected abstract ActorRecognizer recognizer();

  private static final AnnotatedArticle SAMPLE =
      article(
          "Islamic/NNP State/NNP has/VBZ cells/NNS in/IN eight/CD Iraqi/JJ provinces/NNS",
          "An/DT Iraqi/JJ researcher/NN ,/, Hisham/NNP/PERSON al-Hashimi/NNP/PERSON ,/, said/VBD"
              + " US/NNP forces/NNS and/CC the/DT government/NN must/MD act/VB ./.",
          "Al-Hashimi/NNP/PERSON told/VBD the/DT Iraqi/NNP/ORGANIZATION News/NNP/ORGANIZATION"
              + " Agency/NNP/ORGANIZATION that/IN Daesh/NNP attacked/VBD ./.");

  @Test
  void mentionsAreInTextOrderAndPointAtTheirText() {
    List<ActorMention> mentions = recognizer().recognize(SAMPLE);
    assertThat(mentions).isNotEmpty();
    assertThat(mentions)
        .isSortedAccordingTo(
            Comparator.comparingInt(ActorMention::sentence)
                .thenComparingInt(ActorMention::firstToken));
    String text = SAMPLE.article().text();
    for (ActorMention m : mentions) {
      Sentence s = SAMPLE.sentences().get(m.sentence());
      assertThat(m.firstToken()).isLessThan(m.endToken());
      assertThat(m.begin()).isEqualTo(s.tokens().get(m.firstToken()).begin());
      assertThat(m.end()).isEqualTo(s.tokens().get(m.endToken() - 1).end());
      assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void mentionsDoNotOverlap() {
    List<ActorMention> mentions = recognizer().recognize(SAMPLE);
    for (int i = 1; i < mentions.size(); i++) {
      ActorMention a = mentions.get(i - 1);
      ActorMention b = mentions.get(i);
      if (a.sentence() == b.sentence()) {
        assertThat(b.firstToken())
            .as("%s then %s", a.text(), b.text())
            .isGreaterThanOrEqualTo(a.endToken());
      }
    }
  }

  @Test
  void survivesEmptyAndOddInput() {
    Article empty = new Article("e", null, null, null, null, null, "", OffsetMap.identity(0), "t");
    assertThat(recognizer().recognize(new AnnotatedArticle(empty, List.of()))).isEmpty();
    Article blank = new Article("b", null, null, null, null, null, " ", OffsetMap.identity(1), "t");
    Sentence noTokens = new Sentence(0, 0, 1, " ", List.of(), List.of(), List.of(), false);
    assertThat(recognizer().recognize(new AnnotatedArticle(blank, List.of(noTokens)))).isEmpty();
    // No country is named, so nothing can be given one.
    assertThat(recognizer().recognize(article("'s/POS al/NNP -/HYPH ,/, the/DT army/NN al/NNP")))
        .allSatisfy(m -> assertThat(m.actor().country()).isNull());
    Token odd = new Token(0, "\u0301", "\u0301", "NN", "PERSON", 0, 1);
    Article one =
        new Article("o", null, null, null, null, null, "\u0301", OffsetMap.identity(1), "t");
    Sentence s = new Sentence(0, 0, 1, "\u0301", List.of(odd), List.of(), List.of(), false);
    assertThat(recognizer().recognize(new AnnotatedArticle(one, List.of(s)))).isEmpty();
  }
}
