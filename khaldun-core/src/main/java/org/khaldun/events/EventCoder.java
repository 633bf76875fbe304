package org.khaldun.events;

import java.util.List;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.AnnotatedArticle;

/** Finds events in an annotated article, given the actors the actor stage found in it. */
public interface EventCoder {
  /** Events in text order. */
  List<Event> code(AnnotatedArticle article, List<ActorMention> actors);
}
