package org.khaldun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;
import org.khaldun.output.EventRecord;
import picocli.CommandLine;

/** {@code serve}'s options that reach its pipeline; the HTTP path is khaldun-serve's to test. */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void codesPostedArticlesWithTheOutletHomesOfTheTableGiven() throws IOException {
    Path homes = dir.resolve("homes.tsv");
    Files.writeString(
        homes, "theparisnews.com\tUSA\tUS.TX\tTexas\t3\t1.000\n", StandardCharsets.UTF_8);
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve)
        .parseArgs(
            "--db", dir.resolve("events.duckdb").toString(), "--outlet-homes", homes.toString());

    List<Article> articles = new ArrayList<>();
    Ingestor.create(IngestOptions.defaults())
        .readJsonLine(
            "{\"url\": \"https://www.theparisnews.com/news/1\", \"date\": \"2026-03-13\","
                + " \"text\": \"Police arrested a man in Paris on Friday after a fight outside a"
                + " bar left two people injured, police said.\"}",
            "posted",
            IngestSink.of(articles::add, p -> {}));
    List<EventRecord> events = serve.coder().code(articles.get(0)).events();

    assertThat(events)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.location().admin1Code()).isEqualTo("US.TX"));
  }

  @Test
  void refusesAMalformedOutletHomesTableBeforeOpeningTheDatabase() throws IOException {
    Path homes = dir.resolve("bad-homes.tsv");
    Files.writeString(homes, "example.com\tUSA\n", StandardCharsets.UTF_8);
    Path db = dir.resolve("never.duckdb");
    StringWriter err = new StringWriter();

    int status =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "serve",
            "--db",
            db.toString(),
            "--port",
            "0",
            "--outlet-homes",
            homes.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("bad-homes.tsv:1").contains("6 tab-separated fields");
    assertThat(db).doesNotExist();
  }

  @Test
  void saysInItsHelpThatTheServerLearnsNoHomes() {
    StringWriter out = new StringWriter();
    Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "serve", "--help");

    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("--outlet-homes=FILE")
        .contains("the server learns no outlet home areas from them");
  }
}
