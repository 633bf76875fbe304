package org.khaldun.geo;

import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Gazetteer lookups per second: exact ({@link Gazetteer#find}, key normalisation included) and
 * fuzzy ({@link Gazetteer#findFuzzy}), cycling through news-like names, hits and misses. The Lucene
 * gazetteer is measured through its per-key cache, as the pipeline uses it, and without it ({@code
 * *Uncached}: every lookup reads the index).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class GazetteerBenchmark {

  @Param({"memory", "lucene"})
  public String impl;

  private Gazetteer gazetteer;
  private Path index;
  private String[] keys;
  private String[] fuzzyKeys;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    if (impl.equals("memory")) {
      gazetteer = BenchData.memory();
    } else {
      index = BenchData.luceneIndex();
      gazetteer = BenchData.open(index);
    }
    keys = BenchData.NAMES.stream().map(PlaceNames::key).toArray(String[]::new);
    fuzzyKeys = BenchData.MISSPELT.stream().map(PlaceNames::key).toArray(String[]::new);
    gazetteer.findFuzzy("Kerbela"); // the in-memory fuzzy index is built on first use
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    gazetteer.close();
    if (index != null) {
      BenchData.delete(index);
    }
  }

  @Benchmark
  public List<Place> exact() {
    return gazetteer.find(BenchData.NAMES.get(next++ % BenchData.NAMES.size()));
  }

  @Benchmark
  public List<Place> fuzzy() {
    return gazetteer.findFuzzy(BenchData.MISSPELT.get(next++ % BenchData.MISSPELT.size()));
  }

  @Benchmark
  public Place[] exactUncached() {
    String key = keys[next++ % keys.length];
    return gazetteer instanceof LuceneGazetteer l
        ? l.lookUp(key, false)
        : gazetteer.candidatesForKey(key);
  }

  @Benchmark
  public Place[] fuzzyUncached() {
    String key = fuzzyKeys[next++ % fuzzyKeys.length];
    return gazetteer instanceof LuceneGazetteer l
        ? l.lookUp(key, true)
        : ((MemoryGazetteer) gazetteer).fuzzyLookUp(key);
  }
}
