package org.khaldun.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The two CoreNLP stages that take most of an article's time, on a six-sentence news text written
 * for this benchmark (139 tokens): {@code tag} runs tokenize, ssplit, pos, lemma and ner over the
 * whole text; {@code parse} runs the dependency parser, scored by {@link ParserScorer}, over every
 * sentence of it, already tagged. The primary score is texts per second; the {@code tokens} counter
 * is tokens per second per thread. The same words come back every time, so the parser's cache of
 * hidden-layer products always hits: {@code parse} is an upper bound (on news about a third of the
 * rare-word products are computed afresh). Needs the CoreNLP models jar on the class path (see the
 * module's README).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class NlpBenchmark {

  static final String TEXT =
      "Militants reconstitute cells in eight provinces, officials warn\n\n"
          + "BAGHDAD - Gunmen killed two soldiers and wounded four others near the border town of"
          + " Qaim on Tuesday, a security official told reporters on condition of anonymity. "
          + "A spokesman for the Popular Mobilisation Forces accused the United States of flying"
          + " drones over Anbar and called on the government to expel foreign troops. "
          + "\"We will not stand by while our fighters are targeted,\" he said, adding that"
          + " attacks in Kerbala, Salah ad-Din and Diyala had doubled since March. "
          + "Protesters in Basra blocked roads and burned tyres for a third day over power cuts"
          + " and unpaid salaries, and police fired tear gas to disperse them. "
          + "The interior ministry denied the report and said it would open an investigation.";

  private StanfordCoreNLP tagging;
  private DependencyParsing parsing;
  private List<CoreMap> sentences;
  private int tokens;

  /** Tokens per second per thread, reported next to the texts per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long tokens;
  }

  @Setup(Level.Trial)
  public void setUp() {
    tagging = Pipelines.tagging();
    parsing = new DependencyParsing();
    sentences = tag().get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap sentence : sentences) {
      tokens += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    }
  }

  @Benchmark
  public Annotation tag(Counts counts) {
    counts.tokens += tokens;
    return tag();
  }

  @Benchmark
  public void parse(Counts counts, Blackhole sink) {
    for (CoreMap sentence : sentences) {
      GrammaticalStructure structure = parsing.predict(sentence);
      sink.consume(structure);
    }
    counts.tokens += tokens;
  }

  private Annotation tag() {
    Annotation document = new Annotation(TEXT);
    tagging.annotate(document);
    return document;
  }
}
