package org.khaldun.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.khaldun.geo.OutletHomes;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;
import org.khaldun.ingest.InputProblem;
import org.khaldun.output.EventWriter;
import org.khaldun.output.OutputFormat;
import org.khaldun.pipeline.Pipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khaldun code}: articles in, event records out. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Codes news articles into events, one record per event.",
      "Inputs: plain text, HTML or JSON Lines files, directories (read recursively), or - for"
          + " standard input (the default when no input is given).",
      "Exit status: 0 all input coded; 1 some input could not be coded (each problem is reported"
          + " on stderr and the rest goes on); 2 bad usage; 3 the run failed."
    })
final class CodeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", description = "Files, directories or - (standard input).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.JSONL;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write events to FILE instead of standard output.")
  Path output;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar and no summary on stderr (problems are still reported).")
  boolean quiet;

  @Mixin PipelineSettings settings;

  @ArgGroup(exclusive = true)
  OutletHomeSettings homes;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.isEmpty() && Boolean.getBoolean("khaldun.stdin.tty")) {
      throw new ParameterException(
          spec.commandLine(),
          "no input given: name files or directories, or - to read articles from standard input");
    }
    Ingestor ingestor = Ingestor.create(settings.ingestOptions());
    List<String> sources = inputs.isEmpty() ? List.of("-") : inputs;
    if (homes != null && homes.save != null && sources.contains("-")) {
      throw new ParameterException(
          spec.commandLine(),
          "--save-outlet-homes needs files or directories: standard input cannot be read twice");
    }
    Pipeline pipeline =
        withOutletHomes(Pipeline.create(settings.pipelineOptions()), ingestor, sources);
    AtomicLong articles = new AtomicLong();
    AtomicLong events = new AtomicLong();
    AtomicLong problems = new AtomicLong();

    try (EventWriter writer = EventWriter.create(format, openOutput());
        Progress progress = Progress.start(quiet, "Coding");
        ParallelCoder coder =
            new ParallelCoder(
                pipeline,
                settings.threads(),
                coded -> {
                  coded.events().forEach(writer::write);
                  articles.incrementAndGet();
                  events.addAndGet(coded.events().size());
                  progress.step(events.get());
                },
                problem -> report(err, problems, problem))) {
      ingestor.read(
          sources, IngestSink.of(coder::submit, problem -> report(err, problems, problem)));
      coder.finish();
      writer.flush();
    }
    if (!quiet) {
      err.printf(
          "khaldun: %d articles coded, %d events, %d inputs with problems%n",
          articles.get(), events.get(), problems.get());
    }
    err.flush();
    return problems.get() == 0 ? 0 : Main.SOME_INPUT_FAILED;
  }

  /**
   * The pipeline with the outlet homes the options ask for. By default they are learned from the
   * input in a first pass that only reads the articles (no NLP; input problems are reported by the
   * coding pass). Standard input cannot be read twice, so it is coded without homes unless a table
   * is given.
   */
  private Pipeline withOutletHomes(Pipeline pipeline, Ingestor ingestor, List<String> sources) {
    if (homes != null && homes.noHomes) {
      return pipeline;
    }
    if (homes != null && homes.load != null) {
      return pipeline.withOutletHomes(OutletHomes.read(homes.load));
    }
    if (sources.contains("-")) {
      return pipeline;
    }
    OutletHomes.Learner learner = pipeline.outletHomesLearner();
    ingestor.read(
        sources, IngestSink.of(article -> learner.add(article.url(), article.text()), p -> {}));
    OutletHomes learned = learner.build();
    if (homes != null && homes.save != null) {
      learned.write(homes.save);
    }
    return pipeline.withOutletHomes(learned);
  }

  private static void report(PrintWriter err, AtomicLong problems, InputProblem problem) {
    problems.incrementAndGet();
    err.println("khaldun: " + problem.message());
    err.flush();
  }

  private Writer openOutput() {
    try {
      return output == null
          ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
          : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output " + output + ": " + e.getMessage(), e);
    }
  }
}
