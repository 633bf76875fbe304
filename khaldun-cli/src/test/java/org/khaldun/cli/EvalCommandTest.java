package org.khaldun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.output.Json;

class EvalCommandTest {

  /** Two toponyms the bundled gazetteer knows well: a capital and a country. */
  private static final String GOLD =
      "{\"id\": \"t1\", \"text\": \"Talks in Baghdad ended; Jordan sent envoys.\", \"toponyms\": ["
          + "{\"start\": 9, \"end\": 16, \"lat\": 33.34, \"lon\": 44.40, \"country\": \"IQ\"},"
          + "{\"start\": 24, \"end\": 30, \"lat\": 31.0, \"lon\": 36.0, \"country\": \"Jordan\"}]}\n";

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void printsGoldSpanResolutionAsOneJsonObject() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);

    Run run = run("eval", "geo", "--gold-spans", "--json", "--quiet", gold.toString());

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode report = Json.mapper().readTree(run.out());
    assertThat(report.get("mode").asText()).isEqualTo("gold-spans");
    assertThat(report.get("articles").asInt()).isEqualTo(1);
    assertThat(report.get("all_gold").get("toponyms").asInt()).isEqualTo(2);
    assertThat(report.get("all_gold").get("country_accuracy").asDouble()).isEqualTo(1.0);
  }

  @Test
  void scoresFusionOfTwoReportsOfOneBombingAndADistractor() throws IOException {
    String more =
        " Ambulances took the wounded to the main hospital, and the governor ordered an"
            + " investigation into how the attackers reached the city.";
    String bombing =
        "A car bomb exploded at a police checkpoint in Kirkuk on Tuesday, killing seven people,"
            + " officials said."
            + more;
    Path gold = dir.resolve("fusion.jsonl");
    Files.writeString(
        gold,
        line("k1", "Wire", "2026-03-10", bombing, "E1")
            + line(
                "k2",
                "Post",
                "2026-03-10",
                "Seven people died when a bomb hidden in a car"
                    + " blew up at a checkpoint in Kirkuk on Tuesday."
                    + more,
                "E1")
            + line(
                "b1",
                "Post",
                "2026-03-10",
                "A car bomb exploded near a market in Basra on"
                    + " Tuesday, wounding five people."
                    + more,
                "D1"),
        StandardCharsets.UTF_8);

    Run run = run("eval", "fusion", "--no-model", "--json", "--quiet", "-t", "1", gold.toString());

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode report = Json.mapper().readTree(run.out());
    assertThat(report.get("articles").asInt()).isEqualTo(3);
    assertThat(report.get("records_after").asInt())
        .isLessThanOrEqualTo(report.get("records_before").asInt());
    assertThat(report.get("clustering").get("gold_events").asInt()).isEqualTo(2);
    assertThat(report.get("clustering").get("gold_pairs").asLong()).isEqualTo(1);
  }

  private static String line(String id, String source, String date, String text, String event) {
    return "{\"id\": \""
        + id
        + "\", \"source\": \""
        + source
        + "\", \"date\": \""
        + date
        + "\", \"text\": \""
        + text
        + "\", \"gold_event\": \""
        + event
        + "\", \"gold_type\": \"ASSAULT\"}\n";
  }

  @Test
  void printsATextReportByDefault() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);

    Run run = run("eval", "geo", "--gold-spans", "--quiet", gold.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("acc@161").contains("all gold spans");
  }

  @Test
  void failsWithTheFileAndLineOfAMalformedGoldRecord() throws IOException {
    Path gold = dir.resolve("broken.jsonl");
    Files.writeString(gold, GOLD + "{\"id\": \"t2\"}\n", StandardCharsets.UTF_8);

    Run run = run("eval", "geo", "--gold-spans", "--quiet", gold.toString());

    assertThat(run.status()).isEqualTo(Main.RUN_FAILED);
    assertThat(run.err()).contains("broken.jsonl:2").contains("missing field \"text\"");
  }

  @Test
  void rejectsALimitBelowOne() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);

    Run run = run("eval", "geo", "--gold-spans", "--limit", "0", gold.toString());

    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("limit must be at least 1");
  }

  /** Three articles of a Texas paper that name Texas, then one that names Paris alone. */
  private static String localPaper() {
    StringBuilder gold = new StringBuilder();
    String[] texas = {
      "Voters across Texas went to the polls.",
      "The Texas Department of Transportation closed a road.",
      "Rain is due in Texas on Friday."
    };
    for (int i = 0; i < texas.length; i++) {
      int at = texas[i].indexOf("Texas");
      gold.append(
          String.format(
              "{\"id\": \"t%d\", \"url\": \"http://www.theparisnews.com/n%d\", \"text\": \"%s\","
                  + " \"toponyms\": [{\"start\": %d, \"end\": %d, \"lat\": 31.5, \"lon\": -99.1,"
                  + " \"country\": \"US\"}]}%n",
              i, i, texas[i], at, at + 5));
    }
    gold.append(
        "{\"id\": \"p\", \"url\": \"http://www.theparisnews.com/p\", \"text\": \"Paris police"
            + " arrested a man.\", \"toponyms\": [{\"start\": 0, \"end\": 5, \"lat\": 33.66,"
            + " \"lon\": -95.56, \"country\": \"US\"}]}\n");
    return gold.toString();
  }

  @Test
  void learnsAndSavesEachOutletsHomeArea() throws IOException {
    Path gold = dir.resolve("local.jsonl");
    Files.writeString(gold, localPaper(), StandardCharsets.UTF_8);
    Path homes = dir.resolve("homes.tsv");

    Run learned =
        run(
            "eval",
            "geo",
            "--gold-spans",
            "--json",
            "--quiet",
            "--save-outlet-homes",
            homes.toString(),
            gold.toString());
    Run without =
        run(
            "eval",
            "geo",
            "--gold-spans",
            "--json",
            "--quiet",
            "--no-outlet-homes",
            gold.toString());

    assertThat(learned.status()).as(learned.err()).isZero();
    assertThat(Files.readString(homes, StandardCharsets.UTF_8))
        .contains("theparisnews.com\tUSA\tUS.TX\tTexas\t3\t1.000");
    double withHome =
        Json.mapper().readTree(learned.out()).get("all_gold").get("country_accuracy").asDouble();
    double alone =
        Json.mapper().readTree(without.out()).get("all_gold").get("country_accuracy").asDouble();
    assertThat(withHome).isEqualTo(1.0);
    assertThat(alone).isEqualTo(0.75);
  }

  @Test
  void rejectsLoadingAndTurningOffOutletHomesTogether() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, GOLD, StandardCharsets.UTF_8);

    Run run =
        run(
            "eval",
            "geo",
            "--gold-spans",
            "--outlet-homes",
            dir.resolve("homes.tsv").toString(),
            "--no-outlet-homes",
            gold.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }
}
