package org.khaldun.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (Universal Dependencies, the default English model) scoring
 * with {@link ParserScorer}, producing only the enhanced++ graph that {@link SentenceConverter}
 * reads. CoreNLP's own annotator builds five graphs per sentence (basic, collapsed, CC-processed,
 * enhanced, enhanced++), and the enhancements, each found by graph pattern matching, cost more than
 * a fifth of the parse. Thread-safe.
 */
final class DependencyParsing {

  private final DependencyParser parser;

  DependencyParsing() {
    parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    ParserScorer.install(parser);
  }

  /** Parses one sentence, tokenized and tagged, and sets its enhanced++ dependencies. */
  void parse(CoreMap sentence) {
    GrammaticalStructure structure = predict(sentence);
    SemanticGraph graph =
        SemanticGraphFactory.makeFromTree(
            structure,
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
  }

  /** The basic dependencies of one sentence, tokenized and tagged. */
  GrammaticalStructure predict(CoreMap sentence) {
    return parser.predict(sentence);
  }
}
