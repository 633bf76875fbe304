package org.khaldun.geo;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One-shot times, each in a fresh JVM when run with forks: loading the default gazetteer, opening a
 * Lucene gazetteer index, and the first fuzzy lookup of the in-memory gazetteer (which builds its
 * sorted key array). Run with {@code -bm ss -wi 0 -i 1 -f 5} or similar.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LoadBenchmark {

  private Path index;
  private Gazetteer loaded;

  @Setup(Level.Trial)
  public void setUp() {
    index = BenchData.luceneIndex();
  }

  @Setup(Level.Iteration)
  public void load() {
    loaded = BenchData.memory();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    BenchData.delete(index);
  }

  @Benchmark
  public Gazetteer loadDefault() {
    return Gazetteer.loadDefault();
  }

  @Benchmark
  public int openLucene() {
    try (Gazetteer g = BenchData.open(index)) {
      return g.size();
    }
  }

  @Benchmark
  public List<Place> memoryFirstFuzzyLookup() {
    return loaded.findFuzzy("Kerbela");
  }
}
