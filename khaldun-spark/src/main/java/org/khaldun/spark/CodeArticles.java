package org.khaldun.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.khaldun.geo.OutletHomes;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;
import org.khaldun.ingest.InputProblem;
import org.khaldun.output.EventRecord;
import org.khaldun.pipeline.CodedArticle;
import org.khaldun.pipeline.Pipeline;

/**
 * Codes one partition of keyed records ({@link JobRows#TO_CODE}) into result rows ({@link
 * JobRows#RESULT}), lazily, one article at a time, so a partition of any size runs in bounded
 * memory. The executor's pipeline is loaded on the first article that needs coding: a re-run with
 * nothing new loads no models.
 */
final class CodeArticles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final boolean requireEnglish;
  private final Broadcast<OutletHomes> homes;

  /** Codes with {@code homes}, the outlet homes table the driver shared with every executor. */
  CodeArticles(boolean requireEnglish, Broadcast<OutletHomes> homes) {
    this.requireEnglish = requireEnglish;
    this.homes = homes;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    Ingestor ingestor = ExecutorPipeline.ingestor(requireEnglish);
    return new Iterator<>() {
      private final Deque<Row> ready = new ArrayDeque<>();
      private Pipeline pipeline;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && records.hasNext()) {
          code(records.next());
        }
        return !ready.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.removeFirst();
      }

      private void code(Row record) {
        String id = record.getString(0);
        String json = record.getString(1);
        String origin = record.getString(2);
        String problem = record.getString(3);
        if (problem != null) {
          ready.add(JobRows.problem(origin, problem));
          return;
        }
        if (!record.isNullAt(4) && record.getBoolean(4)) {
          ready.add(JobRows.skipped(id));
          return;
        }
        List<Article> articles = new ArrayList<>(1);
        List<InputProblem> problems = new ArrayList<>(1);
        ingestor.readJsonLine(json, origin, IngestSink.of(articles::add, problems::add));
        problems.forEach(p -> ready.add(JobRows.problem(origin, p.reason())));
        for (Article article : articles) {
          codeOne(article);
        }
      }

      private void codeOne(Article article) {
        if (pipeline == null) {
          // cheap: the executor's loaded pipeline, with this run's table
          pipeline = ExecutorPipeline.get().withOutletHomes(homes.value());
        }
        CodedArticle coded;
        try {
          coded = pipeline.code(article);
        } catch (RuntimeException | StackOverflowError e) {
          // one article the pipeline cannot handle must not fail a task of thousands (a stack
          // overflow would even kill the executor): as in `khaldun code`, it is reported in
          // _problems with the failure, and a later run tries it again
          ready.add(
              JobRows.problem(
                  article.origin(), "article " + article.id() + " could not be coded: " + e));
          return;
        }
        for (EventRecord event : coded.events()) {
          ready.add(JobRows.event(event));
        }
        ready.add(JobRows.article(article.id(), coded.events().size(), article.origin()));
      }
    };
  }
}
