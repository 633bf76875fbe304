package org.khaldun.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;
import org.khaldun.ingest.InputProblem;
import org.khaldun.ingest.Source;
import org.khaldun.output.Json;
import org.khaldun.pipeline.CodedArticle;
import org.khaldun.store.EventStore;
import org.khaldun.store.StoredArticle;
import org.khaldun.store.WriteResult;

/**
 * Codes the articles of a POST body and stores them: the body is read exactly as {@code khaldun
 * code} reads a JSON Lines file (one JSON object, or one per line), so the same checks apply and a
 * bad line is a reported problem, not a failed request.
 */
final class ArticleIntake {
  /** Result of one POST, as the API returns it. */
  record Result(int articles, int unchanged, int events, List<String> problems) {}

  private static final ObjectReader ONE_VALUE =
      Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final EventStore store;
  private final ArticleCoder coder;
  private final Ingestor ingestor;

  ArticleIntake(EventStore store, ArticleCoder coder, IngestOptions options) {
    this.store = store;
    this.coder = coder;
    this.ingestor = Ingestor.create(options);
  }

  Result accept(byte[] body) {
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Path file = null;
    try {
      file = Files.createTempFile("khaldun-post-", ".jsonl");
      Files.write(file, asJsonLines(body));
      String origin = file.toString();
      ingestor.read(
          new Source(file),
          IngestSink.of(
              articles::add,
              problem ->
                  problems.add(
                      new InputProblem("request", problem.line(), problem.reason()).message())));
      // the temporary file's name means nothing to the client
      articles.replaceAll(a -> a.origin().startsWith(origin) ? withOrigin(a, origin) : a);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot buffer the request: " + e.getMessage(), e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          problems.add("temporary file " + file + " was not deleted: " + e.getMessage());
        }
      }
    }
    List<StoredArticle> coded = new ArrayList<>();
    int unchanged = 0;
    for (Article article : articles) {
      if (store.isCurrent(article.id(), StoredArticle.contentHash(article))) {
        unchanged++;
        continue;
      }
      try {
        CodedArticle result = coder.code(article);
        coded.add(StoredArticle.coded(result));
      } catch (RuntimeException e) {
        problems.add("article " + article.id() + " could not be coded: " + e);
      }
    }
    WriteResult written = store.write(coded);
    return new Result(
        written.written(), unchanged + written.unchanged(), written.events(), problems);
  }

  private static Article withOrigin(Article a, String tempOrigin) {
    String origin = "request" + a.origin().substring(tempOrigin.length());
    return new Article(
        a.id(),
        a.url(),
        a.title(),
        a.date(),
        a.source(),
        a.byline(),
        a.text(),
        a.offsets(),
        origin);
  }

  /** One JSON object spread over several lines becomes one line; anything else is kept as is. */
  private static byte[] asJsonLines(byte[] body) {
    try {
      JsonNode whole = ONE_VALUE.readTree(body);
      if (whole != null && whole.isObject()) {
        return Json.mapper().writeValueAsBytes(whole);
      }
    } catch (JsonProcessingException e) {
      // not one object: JSON Lines, read line by line with problems per line
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return body;
  }
}
