package org.khaldun.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Articles per second of the whole job in Spark local mode, on {@code local[1]} then {@code
 * local[2]}: read, key, anti-join, code, write. Not a test (surefire skips it); run it by hand:
 *
 * <pre>
 * java -cp ... org.khaldun.spark.LocalSpeedBenchmark ../shared/eval/geo/geovirus.jsonl /tmp/bench 1 2
 * </pre>
 *
 * A warm-up job on the first 20 articles loads the models (once per JVM, as on an executor) and
 * warms the JIT before anything is timed; each timed run writes to a fresh output.
 */
final class LocalSpeedBenchmark {
  private static final int WARM_UP_ARTICLES = 20;

  private LocalSpeedBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path input = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Files.createDirectories(work);
    Path warmInput = work.resolve("warm-up.jsonl");
    List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
    Files.write(warmInput, lines.subList(0, Math.min(WARM_UP_ARTICLES, lines.size())));
    boolean warm = false;
    for (int i = 2; i < args.length; i++) {
      int cores = Integer.parseInt(args[i]);
      SparkSession spark = session(cores);
      try {
        if (!warm) {
          CodeArticlesJob.run(
              spark, JobOptions.of(warmInput.toString(), work.resolve("warm-up").toString()));
          warm = true;
        }
        String output = work.resolve("local-" + cores + "-" + System.nanoTime()).toString();
        long start = System.nanoTime();
        JobSummary summary =
            CodeArticlesJob.run(
                spark, JobOptions.of(input.toString(), output).withPartitions(3 * cores));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "local[%d]: %d articles coded, %d events, %d problems in %.1f s: %.2f articles/s%n",
            cores,
            summary.coded(),
            summary.events(),
            summary.problems(),
            seconds,
            summary.coded() / seconds);
        summary.firstProblems().forEach(p -> System.out.println("  " + p));
      } finally {
        spark.stop();
      }
    }
  }

  private static SparkSession session(int cores) {
    return SparkSession.builder()
        .appName("khaldun-spark speed")
        .master("local[" + cores + "]")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(2 * cores))
        .getOrCreate();
  }
}
