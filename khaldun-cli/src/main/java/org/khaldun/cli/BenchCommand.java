package org.khaldun.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code khaldun bench}: the whole-run benchmark. Reads the inputs, codes every article end to end
 * as {@code khaldun code} does (output discarded), and reports articles/s, tokens/s, time per stage
 * and peak heap. Model loading and a warm-up are timed apart from the measured run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures end-to-end coding speed and peak heap on a corpus.",
      "Example: khaldun bench ../shared/eval/geo/lgl.jsonl ../shared/eval/geo/geovirus.jsonl"
    })
final class BenchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories.")
  List<String> inputs;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Measure at most N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description = "Articles coded before measuring, to warm the JIT (default: ${DEFAULT-VALUE}).")
  int warmup = 20;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = {
        "Code the measured articles N times and report the last round (default:"
            + " ${DEFAULT-VALUE}). The JIT compiler spends as much CPU as the coding itself over the"
            + " first minute; later rounds show the steady state of a long run."
      })
  int rounds = 1;

  /** Article length at which issue #6 sets its speed target: about 600 words. */
  static final int REFERENCE_TOKENS = 700;

  @Option(
      names = "--compare-corenlp",
      paramLabel = "N",
      arity = "0..1",
      parameterConsumer = OptionalCount.class,
      description = {
        "Also run stock CoreNLP with the annotators PETRARCH2 needs ("
            + CoreNlpBaseline.ANNOTATORS
            + ") on the first N measured articles (default N: "
            + OptionalCount.DEFAULT
            + "; it is slow), on the same threads, and print both rates and their ratio."
      })
  Integer compareCorenlp;

  /**
   * Takes the next argument as N only when it is a number, so that {@code --compare-corenlp
   * input.jsonl} leaves the input to the positional parameters.
   */
  static final class OptionalCount implements IParameterConsumer {
    static final int DEFAULT = 40;

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec option, CommandSpec command) {
      int count = DEFAULT;
      if (!args.isEmpty() && args.peek().matches("[0-9]{1,9}")) {
        count = Integer.parseInt(args.pop());
      }
      option.setValue(count);
    }
  }

  @Mixin PipelineSettings settings;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (rounds < 1) {
      throw new ParameterException(
          spec.commandLine(), "--rounds must be at least 1, not " + rounds);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long ingestStart = System.nanoTime();
    List<Article> articles = new ArrayList<>();
    AtomicLong problems = new AtomicLong();
    Ingestor.create(settings.ingestOptions())
        .read(
            inputs,
            IngestSink.of(
                articles::add,
                problem -> {
                  problems.incrementAndGet();
                  err.println("khaldun: " + problem.message());
                }));
    double ingestSeconds = seconds(System.nanoTime() - ingestStart);

    long loadStart = System.nanoTime();
    Pipeline pipeline = Pipeline.create(settings.pipelineOptions());
    double loadSeconds = seconds(System.nanoTime() - loadStart);

    int warm = Math.min(warmup, articles.size());
    codeAll(pipeline, articles.subList(0, warm), new Totals());
    List<Article> measured = articles.subList(warm, warm + Math.min(articles.size() - warm, limit));
    if (measured.isEmpty()) {
      err.println("khaldun: nothing left to measure after the warm-up; give more articles");
      return Main.SOME_INPUT_FAILED;
    }
    Round round = null;
    for (int r = 1; r <= rounds; r++) {
      round = measure(pipeline, measured);
      if (rounds > 1) {
        out.printf(
            Locale.ROOT,
            "round %-11s %.2f articles/s, %.0f tokens/s, %.2f articles per CPU-second of the"
                + " whole process%n",
            r + "/" + rounds,
            measured.size() / round.wall(),
            round.totals().tokens.get() / round.wall(),
            round.processCpu() > 0 ? measured.size() / round.processCpu() : 0.0);
        out.flush();
      }
    }
    Totals totals = round.totals();
    double wall = round.wall();
    double processCpu = round.processCpu();
    StageSnapshot stages = round.stages();

    int threads = settings.threads();
    out.printf(Locale.ROOT, "inputs            %s%n", String.join(" ", inputs));
    out.printf(
        Locale.ROOT,
        "ingest            %d articles in %.2f s (%d problems)%n",
        articles.size(),
        ingestSeconds,
        problems.get());
    out.printf(Locale.ROOT, "pipeline load     %.2f s%n", loadSeconds);
    out.printf(Locale.ROOT, "warm-up           %d articles%n", warm);
    out.printf(
        Locale.ROOT,
        "measured          %d articles, %d sentences, %d tokens, %d events in %.2f s on %d"
            + " threads%n",
        measured.size(),
        totals.sentences.get(),
        totals.tokens.get(),
        totals.events.get(),
        wall,
        threads);
    out.printf(
        Locale.ROOT,
        "speed             %.2f articles/s (%.2f per thread), %.0f tokens/s%n",
        measured.size() / wall,
        measured.size() / wall / threads,
        totals.tokens.get() / wall);
    out.printf(
        Locale.ROOT,
        "parsed sentences  %.1f%% (the dependency parser runs only where a trigger word is)%n",
        100.0 * totals.parsed.get() / Math.max(1, totals.sentences.get()));
    out.printf(Locale.ROOT, "stage share       %s%n", stages.shares());
    double codingCpu = seconds(stages.totalCpu());
    if (codingCpu > 0) {
      // CPU time, unlike wall time, does not count the waiting for cores other jobs hold: the
      // figure to compare on a shared machine.
      out.printf(
          Locale.ROOT,
          "cpu per article   %s  total %.1f ms%n",
          stages.cpuMillisPerArticle(measured.size()),
          1000 * codingCpu / measured.size());
      out.printf(
          Locale.ROOT,
          "cpu speed         %.2f articles per CPU-second of the coding threads; %.2f per"
              + " CPU-second of the whole process (garbage collector and JIT included)%n",
          measured.size() / codingCpu,
          processCpu > 0 ? measured.size() / processCpu : 0.0);
    }
    int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
    double tokensPerArticle = (double) totals.tokens.get() / measured.size();
    out.printf(
        Locale.ROOT,
        "per core          %.2f articles/s of %d tokens (tokens/s / %d cores / %d; these"
            + " articles average %.0f)%s%n",
        totals.tokens.get() / wall / cores / REFERENCE_TOKENS,
        REFERENCE_TOKENS,
        cores,
        REFERENCE_TOKENS,
        tokensPerArticle,
        processCpu > 0
            ? String.format(
                Locale.ROOT,
                "; %.2f per CPU-second of the whole process",
                totals.tokens.get() / processCpu / REFERENCE_TOKENS)
            : "");
    out.printf(
        Locale.ROOT,
        "peak heap         %d MB (sum of the heap pools' peaks: an upper bound)%n",
        peakHeapBytes() / (1024 * 1024));
    out.flush();
    if (compareCorenlp != null) {
      List<Article> same =
          measured.subList(0, Math.min(Math.max(1, compareCorenlp), measured.size()));
      compare(pipeline, articles.subList(0, Math.min(3, warm)), same, out);
    }
    return 0;
  }

  /** One timed pass over the measured articles. */
  private record Round(Totals totals, double wall, double processCpu, StageSnapshot stages) {}

  private Round measure(Pipeline pipeline, List<Article> measured) {
    StageSnapshot before = StageSnapshot.of(pipeline.times());
    Totals totals = new Totals();
    long start = System.nanoTime();
    long processCpuStart = processCpuNanos();
    codeAll(pipeline, measured, totals);
    double wall = seconds(System.nanoTime() - start);
    double processCpu = seconds(processCpuNanos() - processCpuStart);
    return new Round(totals, wall, processCpu, StageSnapshot.of(pipeline.times()).minus(before));
  }

  /**
   * Khaldun end to end, then stock CoreNLP, on the same articles and threads. Khaldun goes first so
   * that its models can be dropped before CoreNLP's are loaded: both at once need over 3 GB.
   */
  private void compare(
      Pipeline pipeline, List<Article> warmUp, List<Article> same, PrintWriter out) {
    int threads = settings.threads();
    long start = System.nanoTime();
    codeAll(pipeline, same, new Totals());
    double ours = same.size() / seconds(System.nanoTime() - start);

    long loadStart = System.nanoTime();
    CoreNlpBaseline corenlp = CoreNlpBaseline.load();
    double loadSeconds = seconds(System.nanoTime() - loadStart);
    corenlp.annotate(warmUp, threads);
    start = System.nanoTime();
    long tokens = corenlp.annotate(same, threads);
    double wall = seconds(System.nanoTime() - start);
    double theirs = same.size() / wall;

    out.printf(Locale.ROOT, "corenlp baseline  %s%n", CoreNlpBaseline.DESCRIPTION);
    out.printf(
        Locale.ROOT, "corenlp load      %.2f s, warm-up %d articles%n", loadSeconds, warmUp.size());
    out.printf(
        Locale.ROOT,
        "corenlp speed     %d articles, %d tokens in %.2f s on %d threads: %.2f articles/s%n",
        same.size(),
        tokens,
        wall,
        threads,
        theirs);
    out.printf(
        Locale.ROOT,
        "khaldun speed     %.2f articles/s end to end on the same %d articles%n",
        ours,
        same.size());
    out.printf(
        Locale.ROOT,
        "ratio             %.1fx (Khaldun end to end / CoreNLP annotation alone)%n",
        ours / theirs);
    out.flush();
  }

  private void codeAll(Pipeline pipeline, List<Article> articles, Totals totals) {
    try (ParallelCoder coder =
        new ParallelCoder(
            pipeline,
            settings.threads(),
            coded -> {
              totals.sentences.addAndGet(coded.sentences());
              totals.parsed.addAndGet(coded.parsedSentences());
              totals.tokens.addAndGet(coded.tokens());
              totals.events.addAndGet(coded.events().size());
            },
            problem -> spec.commandLine().getErr().println("khaldun: " + problem.message()))) {
      articles.forEach(coder::submit);
      coder.finish();
    }
  }

  private static final class Totals {
    final AtomicLong sentences = new AtomicLong();
    final AtomicLong parsed = new AtomicLong();
    final AtomicLong tokens = new AtomicLong();
    final AtomicLong events = new AtomicLong();
  }

  private record StageSnapshot(long[] nanos, long[] cpuNanos) {
    static StageSnapshot of(StageTimes times) {
      StageTimes.Stage[] stages = StageTimes.Stage.values();
      long[] nanos = new long[stages.length];
      long[] cpuNanos = new long[stages.length];
      for (int i = 0; i < stages.length; i++) {
        nanos[i] = times.nanos(stages[i]);
        cpuNanos[i] = times.cpuNanos(stages[i]);
      }
      return new StageSnapshot(nanos, cpuNanos);
    }

    StageSnapshot minus(StageSnapshot earlier) {
      long[] diff = nanos.clone();
      long[] cpuDiff = cpuNanos.clone();
      for (int i = 0; i < diff.length; i++) {
        diff[i] -= earlier.nanos[i];
        cpuDiff[i] -= earlier.cpuNanos[i];
      }
      return new StageSnapshot(diff, cpuDiff);
    }

    long totalCpu() {
      long total = 0;
      for (long n : cpuNanos) {
        total += n;
      }
      return total;
    }

    String shares() {
      long total = 0;
      for (long n : nanos) {
        total += n;
      }
      StringBuilder text = new StringBuilder();
      StageTimes.Stage[] stages = StageTimes.Stage.values();
      for (int i = 0; i < stages.length; i++) {
        text.append(
            String.format(
                Locale.ROOT,
                "%s %.1f%%  ",
                stages[i].name().toLowerCase(Locale.ROOT),
                total == 0 ? 0.0 : 100.0 * nanos[i] / total));
      }
      return text.toString().trim();
    }

    String cpuMillisPerArticle(int articles) {
      StringBuilder text = new StringBuilder();
      StageTimes.Stage[] stages = StageTimes.Stage.values();
      for (int i = 0; i < stages.length; i++) {
        text.append(
            String.format(
                Locale.ROOT,
                "%s %.1f ms  ",
                stages[i].name().toLowerCase(Locale.ROOT),
                cpuNanos[i] / 1e6 / articles));
      }
      return text.toString().trim();
    }
  }

  /** CPU time of the whole process, where the platform reports it; else 0. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
