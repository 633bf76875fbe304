/**
 * Evaluation against independently labelled data: {@link org.khaldun.eval.GeoEvaluation} scores
 * toponym recognition and resolution, {@link org.khaldun.eval.EventEvaluation} scores PLOVER event
 * types and actors. Each reads JSON Lines gold files and returns an immutable report record that
 * prints as text or serialises as JSON; the readers, matchers and scorers are package-private.
 */
package org.khaldun.eval;
