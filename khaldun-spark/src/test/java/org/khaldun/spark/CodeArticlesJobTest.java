package org.khaldun.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end in Spark local mode, on a few hand-written articles: three that code (one with
 * no events) and two broken records. The first run is shared by the tests that only read it.
 */
class CodeArticlesJobTest {
  private static final String IRAQ_ARTICLES = "articles.jsonl";
  private static final String NEW_ARTICLE = "new-article.jsonl";

  @TempDir static Path shared;

  private static SparkSession spark;
  private static Path firstOutput;
  private static JobSummary firstRun;

  @BeforeAll
  static void codeTheFixtureOnce() throws IOException {
    spark = SharedSpark.session();
    Path input = fixture(shared.resolve("in"), IRAQ_ARTICLES);
    firstOutput = shared.resolve("out");
    firstRun = CodeArticlesJob.run(spark, JobOptions.of(input.toString(), firstOutput.toString()));
  }

  @Test
  void writesEventsAsParquetPartitionedByDateWithTheFlatColumns() {
    Dataset<Row> events = spark.read().parquet(firstOutput.toString());

    List<String> expected = new ArrayList<>();
    EventColumns.fields().forEach(f -> expected.add(f.name()));
    expected.add("date_partition");
    assertThat(events.columns()).containsExactlyElementsOf(expected);
    assertThat(type(events, "trigger_begin")).isEqualTo(DataTypes.IntegerType);
    assertThat(type(events, "location_lat")).isEqualTo(DataTypes.DoubleType);
    assertThat(type(events, "negated")).isEqualTo(DataTypes.BooleanType);
    assertThat(type(events, "date_partition")).isEqualTo(DataTypes.StringType);
    assertThat(firstOutput.resolve("date_partition=2026-03-14")).isDirectory();

    List<Row> kirkuk = events.filter(col("article_id").equalTo("kirkuk-attack")).collectAsList();
    assertThat(kirkuk).isNotEmpty();
    assertThat(kirkuk).extracting(r -> r.<String>getAs("event_type")).contains("ASSAULT");
    assertThat(events.count()).isEqualTo(firstRun.events());
  }

  @Test
  void remembersEveryCodedArticleIncludingThoseWithoutEvents() {
    List<String> coded =
        spark
            .read()
            .parquet(firstOutput.resolve("_coded_articles").toString())
            .select("article_id")
            .as(Encoders.STRING())
            .collectAsList();

    assertThat(firstRun.coded()).isEqualTo(3);
    assertThat(coded).hasSize(3).contains("kirkuk-attack", "mosul-arrests");
  }

  @Test
  void reportsBadRecordsAndCodesTheRest() {
    assertThat(firstRun.problems()).isEqualTo(2);
    assertThat(firstRun.firstProblems())
        .anySatisfy(p -> assertThat(p).contains("invalid JSON").contains("this line is cut"))
        .anySatisfy(p -> assertThat(p).contains("neither \"text\" nor \"html\""));
    assertThat(spark.read().parquet(firstOutput.resolve("_problems").toString()).count())
        .isEqualTo(2);
  }

  @Test
  void reRunCodesOnlyArticlesNotCodedBefore(@TempDir Path dir) throws IOException {
    Path input = fixture(dir.resolve("in"), IRAQ_ARTICLES);
    String output = dir.resolve("out").toString();
    JobSummary first = CodeArticlesJob.run(spark, JobOptions.of(input.toString(), output));
    long events = spark.read().parquet(output).count();

    JobSummary again = CodeArticlesJob.run(spark, JobOptions.of(input.toString(), output));
    assertThat(again.coded()).isZero();
    assertThat(again.skipped()).isEqualTo(first.coded());
    assertThat(spark.read().parquet(output).count()).isEqualTo(events);

    fixture(input, NEW_ARTICLE);
    JobSummary withNew = CodeArticlesJob.run(spark, JobOptions.of(input.toString(), output));
    assertThat(withNew.coded()).isEqualTo(1);
    assertThat(withNew.skipped()).isEqualTo(first.coded());
    Dataset<Row> all = spark.read().parquet(output);
    assertThat(all.count()).isEqualTo(events + withNew.events());
    assertThat(all.filter(col("article_id").equalTo("basra-protest")).count())
        .isEqualTo(withNew.events());
    assertThat(all.select("event_id").distinct().count()).isEqualTo(all.count());
  }

  @Test
  void readsParquetArchivesWithTheSameFieldsAsJsonLines(@TempDir Path dir) throws IOException {
    Path json = fixture(dir.resolve("json"), NEW_ARTICLE);
    Path parquet = dir.resolve("parquet");
    // a typed archive: the date is a DATE column, and an extra column the job does not read
    spark
        .read()
        .json(json.toString())
        .withColumn("date", col("date").cast("date"))
        .withColumn("word_count", lit(42))
        .write()
        .parquet(parquet.toString());
    String fromParquet = dir.resolve("out-parquet").toString();
    String fromJson = dir.resolve("out-json").toString();

    JobSummary summary =
        CodeArticlesJob.run(
            spark,
            JobOptions.of(parquet.toString(), fromParquet)
                .withFormat(JobOptions.ArchiveFormat.PARQUET));
    CodeArticlesJob.run(spark, JobOptions.of(json.toString(), fromJson));

    assertThat(summary.coded()).isEqualTo(1);
    assertThat(summary.problems()).isZero();
    assertThat(eventIds(fromParquet)).isNotEmpty().isEqualTo(eventIds(fromJson));
    assertThat(dir.resolve("out-parquet").resolve("date_partition=2026-03-17")).isDirectory();
  }

  private static List<String> eventIds(String output) {
    return spark
        .read()
        .parquet(output)
        .select("event_id")
        .orderBy("event_id")
        .as(Encoders.STRING())
        .collectAsList();
  }

  private static Object type(Dataset<Row> rows, String name) {
    StructField field = rows.schema().apply(name);
    return field.dataType();
  }

  private static Path fixture(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    try (InputStream in = CodeArticlesJobTest.class.getResourceAsStream(name)) {
      Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    return dir;
  }
}
