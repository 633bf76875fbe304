package org.khaldun.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.khaldun.output.EventRecord;
import org.khaldun.pipeline.CodedArticle;
import org.khaldun.serve.KhaldunServer;
import org.khaldun.serve.ServerOptions;
import org.khaldun.store.EventStore;

/**
 * A server process holding a database, coding every article as one event (no NLP); prints {@code
 * ready} once listening and stops when its standard input says {@code stop}. Run as a separate
 * process by {@link IngestHandOffTest}: DuckDB's lock is per process.
 */
final class FakeCodingServer {
  private FakeCodingServer() {}

  public static void main(String[] args) throws IOException {
    Path db = Path.of(args[0]);
    try (EventStore store = EventStore.open(db);
        KhaldunServer server =
            KhaldunServer.start(
                store,
                db,
                article ->
                    new CodedArticle(
                        article,
                        List.of(
                            new EventRecord(
                                article.id() + "-e0",
                                article.id(),
                                article.id() + ":0",
                                0,
                                "PROTEST",
                                null,
                                "MATERIAL_CONFLICT",
                                "14",
                                "140",
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(),
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                false,
                                "ASSERTED",
                                null,
                                "sentence",
                                new EventRecord.Span("rallied", 0, 7, 0, 7),
                                0.5,
                                "fake",
                                new EventRecord.ArticleRef(
                                    null, article.title(), null, null, article.origin()))),
                        1,
                        0,
                        1),
                ServerOptions.defaults().withPort(0))) {
      System.out.println("ready " + server.url());
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null && !line.equals("stop"); ) {
        line = in.readLine();
      }
    }
  }
}
