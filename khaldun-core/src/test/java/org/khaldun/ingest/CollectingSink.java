package org.khaldun.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps what ingest delivers, for assertions. */
final class CollectingSink implements IngestSink {
  final List<Article> articles = new ArrayList<>();
  final List<InputProblem> problems = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void problem(InputProblem problem) {
    problems.add(problem);
  }
}
