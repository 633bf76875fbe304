package org.khaldun.ingest;

import java.util.function.Consumer;

/**
 * Receives what ingest reads, in input order: each article, and each input that could not be read.
 * Called on the thread that called {@link Ingestor#read}.
 */
public interface IngestSink {
  /** An article ready for the next stage. */
  void article(Article article);

  /** An input that was skipped, and why. */
  void problem(InputProblem problem);

  /** A sink that hands articles and problems to two functions. */
  static IngestSink of(Consumer<Article> articles, Consumer<InputProblem> problems) {
    return new IngestSink() {
      @Override
      public void article(Article article) {
        articles.accept(article);
      }

      @Override
      public void problem(InputProblem problem) {
        problems.accept(problem);
      }
    };
  }
}
