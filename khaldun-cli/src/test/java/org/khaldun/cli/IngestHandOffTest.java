package org.khaldun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.serve.ServerFile;
import org.khaldun.store.EventStore;

/** ingest while another process serves the same database: the articles go to the server. */
class IngestHandOffTest {

  @Test
  void ingestHandsItsArticlesToTheServerThatHoldsTheDatabase(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("held.duckdb");
    Path article = dir.resolve("rally.txt");
    Files.writeString(
        article,
        "Crowds rally in Basra\n\nThousands of people rallied in Basra on Saturday against power"
            + " cuts that have left homes without electricity for most of the day.\n",
        StandardCharsets.UTF_8);
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                FakeCodingServer.class.getName(),
                db.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String ready = out.readLine();
      assertThat(ready).startsWith("ready ");
      assertThat(ServerFile.find(db)).isPresent();

      StringWriter err = new StringWriter();
      int status =
          Main.run(
              new PrintWriter(new StringWriter()),
              new PrintWriter(err),
              "ingest",
              "--db",
              db.toString(),
              article.toString());
      assertThat(status).as(err.toString()).isZero();
      assertThat(err.toString()).contains("handing the articles to it").contains("stored 1");

      StringWriter loadErr = new StringWriter();
      int load =
          Main.run(
              new PrintWriter(new StringWriter()),
              new PrintWriter(loadErr),
              "load",
              "--db",
              db.toString(),
              article.toString());
      assertThat(load).isEqualTo(Main.RUN_FAILED);
      assertThat(loadErr.toString()).contains("in use").contains(ready.substring(6));
    } finally {
      OutputStream stdin = server.getOutputStream();
      stdin.write("stop\n".getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    assertThat(ServerFile.find(db)).isEmpty();
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 1));
    }
  }
}
