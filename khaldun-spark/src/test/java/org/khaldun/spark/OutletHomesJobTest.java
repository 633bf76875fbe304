package org.khaldun.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.geo.OutletHomes;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestSink;
import org.khaldun.output.EventRecord;
import org.khaldun.pipeline.Pipeline;

/**
 * Outlet homes in the job: learned from the articles to code as {@code khaldun code} learns them,
 * read from a table, or off. The fixture is a Texas paper: three articles that name Texas, and one
 * that names only "Paris", which alone is the French capital.
 */
class OutletHomesJobTest {
  private static final String PAPER = "https://www.theparisnews.com/news/";
  private static final String BARE_TOWN = "paris-arrest";

  @TempDir static Path dir;

  private static SparkSession spark;
  private static Path input;
  private static Path bareTownAlone;

  @BeforeAll
  static void writeTheFixture() throws IOException {
    spark = SharedSpark.session();
    input = dir.resolve("in");
    Files.createDirectories(input);
    String bareTown =
        article(
            BARE_TOWN,
            "2026-03-13",
            "Arrest after bar fight",
            "Police arrested a man in Paris on Friday after a fight outside a bar left two"
                + " people injured, police said.");
    bareTownAlone = dir.resolve("alone");
    Files.createDirectories(bareTownAlone);
    Files.write(bareTownAlone.resolve("paper.jsonl"), List.of(bareTown), StandardCharsets.UTF_8);
    Files.write(
        input.resolve("paper.jsonl"),
        List.of(
            article(
                "bridge",
                "2026-03-10",
                "Bridge to close",
                "The Texas Department of Transportation will close the bridge over the river next"
                    + " week for repairs, officials said on Monday."),
            article(
                "plant",
                "2026-03-11",
                "Plant sold",
                "A Dallas, Texas, company bought the old plant on Tuesday and plans to hire two"
                    + " hundred workers by the end of the year."),
            article(
                "chase",
                "2026-03-12",
                "Two arrested",
                "Deputies in Travis County arrested two men on Wednesday after a chase that ended"
                    + " near the lake, the sheriff said."),
            bareTown),
        StandardCharsets.UTF_8);
  }

  @Test
  void learnsHomesFromTheArticlesToCodeAndPlacesThemAsTheCodeCommandDoes() throws IOException {
    Path output = dir.resolve("learned");
    JobSummary summary = CodeArticlesJob.run(spark, options(input, output));

    assertThat(summary.outletHomes()).isEqualTo(1);
    assertThat(admin1Codes(output, BARE_TOWN)).isNotEmpty().containsOnly("US.TX");
    assertThat(places(output)).containsExactlyInAnyOrderElementsOf(placesAsTheCodeCommandDoes());
    assertThat(Files.readString(output.resolve(CodeArticlesJob.OUTLET_HOMES)))
        .isEqualTo(
            "# host\tcountry\tadmin1\tadmin1_name\tarticles\tshare\n"
                + "theparisnews.com\tUSA\tUS.TX\tTexas\t3\t1.000\n");
  }

  @Test
  void readsAGivenTableInsteadOfLearning() throws IOException {
    Path table = dir.resolve("tennessee.tsv");
    Files.writeString(table, "theparisnews.com\tUSA\tUS.TN\tTennessee\t3\t1.0\n");
    Path output = dir.resolve("read");
    CodeArticlesJob.run(
        spark,
        options(input, output)
            .withOutletHomes(JobOptions.OutletHomesSource.table(table.toString())));

    assertThat(admin1Codes(output, BARE_TOWN)).isNotEmpty().containsOnly("US.TN");
    assertThat(output.resolve(CodeArticlesJob.OUTLET_HOMES)).doesNotExist();
  }

  @Test
  void placesEachArticleOnItsOwnEvidenceWithoutHomes() {
    Path output = dir.resolve("none");
    JobSummary summary =
        CodeArticlesJob.run(
            spark,
            options(bareTownAlone, output).withOutletHomes(JobOptions.OutletHomesSource.NONE));

    assertThat(summary.outletHomes()).isZero();
    assertThat(countries(output, BARE_TOWN)).isNotEmpty().containsOnly("FRA");
  }

  /** Two tasks: the fixture is four articles. */
  private static JobOptions options(Path in, Path out) {
    return JobOptions.of(in.toString(), out.toString()).withPartitions(2);
  }

  /** What {@code khaldun code} does: learn from the whole input, then code each article. */
  private static List<String> placesAsTheCodeCommandDoes() {
    List<Article> articles = new ArrayList<>();
    ExecutorPipeline.ingestor(true)
        .read(List.of(input.toString()), IngestSink.of(articles::add, p -> {}));
    Pipeline pipeline = ExecutorPipeline.get();
    OutletHomes.Learner learner = pipeline.outletHomesLearner();
    articles.forEach(a -> learner.add(a.url(), a.text()));
    Pipeline withHomes = pipeline.withOutletHomes(learner.build());
    List<String> places = new ArrayList<>();
    for (Article article : articles) {
      for (EventRecord event : withHomes.code(article).events()) {
        places.add(
            event.articleId()
                + " "
                + event.eventType()
                + " "
                + (event.location() == null ? null : event.location().geonamesId()));
      }
    }
    return places;
  }

  private static List<String> places(Path output) {
    List<String> places = new ArrayList<>();
    for (Row row :
        spark
            .read()
            .parquet(output.toString())
            .select("article_id", "event_type", "location_geonames_id")
            .collectAsList()) {
      places.add(row.getString(0) + " " + row.getString(1) + " " + row.get(2));
    }
    return places;
  }

  private static List<String> admin1Codes(Path output, String articleId) {
    return column(output, articleId, "location_admin1_code");
  }

  private static List<String> countries(Path output, String articleId) {
    return column(output, articleId, "location_country");
  }

  private static List<String> column(Path output, String articleId, String name) {
    return spark
        .read()
        .parquet(output.toString())
        .filter(col("article_id").equalTo(articleId))
        .select(name)
        .as(Encoders.STRING())
        .collectAsList();
  }

  private static String article(String id, String date, String title, String text) {
    return String.format(
        Locale.ROOT,
        "{\"id\": \"%s\", \"url\": \"%s%s\", \"date\": \"%s\", \"title\": \"%s\", \"text\": \"%s\"}",
        id,
        PAPER,
        id,
        date,
        title,
        text);
  }
}
