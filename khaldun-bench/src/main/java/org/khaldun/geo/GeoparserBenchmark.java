package org.khaldun.geo;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khaldun.nlp.AnnotatedArticle;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link GazetteerGeoparser#locate} over a five-sentence article annotated by hand as CoreNLP would
 * (24 place mentions). The {@code resolutions} counter is place mentions resolved per second per
 * thread; the primary score is articles per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class GeoparserBenchmark {

  @Param({"memory", "lucene"})
  public String impl;

  private Gazetteer gazetteer;
  private Path index;
  private GazetteerGeoparser geoparser;
  private AnnotatedArticle article;

  /** Resolutions per second, reported next to the articles per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long resolutions;
  }

  @Setup(Level.Trial)
  public void setUp() {
    if (impl.equals("memory")) {
      gazetteer = BenchData.memory();
    } else {
      index = BenchData.luceneIndex();
      gazetteer = BenchData.open(index);
    }
    geoparser = GazetteerGeoparser.create(gazetteer);
    article = BenchData.article();
    int found = geoparser.locate(article, List.of()).size();
    if (found == 0) {
      throw new IllegalStateException("the benchmark article resolves no place");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    gazetteer.close();
    if (index != null) {
      BenchData.delete(index);
    }
  }

  @Benchmark
  public List<PlaceMention> locate(Counts counts) {
    List<PlaceMention> mentions = geoparser.locate(article, List.of());
    counts.resolutions += mentions.size();
    return mentions;
  }
}
