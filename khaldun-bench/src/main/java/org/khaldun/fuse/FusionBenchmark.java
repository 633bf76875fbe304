package org.khaldun.fuse;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Fuses N synthetic coded articles from scratch (see {@link FusionBenchData}): near-duplicate
 * detection and event fusion, the work ingest adds per batch. The score is milliseconds per run of
 * N articles; divided by N it is the time per article, which stays flat as N doubles when no step
 * compares all pairs. Set-up prints the report-to-report comparisons per article.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class FusionBenchmark {

  @Param({"2000", "4000", "8000"})
  public int articles;

  private List<FusionBenchData.Input> inputs;

  @Setup(Level.Trial)
  public void setUp() {
    inputs = FusionBenchData.articles(articles);
    // the work count, which does not depend on the machine: printed once per trial
    Fuser fuser = fuse();
    System.out.printf(
        Locale.ROOT,
        "%n%d articles: %d fused events, %d near-duplicates, %.1f comparisons per article%n",
        articles,
        fuser.fusedEvents().size(),
        fuser.duplicates().size(),
        (double) fuser.comparisons() / articles);
  }

  @Benchmark
  public Fuser fuse() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    for (FusionBenchData.Input in : inputs) {
      fuser.add(in.id(), in.outlet(), in.text(), in.events());
    }
    return fuser;
  }
}
