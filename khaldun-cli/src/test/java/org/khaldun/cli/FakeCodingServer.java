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
                            EventRecord.builder()
                                .eventId(article.id() + "-e0")
                                .articleId(article.id())
                                .sentenceId(article.id() + ":0")
                                .eventType("PROTEST")
                                .quadClass("MATERIAL_CONFLICT")
                                .cameoRoot("14")
                                .cameoCode("140")
                                .modality("ASSERTED")
                                .sentence("sentence")
                                .trigger(new EventRecord.Span("rallied", 0, 7, 0, 7))
                                .confidence(0.5)
                                .rule("fake")
                                .article(
                                    new EventRecord.ArticleRef(
                                        null, article.title(), null, null, article.origin()))
                                .build()),
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
