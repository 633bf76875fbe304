package org.khaldun.serve;

import java.util.Objects;
import org.khaldun.geo.OutletHomes;
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
    return lazyPipeline(options, OutletHomes.none());
  }

  /**
   * As {@link #lazyPipeline(PipelineOptions)}, placing ambiguous names with the home area of each
   * article's outlet from {@code homes} where the article settles none (see {@link OutletHomes}). A
   * server codes articles one at a time as they come, so it learns no homes: the table is given.
   */
  static ArticleCoder lazyPipeline(PipelineOptions options, OutletHomes homes) {
    Objects.requireNonNull(homes, "homes");
    return new ArticleCoder() {
      private volatile Pipeline pipeline;

      @Override
      public CodedArticle code(Article article) {
        Pipeline p = pipeline;
        if (p == null) {
          synchronized (this) {
            p = pipeline;
            if (p == null) {
              p = Pipeline.create(options).withOutletHomes(homes);
              pipeline = p;
            }
          }
        }
        return p.code(article);
      }
    };
  }
}
