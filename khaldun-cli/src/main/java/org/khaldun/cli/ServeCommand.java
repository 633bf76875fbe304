package org.khaldun.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.khaldun.geo.OutletHomes;
import org.khaldun.serve.ArticleCoder;
import org.khaldun.serve.KhaldunServer;
import org.khaldun.serve.ServerOptions;
import org.khaldun.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code khaldun serve}: the API and the web page over the event database. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the event database: the REST API under /api/ and the web page at /.",
      "Listens on loopback unless --host says otherwise; beyond loopback a token is required,"
          + " which writing requests (POST /api/articles) must send as 'Authorization: Bearer"
          + " TOKEN'. While it runs, khaldun ingest on the same --db hands its articles to it.",
      "Posted articles are coded one at a time as they come, so the server learns no outlet home"
          + " areas from them; --outlet-homes gives it a table learned from a batch."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreSettings store;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = ServerOptions.DEFAULT_HOST;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port = ServerOptions.DEFAULT_PORT;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Token for writing requests (default: $KHALDUN_TOKEN).")
  String token;

  @Option(
      names = "--max-request-bytes",
      paramLabel = "N",
      description = "Largest request body (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes = ServerOptions.DEFAULT_MAX_REQUEST_BYTES;

  @Mixin PipelineSettings settings;

  @Option(
      names = "--outlet-homes",
      paramLabel = "FILE",
      description =
          "Code posted articles with each outlet's home area from FILE, as written by 'code"
              + " --save-outlet-homes' (default: none; the server learns none from what is"
              + " posted).")
  Path outletHomes;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ServerOptions options;
    try {
      options = new ServerOptions(host, port, StoreSettings.token(token), maxRequestBytes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ArticleCoder coder = coder();
    EventStore events = store.open();
    KhaldunServer server;
    try {
      server = KhaldunServer.start(events, store.db, coder, settings.ingestOptions(), options);
    } catch (RuntimeException e) {
      events.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // stop taking requests before the database closes, and remove the note
                  server.close();
                  events.close();
                  stopped.countDown();
                },
                "khaldun-serve-stop"));
    err.println("khaldun: serving " + store.db + " at " + server.url() + " (Ctrl-C stops)");
    err.flush();
    stopped.await();
    return 0;
  }

  /**
   * The pipeline that codes posted articles, built on first use, with the table of --outlet-homes
   * read now, so that a bad one fails before the database is opened.
   */
  ArticleCoder coder() {
    OutletHomes homes = OutletHomes.none();
    if (outletHomes != null) {
      try {
        homes = OutletHomes.read(outletHomes);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new ParameterException(spec.commandLine(), "--outlet-homes: " + e.getMessage(), e);
      }
    }
    return ArticleCoder.lazyPipeline(settings.pipelineOptions(), homes);
  }
}
