package org.khaldun.pipeline;

import java.util.List;
import org.khaldun.ingest.Article;
import org.khaldun.output.EventRecord;

/**
 * The result of coding one article.
 *
 * @param article the article as ingested
 * @param events its events, in text order
 * @param sentences number of sentences
 * @param parsedSentences number of sentences the dependency parser ran on
 * @param tokens number of tokens
 */
public record CodedArticle(
    Article article, List<EventRecord> events, int sentences, int parsedSentences, int tokens) {

  public CodedArticle {
    events = List.copyOf(events);
  }
}
