package org.khaldun.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;

/**
 * Reads each JSON record ({@code value, origin}) as {@code khaldun code} would, to learn its
 * article id (given, or derived from the URL or text) before anything is coded; a record that
 * cannot be read becomes a problem row. The record itself is carried on as JSON and read again by
 * the coding task: reading is milliseconds, coding is the cost worth skipping.
 */
final class KeyArticles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN_CHARS = 80;

  private final boolean requireEnglish;

  KeyArticles(boolean requireEnglish) {
    this.requireEnglish = requireEnglish;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    Ingestor ingestor = ExecutorPipeline.ingestor(requireEnglish);
    return new Iterator<>() {
      private final List<Row> ready = new ArrayList<>(1);

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && records.hasNext()) {
          key(records.next());
        }
        return !ready.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.remove(0);
      }

      private void key(Row record) {
        String json = record.getString(0);
        String origin = record.getString(1);
        if (json == null) {
          return;
        }
        ingestor.readJsonLine(
            json,
            origin,
            IngestSink.of(
                (Article article) -> ready.add(JobRows.keyed(article.id(), json, origin)),
                problem ->
                    ready.add(
                        JobRows.keyedProblem(
                            origin, problem.reason() + " (record begins: " + start(json) + ")"))));
      }
    };
  }

  private static String start(String json) {
    String line = json.strip();
    return line.length() <= SHOWN_CHARS ? line : line.substring(0, SHOWN_CHARS) + "...";
  }
}
