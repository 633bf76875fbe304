package org.khaldun.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.khaldun.geo.OutletHomes;

/**
 * Codes an archive of articles on Spark and appends the events to a Parquet dataset.
 *
 * <ol>
 *   <li>Read the records (JSON Lines, or Parquet turned into the same JSON objects) and learn each
 *       article's id exactly as {@code khaldun code} does; unreadable records become problems.
 *   <li>Drop articles whose id is in {@code OUTPUT/_coded_articles} (an earlier run coded them),
 *       and duplicate ids within the input.
 *   <li>Learn each outlet's home area from the articles left to code, as {@code khaldun code} does
 *       from its input (a pass of gazetteer lookups whose per-partition votes the driver adds up),
 *       or read a table; share it with every executor.
 *   <li>Code the rest in {@code partitions} tasks, one pipeline per executor JVM.
 *   <li>Append events to {@code OUTPUT/date_partition=YYYY-MM-DD/} (flat columns, as the CSV
 *       output), then the coded article ids to {@code OUTPUT/_coded_articles/} and problems to
 *       {@code OUTPUT/_problems/}. Events are written first: a run that dies in between codes those
 *       articles again next time, and their events come again with the same {@code event_id}. A
 *       learned table goes to {@code OUTPUT/_outlet_homes/outlet_homes.tsv}, replacing the one of
 *       the last run that coded articles.
 * </ol>
 *
 * <p>Spark readers skip the {@code _} folders, so {@code spark.read.parquet(OUTPUT)} is the events.
 */
public final class CodeArticlesJob {
  static final String CODED_ARTICLES = "_coded_articles";
  static final String PROBLEMS = "_problems";
  static final String OUTLET_HOMES = "_outlet_homes/outlet_homes.tsv";

  /** The JSON fields {@code khaldun code} reads; other Parquet columns are not read at all. */
  private static final Set<String> ARTICLE_FIELDS =
      Set.of("id", "url", "title", "date", "source", "byline", "author", "text", "html");

  private static final int SHOWN_PROBLEMS = 20;
  private static final long ROWS_PER_BOOKKEEPING_FILE = 1_000_000L;

  private CodeArticlesJob() {}

  /**
   * Entry point for {@code spark-submit}; the master and resources come from spark-submit. Prints a
   * summary; exits 2 on bad arguments. Problem records do not fail the job: they are reported.
   */
  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("khaldun: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("khaldun code").getOrCreate();
    try {
      JobSummary summary = run(spark, options);
      print(summary, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
  }

  /** Runs the job on a session the caller owns (and stops). */
  public static JobSummary run(SparkSession spark, JobOptions options) {
    Dataset<Row> keyed =
        records(spark, options)
            .mapPartitions(new KeyArticles(options.requireEnglish()), Encoders.row(JobRows.KEYED));
    Dataset<Row> articles = keyed.filter(col("problem").isNull()).dropDuplicates("article_id");
    Dataset<Row> problems = keyed.filter(col("problem").isNotNull()).withColumn("done", lit(false));

    Path codedPath = new Path(options.output(), CODED_ARTICLES);
    Dataset<Row> toCode;
    if (exists(spark, codedPath)) {
      Dataset<Row> done =
          spark
              .read()
              .parquet(codedPath.toString())
              .select("article_id")
              .distinct()
              .withColumn("done", lit(true));
      toCode = articles.join(done, new String[] {"article_id"}, "left");
    } else {
      toCode = articles.withColumn("done", lit(false));
    }
    toCode = toCode.select(names(JobRows.TO_CODE.fields()));
    OutletHomes homes = outletHomes(spark, options, toCode);
    Broadcast<OutletHomes> sharedHomes =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(homes);
    toCode = toCode.unionByName(problems);

    int partitions =
        options.partitions() > 0
            ? options.partitions()
            : 3 * spark.sparkContext().defaultParallelism();
    Dataset<Row> results =
        toCode
            .repartition(partitions)
            .mapPartitions(
                new CodeArticles(options.requireEnglish(), sharedHomes),
                Encoders.row(JobRows.RESULT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> counts = countByKind(results);
      long events = counts.getOrDefault(JobRows.EVENT, 0L);
      long coded = counts.getOrDefault(JobRows.ARTICLE, 0L);
      long problemCount = counts.getOrDefault(JobRows.FAILED, 0L);
      if (events > 0) {
        List<Column> columns = new ArrayList<>(Arrays.asList(names(EventColumns.fields())));
        columns.add(col(EventColumns.DATE_PARTITION));
        kind(results, JobRows.EVENT)
            .select(columns.toArray(Column[]::new))
            // one file per date per run, not one per date per task
            .repartition(col(EventColumns.DATE_PARTITION))
            .write()
            .mode(SaveMode.Append)
            .partitionBy(EventColumns.DATE_PARTITION)
            .parquet(options.output());
      }
      if (coded > 0) {
        kind(results, JobRows.ARTICLE)
            .select(
                col("article_id"),
                col(JobRows.EVENT_COUNT).as("events"),
                col(JobRows.ORIGIN).as("origin"))
            .coalesce(files(coded))
            .write()
            .mode(SaveMode.Append)
            .parquet(codedPath.toString());
      }
      List<String> firstProblems = new ArrayList<>();
      if (problemCount > 0) {
        Dataset<Row> problemRows =
            kind(results, JobRows.FAILED)
                .select(col(JobRows.ORIGIN).as("origin"), col(JobRows.PROBLEM).as("reason"));
        problemRows
            .coalesce(files(problemCount))
            .write()
            .mode(SaveMode.Append)
            .parquet(new Path(options.output(), PROBLEMS).toString());
        for (Row row : problemRows.limit(SHOWN_PROBLEMS).collectAsList()) {
          firstProblems.add(row.getString(0) + ": " + row.getString(1));
        }
      }
      if (coded > 0 && options.outletHomes().learn()) {
        write(spark, homes, new Path(options.output(), OUTLET_HOMES));
      }
      return new JobSummary(
          coded,
          counts.getOrDefault(JobRows.SKIPPED, 0L),
          events,
          problemCount,
          firstProblems,
          homes.size());
    } finally {
      results.unpersist();
      sharedHomes.destroy();
    }
  }

  /**
   * The outlet homes the options ask for: read from a table, none, or learned from the articles of
   * {@code toCode} that no earlier run coded (problems and skipped articles do not vote).
   */
  private static OutletHomes outletHomes(
      SparkSession spark, JobOptions options, Dataset<Row> toCode) {
    JobOptions.OutletHomesSource source = options.outletHomes();
    if (source.table() != null) {
      return read(spark, source.table());
    }
    if (!source.learn()) {
      return OutletHomes.none();
    }
    OutletHomes.Votes votes =
        toCode
            .filter(col("done").isNull().or(not(col("done"))))
            .select(col("json"), col("origin"))
            .javaRDD()
            .mapPartitions(new LearnOutletHomes(options.requireEnglish()))
            .fold(OutletHomes.Votes.none(), OutletHomes.Votes::plus);
    return votes.homes();
  }

  private static OutletHomes read(SparkSession spark, String table) {
    Path path = new Path(table);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (Reader in = new InputStreamReader(fs.open(path), StandardCharsets.UTF_8)) {
        return OutletHomes.read(in, table);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outlet homes from " + table + ": " + e, e);
    }
  }

  private static void write(SparkSession spark, OutletHomes homes, Path path) {
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (Writer out = new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8)) {
        homes.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write outlet homes to " + path + ": " + e, e);
    }
  }

  /** The input as {@code value} (one JSON object) and {@code origin} (the file it came from). */
  private static Dataset<Row> records(SparkSession spark, JobOptions options) {
    Column origin = col("_metadata.file_path").as("origin");
    return switch (options.format()) {
      case JSONL -> spark.read().text(options.input()).select(col("value"), origin);
      case PARQUET -> {
        Dataset<Row> table = spark.read().parquet(options.input());
        List<Column> fields = new ArrayList<>();
        for (String name : table.columns()) {
          if (ARTICLE_FIELDS.contains(name)) {
            fields.add(col(name));
          }
        }
        List<String> present = Arrays.asList(table.columns());
        if (!present.contains("text") && !present.contains("html")) {
          throw new IllegalArgumentException(
              "Parquet input "
                  + options.input()
                  + " has neither a \"text\" nor an \"html\" column; columns: "
                  + present);
        }
        // the same JSON objects a JSON Lines archive holds: one reading rule for both formats
        yield table.select(to_json(struct(fields.toArray(Column[]::new))).as("value"), origin);
      }
    };
  }

  private static Map<String, Long> countByKind(Dataset<Row> results) {
    Map<String, Long> counts = new HashMap<>();
    for (Row row : results.groupBy(JobRows.KIND).count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  private static Dataset<Row> kind(Dataset<Row> results, String kind) {
    return results.filter(col(JobRows.KIND).equalTo(kind));
  }

  private static int files(long rows) {
    return (int) Math.max(1, Math.min(10_000, rows / ROWS_PER_BOOKKEEPING_FILE));
  }

  private static Column[] names(StructField[] fields) {
    return Arrays.stream(fields).map(f -> col(f.name())).toArray(Column[]::new);
  }

  private static Column[] names(List<StructField> fields) {
    return names(fields.toArray(StructField[]::new));
  }

  private static boolean exists(SparkSession spark, Path path) {
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + path + ": " + e.getMessage(), e);
    }
  }

  static void print(JobSummary summary, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "coded %d articles (%d events); skipped %d coded before; %d problems%n",
        summary.coded(),
        summary.events(),
        summary.skipped(),
        summary.problems());
    for (String problem : summary.firstProblems()) {
      out.println("  " + problem);
    }
    if (summary.problems() > summary.firstProblems().size()) {
      out.println("  ... all problems are in " + PROBLEMS);
    }
    out.printf(Locale.ROOT, "outlets with a home area: %d%n", summary.outletHomes());
  }
}
