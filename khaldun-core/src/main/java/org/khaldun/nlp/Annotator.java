package org.khaldun.nlp;

import org.khaldun.ingest.Article;

/**
 * Splits an article into sentences and tokens and adds lemmas, part-of-speech tags, named entities
 * and dependency parses. Implementations are thread-safe and load their models once.
 */
public interface Annotator {
  AnnotatedArticle annotate(Article article);
}
