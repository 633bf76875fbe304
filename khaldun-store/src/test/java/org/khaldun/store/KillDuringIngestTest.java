package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer process killed with SIGKILL in mid-run: what was committed stays, nothing is half. */
class KillDuringIngestTest {

  @Test
  void killedWriterLosesNoCommittedBatchAndLeavesNoHalfArticle(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("killed.duckdb");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashingWriter.class.getName(),
                db.toString())
            .redirectErrorStream(true)
            .start();
    int committed = 0;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= 5) {
            break;
          }
        }
      }
      // SIGKILL: no shutdown hook, no close, likely in the middle of the next batch
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).as("batches committed before the kill").isGreaterThanOrEqualTo(5);

    try (EventStore store = EventStore.open(db)) {
      assertThat(store.counts().articles()).isGreaterThanOrEqualTo(committed * 50L);
      assertThat(store.counts().articles() % 50).as("whole batches only").isZero();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT count(*) FROM articles a WHERE event_count <>"
                    + " (SELECT count(*) FROM events e WHERE e.article_id = a.article_id)")) {
      rows.next();
      assertThat(rows.getLong(1)).as("articles whose events are not all there").isZero();
    }
  }
}
