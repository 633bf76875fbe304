package org.khaldun.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Dependency;
import org.khaldun.nlp.EntityType;
import org.khaldun.nlp.Sentence;

/** The actor mentions of one article, by sentence and token. */
final class ActorIndex {
  private final AnnotatedArticle article;
  private final Map<Integer, List<ActorMention>> bySentence = new HashMap<>();

  ActorIndex(AnnotatedArticle article, List<ActorMention> mentions) {
    this.article = article;
    for (ActorMention m : mentions) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    for (List<ActorMention> list : bySentence.values()) {
      list.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
    }
  }

  List<ActorMention> inSentence(int sentence) {
    return bySentence.getOrDefault(sentence, List.of());
  }

  /**
   * The mentions that stand as the subject of a verb in their sentence's parse, in text order; for
   * a sentence that was not parsed, all its mentions (news names the actor first).
   */
  List<ActorMention> subjectsIn(int sentence) {
    Sentence s = sentenceAt(sentence);
    List<ActorMention> mentions = inSentence(sentence);
    if (s == null || !s.parsed()) {
      return mentions;
    }
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      for (Dependency d : s.dependencies()) {
        boolean inside = m.firstToken() <= d.dependent() && d.dependent() < m.endToken();
        boolean headOutside = d.governor() < m.firstToken() || d.governor() >= m.endToken();
        if (inside && headOutside && d.relation().startsWith("nsubj")) {
          out.add(m);
          break;
        }
      }
    }
    return out;
  }

  /** The mention covering a token, or null. The shortest wins when mentions nest. */
  ActorMention covering(int sentence, int token) {
    ActorMention best = null;
    for (ActorMention m : inSentence(sentence)) {
      if (m.firstToken() <= token && token < m.endToken()) {
        if (best == null || m.endToken() - m.firstToken() < best.endToken() - best.firstToken()) {
          best = m;
        }
      }
    }
    return best;
  }

  /**
   * The last mention of a person before a token, looking back through the article: how "he" or
   * "she" is resolved (no coreference is run; the last person named is the usual antecedent in
   * news).
   */
  ActorMention lastPersonBefore(int sentence, int token) {
    return lastPersonBefore(sentence, token, m -> false);
  }

  /** As {@link #lastPersonBefore(int, int)}, passing over the mentions {@code skip} accepts. */
  ActorMention lastPersonBefore(int sentence, int token, Predicate<ActorMention> skip) {
    for (int s = sentence; s >= 0; s--) {
      List<ActorMention> list = inSentence(s);
      for (int k = list.size() - 1; k >= 0; k--) {
        ActorMention m = list.get(k);
        if ((s < sentence || m.endToken() <= token) && isPerson(m) && !skip.test(m)) {
          return m;
        }
      }
    }
    return null;
  }

  private boolean isPerson(ActorMention m) {
    if (m.actor().id().startsWith("person:")) {
      return true;
    }
    Sentence s = sentenceAt(m.sentence());
    if (s == null) {
      return false;
    }
    for (var e : s.entities()) {
      if (e.type() == EntityType.PERSON
          && e.firstToken() <= m.firstToken()
          && m.endToken() <= e.endToken()) {
        return true;
      }
    }
    return false;
  }

  private Sentence sentenceAt(int index) {
    List<Sentence> sentences = article.sentences();
    if (index >= 0 && index < sentences.size() && sentences.get(index).index() == index) {
      return sentences.get(index);
    }
    for (Sentence s : sentences) {
      if (s.index() == index) {
        return s;
      }
    }
    return null;
  }
}
