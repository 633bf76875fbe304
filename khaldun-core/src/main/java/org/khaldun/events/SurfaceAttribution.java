package org.khaldun.events;

import java.util.Locale;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Finds the speaker of a quotation from token order alone ("X said", "he said", "said X"), for
 * sentences the parser skipped: the NLP stage parses only sentences holding a trigger, but a
 * quotation's framing sentence ("Askari said: “...") often holds none.
 */
final class SurfaceAttribution {
  private SurfaceAttribution() {}

  static ActorMention speaker(Sentence s, ActorIndex actors, QuoteSpans quotes) {
    for (Token t : s.tokens()) {
      int i = t.index();
      String pos = t.pos() == null ? "" : t.pos();
      if (quotes.inside(i) || !pos.startsWith("VB") || !Cues.SPEECH_VERBS.contains(lemma(t))) {
        continue;
      }
      if (i > 0) {
        Token prev = s.tokens().get(i - 1);
        ActorMention m = actors.covering(s.index(), i - 1);
        if (m != null) {
          return m;
        }
        boolean pronoun = prev.pos() != null && prev.pos().startsWith("PRP");
        if (pronoun && Cues.HE_SHE.contains(lemma(prev))) {
          ActorMention p =
              actors.lastPersonBefore(
                  s.index(),
                  i - 1,
                  q -> q.sentence() == s.index() && quotes.inside(q.firstToken()));
          if (p != null) {
            return p;
          }
        }
      }
      if (i + 1 < s.tokens().size()) {
        ActorMention m = actors.covering(s.index(), i + 1);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private static String lemma(Token t) {
    String l = t.lemma() == null || t.lemma().isEmpty() ? t.text() : t.lemma();
    return l == null ? "" : l.toLowerCase(Locale.ROOT);
  }
}
