package org.khaldun.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
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
  void parsesExactlyAsCoreNlpsOwnAnnotatorDoes() {
    DependencyParseAnnotator stock = new DependencyParseAnnotator(new Properties());
    DependencyParsing fast = new DependencyParsing();

    List<String> expected = parse(document -> stock.annotate(document));
    assertThat(parse(document -> sentences(document).forEach(fast::parse)))
        .isEqualTo(expected)
        .hasSize(5);
  }

  /** The enhanced++ graph of each sentence, as the converter reads it. */
  private static List<String> parse(Consumer<Annotation> parser) {
    Annotation document = new Annotation(TEXT);
    Pipelines.tagging().annotate(document);
    parser.accept(document);
    List<String> graphs = new ArrayList<>();
    for (CoreMap sentence : sentences(document)) {
      SemanticGraph graph =
          sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      graphs.add(graph.toList());
    }
    return graphs;
  }

  private static List<CoreMap> sentences(Annotation document) {
    return document.get(CoreAnnotations.SentencesAnnotation.class);
  }
}
