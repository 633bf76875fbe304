package org.khaldun.events;

import java.util.List;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.Token;

/**
 * Which tokens of a sentence lie inside quotation marks. A quotation still open at the end of a
 * sentence continues in the next one, carrying its speaker along.
 */
final class QuoteSpans {
  private final boolean[] inside;
  private final boolean openAtEnd;
  private final ActorMention carriedSpeaker;

  private QuoteSpans(boolean[] inside, boolean openAtEnd, ActorMention carriedSpeaker) {
    this.inside = inside;
    this.openAtEnd = openAtEnd;
    this.carriedSpeaker = carriedSpeaker;
  }

  /**
   * Marks the quoted tokens.
   *
   * @param openAtStart whether a quotation from an earlier sentence is still open
   * @param carriedSpeaker the speaker of that quotation, or null
   */
  static QuoteSpans of(List<Token> tokens, boolean openAtStart, ActorMention carriedSpeaker) {
    boolean[] inside = new boolean[tokens.size()];
    boolean open = openAtStart;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      if (t == null) {
        continue;
      }
      if (Cues.OPEN_QUOTES.contains(t)) {
        open = true;
      } else if (Cues.CLOSE_QUOTES.contains(t)) {
        open = false;
      } else if (Cues.AMBIGUOUS_QUOTES.contains(t)) {
        open = !open;
      } else {
        inside[i] = open;
      }
    }
    return new QuoteSpans(inside, open, openAtStart ? carriedSpeaker : null);
  }

  boolean inside(int token) {
    return token >= 0 && token < inside.length && inside[token];
  }

  boolean openAtEnd() {
    return openAtEnd;
  }

  /** The speaker of a quotation carried in from an earlier sentence, or null. */
  ActorMention carriedSpeaker() {
    return carriedSpeaker;
  }
}
