package org.khaldun.ingest;

/**
 * Receives what ingest reads, in input order: each article, and each input that could not be read.
 * Called on the thread that called {@link Ingestor#read}.
 */
public interface IngestSink {
  /** An article ready for the next stage. */
  void article(Article article);

  /** An input that was skipped, and why. */
  void problem(InputProblem problem);
}
