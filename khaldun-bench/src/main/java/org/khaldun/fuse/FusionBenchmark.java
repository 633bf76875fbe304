package org.khaldun.fuse;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * compares all pairs. The {@code comparisons} counter is report-to-report comparisons per run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class FusionBenchmark {

  @Param({"2000", "4000", "8000"})
  public int articles;

  private List<FusionBenchData.Input> inputs;

  /** Comparisons made, reported next to the time. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counts {
    public long comparisons;
  }

  @Setup(Level.Trial)
  public void setUp() {
    inputs = FusionBenchData.articles(articles);
  }

  @Benchmark
  public Fuser fuse(Counts counts) {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    for (FusionBenchData.Input in : inputs) {
      fuser.add(in.id(), in.outlet(), in.text(), in.events());
    }
    counts.comparisons += fuser.comparisons();
    return fuser;
  }
}
