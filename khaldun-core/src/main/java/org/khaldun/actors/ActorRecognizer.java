package org.khaldun.actors;

import java.util.List;
import org.khaldun.nlp.AnnotatedArticle;

/**
 * Finds the actors named in an article: dictionary actors (countries, state organs, IGOs, NGOs,
 * armed groups) and people found by NER, with one actor per person however the text names them.
 */
public interface ActorRecognizer {
  /** Mentions in text order. */
  List<ActorMention> recognize(AnnotatedArticle article);
}
