package org.khaldun.geo;

import java.util.List;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.AnnotatedArticle;

/**
 * Finds place names in an article and resolves each to a gazetteer entry. Names that the actor
 * stage already took as actors by metonymy ("Washington said") are not places.
 */
public interface Geoparser {
  /** Resolved places in text order; names that cannot be resolved are left out. */
  List<PlaceMention> locate(AnnotatedArticle article, List<ActorMention> actors);
}
