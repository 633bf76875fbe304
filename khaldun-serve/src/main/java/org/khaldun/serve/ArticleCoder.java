package org.khaldun.serve;

import org.khaldun.ingest.Article;
import org.khaldun.pipeline.CodedArticle;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.PipelineOptions;

/** Codes one article for {@code POST /api/articles}. Must be thread-safe. */
@FunctionalInterface
public interface ArticleCoder {
  CodedArticle code(Article article);

  /**
   * The default pipeline, built on first use: the server starts at once, and the first article
   * posted waits for the models to load (seconds).
   */
  static ArticleCoder lazyPipeline(PipelineOptions options) {
    return new ArticleCoder() {
      private volatile Pipeline pipeline;

      @Override
      public CodedArticle code(Article article) {
        Pipeline p = pipeline;
        if (p == null) {
          synchronized (this) {
            p = pipeline;
            if (p == null) {
              p = Pipeline.create(options);
              pipeline = p;
            }
          }
        }
        return p.code(article);
      }
    };
  }
}
