package org.khaldun.nlp;

import java.util.List;
import org.khaldun.ingest.Article;

/** An article with its sentences annotated. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
  }
}
