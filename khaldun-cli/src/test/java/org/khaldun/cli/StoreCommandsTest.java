package org.khaldun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.output.Json;

/** ingest, load and export as a user runs them, with the real pipeline. */
class StoreCommandsTest {
  private static final String ARTICLE =
      "Militants attack army checkpoint in Kirkuk\n\n"
          + "Islamic State militants attacked an Iraqi army checkpoint in Kirkuk on Tuesday,"
          + " killing two soldiers, the Iraqi military said. The army arrested three suspects"
          + " after the attack, according to security officials.\n";

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void ingestsOnceExportsAndLoadsTheCodeCommandsOutput() throws IOException {
    Path article = dir.resolve("kirkuk.txt");
    Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
    String db = dir.resolve("events.duckdb").toString();

    Run first = run("ingest", "--db", db, "-t", "1", article.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).contains("1 articles stored");

    Run again = run("ingest", "--db", db, article.toString());
    assertThat(again.err()).contains("0 articles stored").contains("1 unchanged");

    Path geojson = dir.resolve("events.geojson");
    Run export =
        run("export", "--db", db, "-f", "geojson", "--type", "ASSAULT", "-o", geojson.toString());
    assertThat(export.status()).as(export.err()).isZero();
    JsonNode features = Json.mapper().readTree(geojson.toFile()).get("features");
    assertThat(features).isNotEmpty();
    assertThat(features.get(0).get("properties").get("location_admin1").asText())
        .isEqualTo("Kirkuk");

    Path fusedCsv = dir.resolve("fused.csv");
    Run fused = run("export", "--db", db, "-f", "csv", "--fused", "-o", fusedCsv.toString());
    assertThat(fused.status()).as(fused.err()).isZero();
    List<String> fusedRows = Files.readAllLines(fusedCsv, StandardCharsets.UTF_8);
    assertThat(fusedRows.get(0)).startsWith("fused_id,event_type,quad_class,date,report_count");
    assertThat(fusedRows).hasSizeGreaterThan(1);
    Path fusedParquet = dir.resolve("fused.parquet");
    Run fusedToParquet =
        run("export", "--db", db, "-f", "parquet", "--fused", "-o", fusedParquet.toString());
    assertThat(fusedToParquet.status()).as(fusedToParquet.err()).isZero();
    // a Parquet file starts with the magic bytes PAR1
    assertThat(new String(Files.readAllBytes(fusedParquet), 0, 4, StandardCharsets.US_ASCII))
        .isEqualTo("PAR1");

    Path parquet = dir.resolve("events.parquet");
    assertThat(run("export", "--db", db, "-f", "parquet", "-o", parquet.toString()).status())
        .isZero();
    String other = dir.resolve("other.duckdb").toString();
    Run load = run("load", "--db", other, parquet.toString());
    assertThat(load.status()).as(load.err()).isZero();
    assertThat(load.err()).contains("1 articles stored");

    Path csv = dir.resolve("other.csv");
    assertThat(run("export", "--db", other, "-f", "csv", "-o", csv.toString()).status()).isZero();
    Path csvFromFirst = dir.resolve("first.csv");
    run("export", "--db", db, "-f", "csv", "-o", csvFromFirst.toString());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines).isEqualTo(Files.readAllLines(csvFromFirst, StandardCharsets.UTF_8));
  }

  @Test
  void badFilterNamesTheOption() {
    Run run =
        run("export", "--db", dir.resolve("x.duckdb").toString(), "-f", "csv", "--type", "BOMBING");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--type");
  }

  @Test
  void ingestPlacesAnOutletsBareTownInTheHomeAreaOfASavedTable() throws IOException {
    Path homes = dir.resolve("homes.tsv");
    Files.writeString(
        homes,
        "# host\tcountry\tadmin1\tadmin1_name\tarticles\tshare\n"
            + "example.com\tUSA\tUS.TX\tTexas\t5\t0.8\n",
        StandardCharsets.UTF_8);
    Path article = dir.resolve("paris.jsonl");
    Files.writeString(
        article,
        "{\"id\":\"p1\",\"url\":\"https://www.example.com/local/1\","
            + "\"date\":\"2024-03-10\",\"title\":\"Two arrested after bank robbery\","
            + "\"text\":\"Police in Paris arrested two men on Monday after a robbery at a bank on"
            + " Main Street. The men were taken to the county jail, police said.\"}\n",
        StandardCharsets.UTF_8);
    String db = dir.resolve("paris.duckdb").toString();

    Run ingest =
        run(
            "ingest",
            "--db",
            db,
            "-t",
            "1",
            "--outlet-homes",
            homes.toString(),
            article.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
    Path geojson = dir.resolve("paris.geojson");
    assertThat(run("export", "--db", db, "-f", "geojson", "-o", geojson.toString()).status())
        .isZero();
    JsonNode features = Json.mapper().readTree(geojson.toFile()).get("features");
    assertThat(features).isNotEmpty();
    assertThat(features.get(0).get("properties").get("location_admin1").asText())
        .isEqualTo("Texas");
  }

  @Test
  void ingestRefusesAMalformedOutletHomesTableBeforeOpeningTheDatabase() throws IOException {
    Path homes = dir.resolve("bad-homes.tsv");
    Files.writeString(homes, "example.com\tUSA\n", StandardCharsets.UTF_8);
    Path db = dir.resolve("never.duckdb");

    Run run = run("ingest", "--db", db.toString(), "--outlet-homes", homes.toString(), "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("bad-homes.tsv:1").contains("6 tab-separated fields");
    assertThat(db).doesNotExist();
  }
}
