package org.khaldun.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.khaldun.geo.OutletHomes;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;
import org.khaldun.ingest.InputProblem;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.serve.ServerClient;
import org.khaldun.serve.ServerFile;
import org.khaldun.store.EventStore;
import org.khaldun.store.StoreLockedException;
import org.khaldun.store.StoredArticle;
import org.khaldun.store.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khaldun ingest}: articles in, events stored. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Codes news articles and stores their events in the event database.",
      "Idempotent and resumable: an article already stored unchanged is skipped without coding"
          + " it again; a changed one replaces its old events. Articles are committed in batches;"
          + " a run that is killed keeps every batch committed before, and never half an article.",
      "When a khaldun server holds the database, the articles are handed to it.",
      "Exit status: 0 all input stored; 1 some input could not be coded; 2 bad usage; 3 the run"
          + " failed."
    })
final class IngestCommand implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories or -.")
  List<String> inputs = new ArrayList<>();

  @Mixin StoreSettings store;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch = 50;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Token for a server that holds the database (default: $KHALDUN_TOKEN).")
  String token;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar and no summary on stderr.")
  boolean quiet;

  @Mixin PipelineSettings settings;

  @Option(
      names = "--outlet-homes",
      paramLabel = "FILE",
      description =
          "Take each outlet's home area from FILE, as written by 'code --save-outlet-homes'"
              + " (default: none; an ingest run codes articles as they come, so it learns none).")
  Path outletHomes;

  @Spec CommandSpec spec;

  private final AtomicLong problems = new AtomicLong();

  @Override
  public Integer call() {
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1, was " + batch);
    }
    PrintWriter err = spec.commandLine().getErr();
    OutletHomes homes = outletHomes();
    Ingestor ingestor = Ingestor.create(settings.ingestOptions());
    EventStore events;
    try {
      events = EventStore.open(store.db);
    } catch (StoreLockedException e) {
      Optional<ServerFile> server = ServerFile.find(store.db);
      if (server.isEmpty()) {
        throw new IllegalStateException(
            e.getMessage()
                + " and no khaldun server runs for it: wait for that process to end, or use"
                + " another --db",
            e);
      }
      if (outletHomes != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--outlet-homes: a khaldun server holds "
                + store.db
                + " and codes what ingest hands it with its own pipeline; start the server with"
                + " 'serve --outlet-homes FILE', or give the table to ingest when no server runs");
      }
      return handToServer(ingestor, server.get(), err);
    }
    try (events) {
      return ingestHere(ingestor, events, homes, err);
    }
  }

  /** The table of --outlet-homes, read before anything else so that a bad one fails at once. */
  private OutletHomes outletHomes() {
    if (outletHomes == null) {
      return OutletHomes.none();
    }
    try {
      return OutletHomes.read(outletHomes);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ParameterException(spec.commandLine(), "--outlet-homes: " + e.getMessage(), e);
    }
  }

  private int ingestHere(Ingestor ingestor, EventStore events, OutletHomes homes, PrintWriter err) {
    List<StoredArticle> pending = new ArrayList<>();
    WriteResult[] total = {WriteResult.NONE};
    AtomicLong skipped = new AtomicLong();
    ParallelCoder[] coder = {null};
    try (Progress progress = Progress.start(quiet, "Ingesting")) {
      IngestSink sink =
          IngestSink.of(
              article -> {
                if (events.isCurrent(article.id(), StoredArticle.contentHash(article))) {
                  skipped.incrementAndGet();
                  progress.step(total[0].events());
                  return;
                }
                if (coder[0] == null) {
                  // the models load only when something needs coding: a resumed run that finds
                  // everything stored finishes in seconds
                  coder[0] =
                      new ParallelCoder(
                          Pipeline.create(settings.pipelineOptions()).withOutletHomes(homes),
                          settings.threads(),
                          coded -> {
                            pending.add(StoredArticle.coded(coded));
                            if (pending.size() >= batch) {
                              total[0] = total[0].plus(events.write(pending));
                              pending.clear();
                            }
                            progress.step(total[0].events());
                          },
                          problem -> report(err, problem));
                }
                coder[0].submit(article);
              },
              problem -> report(err, problem));
      ingestor.read(inputs, sink);
      if (coder[0] != null) {
        coder[0].finish();
      }
      total[0] = total[0].plus(events.write(pending));
    } finally {
      if (coder[0] != null) {
        coder[0].close();
      }
    }
    if (!quiet) {
      EventStore.Counts counts = events.counts();
      err.printf(
          "khaldun: %d articles stored (%d events), %d unchanged and skipped, %d inputs with"
              + " problems; %s holds %d articles, %d events%n",
          total[0].written(),
          total[0].events(),
          skipped.get() + total[0].unchanged(),
          problems.get(),
          store.db,
          counts.articles(),
          counts.events());
    }
    err.flush();
    return problems.get() == 0 ? 0 : Main.SOME_INPUT_FAILED;
  }

  /** The server holds the database: read and clean here, code and store there. */
  private int handToServer(Ingestor ingestor, ServerFile server, PrintWriter err) {
    ServerClient client = new ServerClient(server, StoreSettings.token(token));
    if (!quiet) {
      err.println(
          "khaldun: "
              + store.db
              + " is held by the server at "
              + server.url()
              + "; handing the articles to it");
      err.flush();
    }
    List<Article> chunk = new ArrayList<>();
    int[] totals = new int[3];
    Runnable send =
        () -> {
          if (chunk.isEmpty()) {
            return;
          }
          ServerClient.Totals answer = client.post(chunk);
          totals[0] += answer.articles();
          totals[1] += answer.unchanged();
          totals[2] += answer.events();
          answer.problems().forEach(p -> report(err, new InputProblem("server", 0, p)));
          chunk.clear();
        };
    ingestor.read(
        inputs,
        IngestSink.of(
            article -> {
              chunk.add(article);
              if (chunk.size() >= batch) {
                send.run();
              }
            },
            problem -> report(err, problem)));
    send.run();
    if (!quiet) {
      err.printf(
          "khaldun: the server stored %d articles (%d events), %d unchanged, %d problems%n",
          totals[0], totals[2], totals[1], problems.get());
    }
    err.flush();
    return problems.get() == 0 ? 0 : Main.SOME_INPUT_FAILED;
  }

  private void report(PrintWriter err, InputProblem problem) {
    problems.incrementAndGet();
    err.println("khaldun: " + problem.message());
    err.flush();
  }
}
