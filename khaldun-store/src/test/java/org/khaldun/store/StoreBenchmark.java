package org.khaldun.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.khaldun.output.EventRecord;

/**
 * Measures the store alone (no NLP): write speed through the appender in batches of 50 articles,
 * then the latency of typical API queries. Not a test; run by hand:
 *
 * <pre>
 * java -cp TEST_CLASSPATH org.khaldun.store.StoreBenchmark [articles] [events-per-article]
 * </pre>
 */
final class StoreBenchmark {
  private StoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int perArticle = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path dir = Files.createTempDirectory("khaldun-bench");
    Path db = dir.resolve("bench.duckdb");
    String[] types = {"ASSAULT", "PROTEST", "ACCUSE", "REQUEST", "COERCE"};
    try (EventStore store = EventStore.open(db)) {
      long start = System.nanoTime();
      List<StoredArticle> batch = new ArrayList<>();
      for (int a = 0; a < articles; a++) {
        String id = "bench-" + a;
        List<EventRecord> events = new ArrayList<>();
        for (int e = 0; e < perArticle; e++) {
          String date = String.format(Locale.ROOT, "2024-%02d-%02d", 1 + a % 12, 1 + e % 28);
          events.add(
              Fixtures.event(
                  id,
                  e,
                  types[(a + e) % types.length],
                  "MATERIAL_CONFLICT",
                  date,
                  Fixtures.POLICE,
                  e % 2 == 0 ? Fixtures.NUJABA : null,
                  a % 3 == 0 ? Fixtures.aleppo() : Fixtures.basra(),
                  "Sentence " + e + " of article " + a + " about shelling near the river"));
        }
        batch.add(Fixtures.stored(id, events));
        if (batch.size() == 50) {
          store.write(batch);
          batch.clear();
        }
      }
      store.write(batch);
      double seconds = (System.nanoTime() - start) / 1e9;
      long rows = (long) articles * perArticle;
      System.out.printf(
          Locale.ROOT,
          "write: %d articles, %d events in %.1f s = %.0f events/s (batches of 50 articles)%n",
          articles,
          rows,
          seconds,
          rows / seconds);
      time("events, no filter, page 1", () -> store.events(EventQuery.all()));
      time(
          "events, type+country+q, page 3",
          () ->
              store.events(
                  EventQuery.parse(
                      Map.of(
                          "type",
                          List.of("ASSAULT"),
                          "country",
                          List.of("IRQ"),
                          "q",
                          List.of("river"),
                          "page",
                          List.of("3")))));
      time(
          "events, actor substring",
          () -> store.events(EventQuery.parse(Map.of("actor", List.of("nujaba")))));
      time("event by id", () -> store.findEvent("bench-777-e3"));
      time("aggregate by day", () -> store.aggregate(Aggregation.DAY, EventQuery.all()));
      time("aggregate by admin1", () -> store.aggregate(Aggregation.ADMIN1, EventQuery.all()));
      time("aggregate by actor", () -> store.aggregate(Aggregation.ACTOR, EventQuery.all()));
      time(
          "re-write of 50 unchanged articles",
          () -> {
            List<StoredArticle> again = new ArrayList<>();
            for (int a = 0; a < 50; a++) {
              again.add(Fixtures.stored("bench-" + a, List.of()));
            }
            return store.write(again);
          });
      long csvStart = System.nanoTime();
      store.export(EventQuery.all(), ExportFormat.CSV, OutputStream.nullOutputStream());
      System.out.printf(
          Locale.ROOT, "export csv, all: %.0f ms%n", (System.nanoTime() - csvStart) / 1e6);
      long parquetStart = System.nanoTime();
      store.export(EventQuery.all(), ExportFormat.PARQUET, dir.resolve("all.parquet"));
      System.out.printf(
          Locale.ROOT, "export parquet, all: %.0f ms%n", (System.nanoTime() - parquetStart) / 1e6);
    }
    System.out.printf(Locale.ROOT, "database: %.1f MB%n", Files.size(db) / 1e6);
  }

  private static void time(String what, Supplier<?> query) {
    query.get();
    double[] ms = new double[11];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      query.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "%-40s median %.1f ms%n", what, ms[ms.length / 2]);
  }
}
