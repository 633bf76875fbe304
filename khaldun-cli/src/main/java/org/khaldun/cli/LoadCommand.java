package org.khaldun.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.khaldun.store.EventStore;
import org.khaldun.store.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khaldun load}: event files coded elsewhere, stored. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Stores events coded elsewhere: JSON Lines of event records (the output of khaldun code)"
          + " or Parquet files with the columns of khaldun code --format csv (.parquet).",
      "Events are grouped into articles by article_id; articles carry only the metadata their"
          + " events hold. Loading the same file again changes nothing.",
      "Exit status: 0 all loaded; 1 some records could not be read; 2 bad usage; 3 the run"
          + " failed."
    })
final class LoadCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Event files (.jsonl, .parquet).")
  List<Path> files = new ArrayList<>();

  @Mixin StoreSettings store;

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on stderr.")
  boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    AtomicLong problems = new AtomicLong();
    WriteResult total = WriteResult.NONE;
    try (EventStore events = store.open()) {
      for (Path file : files) {
        total =
            total.plus(
                events.load(
                    file,
                    problem -> {
                      problems.incrementAndGet();
                      err.println("khaldun: " + problem.message());
                    }));
      }
      if (!quiet) {
        err.printf(
            "khaldun: %d articles stored (%d events), %d unchanged, %d problems%n",
            total.written(), total.events(), total.unchanged(), problems.get());
      }
    }
    err.flush();
    return problems.get() == 0 ? 0 : Main.SOME_INPUT_FAILED;
  }
}
