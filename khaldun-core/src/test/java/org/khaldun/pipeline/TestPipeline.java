package org.khaldun.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;
import org.khaldun.ingest.InputProblem;

/** One pipeline per test JVM: building it loads CoreNLP's models, which takes seconds. */
final class TestPipeline {
  private static Pipeline pipeline;

  private TestPipeline() {}

  static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = Pipeline.create(PipelineOptions.defaults());
    }
    return pipeline;
  }

  /** Reads one input file and fails on any problem: fixtures are expected to be clean. */
  static List<Article> read(String path) {
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    Ingestor.create(IngestOptions.defaults())
        .read(List.of(path), IngestSink.of(articles::add, problems::add));
    if (!problems.isEmpty()) {
      throw new AssertionError("fixture " + path + " has problems: " + problems);
    }
    return articles;
  }
}
