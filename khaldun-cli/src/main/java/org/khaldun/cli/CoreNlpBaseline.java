package org.khaldun.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.khaldun.ingest.Article;

/**
 * The yardstick for {@code khaldun bench --compare-corenlp}: stock CoreNLP with the annotators a
 * PETRARCH2 pipeline runs before coding (it codes Penn constituency trees, so it needs {@code
 * parse}), every other setting left at CoreNLP's defaults. It gets the same cleaned article text
 * Khaldun's pipeline gets, on the same number of threads, and does nothing with the result: this is
 * the cost of PETRARCH2's input alone, before any event coding.
 */
final class CoreNlpBaseline {
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse";
  static final String DESCRIPTION =
      "stock CoreNLP 4.5.10, annotators "
          + ANNOTATORS
          + " (default models: englishPCFG constituency parser, 3 NER CRFs with SUTime,"
          + " numeric and fine-grained NER), the stage PETRARCH2 depends on";

  private final StanfordCoreNLP pipeline;

  private CoreNlpBaseline(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads the stock pipeline (seconds; about 2 GB of heap with the PCFG parser). */
  static CoreNlpBaseline load() {
    // models cached for Khaldun's own pipeline would be shared otherwise: load time and memory
    // are then the stock pipeline's own
    StanfordCoreNLP.clearAnnotatorPool();
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    return new CoreNlpBaseline(new StanfordCoreNLP(props));
  }

  /** Annotates every article's text on {@code threads} threads; returns the tokens seen. */
  long annotate(List<Article> articles, int threads) {
    List<Annotation> documents = new ArrayList<>(articles.size());
    for (Article article : articles) {
      documents.add(new Annotation(article.text()));
    }
    AtomicLong tokens = new AtomicLong();
    pipeline.annotate(
        documents,
        threads,
        done -> tokens.addAndGet(done.get(CoreAnnotations.TokensAnnotation.class).size()));
    return tokens.get();
  }
}
