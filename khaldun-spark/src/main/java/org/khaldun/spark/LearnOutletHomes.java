package org.khaldun.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.khaldun.geo.OutletHomes;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;

/**
 * The learning pass before the coding: reads one partition of records ({@code json, origin}) as
 * {@code khaldun code} does and counts its articles' votes for their outlets' home areas (gazetteer
 * lookups, no NLP). Each partition gives one {@link OutletHomes.Votes}; the driver adds them up,
 * with the same table whatever the partitioning. The executor's pipeline (for its gazetteer) is
 * loaded on the first article only, as in {@link CodeArticles}.
 */
final class LearnOutletHomes implements FlatMapFunction<Iterator<Row>, OutletHomes.Votes> {
  private static final long serialVersionUID = 1L;

  private final boolean requireEnglish;

  LearnOutletHomes(boolean requireEnglish) {
    this.requireEnglish = requireEnglish;
  }

  @Override
  public Iterator<OutletHomes.Votes> call(Iterator<Row> records) {
    Ingestor ingestor = ExecutorPipeline.ingestor(requireEnglish);
    OutletHomes.Learner[] learner = new OutletHomes.Learner[1];
    while (records.hasNext()) {
      Row record = records.next();
      // problems were reported when the records were keyed; here they only do not vote
      ingestor.readJsonLine(
          record.getString(0),
          record.getString(1),
          IngestSink.of(
              article -> {
                if (learner[0] == null) {
                  learner[0] = ExecutorPipeline.get().outletHomesLearner();
                }
                learner[0].add(article.url(), article.text());
              },
              problem -> {}));
    }
    return List.of(learner[0] == null ? OutletHomes.Votes.none() : learner[0].votes()).iterator();
  }
}
