package org.khaldun.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DependencyParsingTest {

  private static final String TEXT =
      "Gunmen killed two soldiers near the border town of Qaim on Tuesday, officials said. "
          + "A spokesman for Harakat Hezbollah al-Nujaba called on the government to expel US"
          + " forces, which he accused of supporting the cells. "
          + "“We will not stand by,” he said, adding that the attacks in Kerbala, Salah ad-Din"
          + " and Anbar provinces had doubled since March. "
          + "Protesters in Basra blocked roads and burned tyres for a third day over power cuts"
          + " and unpaid salaries. "
          + "The ministry denied the report.";

  @Test
  void parsesAsCoreNlpsOwnClassifierDoes() {
    // Loaded outside CoreNLP's model cache, which would hand back the parser Khaldun rescored.
    DependencyParser stock = new DependencyParser(new Properties());
    stock.loadModelFile(DependencyParser.DEFAULT_MODEL);
    DependencyParsing fast = new DependencyParsing();

    List<CoreMap> sentences = taggedSentences();
    assertThat(sentences).hasSize(5);
    for (CoreMap sentence : sentences) {
      assertThat(dependencies(fast.predict(sentence)))
          .isEqualTo(dependencies(stock.predict(sentence)));
    }
  }

  @Test
  void setsTheEnhancedGraphTheConverterReads() {
    DependencyParsing parsing = new DependencyParsing();
    CoreMap sentence = taggedSentences().get(0);

    parsing.parse(sentence);

    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    assertThat(graph.toList()).contains("nsubj(killed-2, Gunmen-1)", "obj(killed-2, soldiers-4)");
  }

  private static String dependencies(GrammaticalStructure structure) {
    return structure.typedDependencies().toString();
  }

  private static List<CoreMap> taggedSentences() {
    Annotation document = new Annotation(TEXT);
    Pipelines.tagging().annotate(document);
    return document.get(CoreAnnotations.SentencesAnnotation.class);
  }
}
