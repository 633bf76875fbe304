package edu.stanford.nlp.parser.nndep;

import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

/**
 * Khaldun's one class inside CoreNLP's parser package: the parser asks its classifier for the
 * transition scores through a package-private method, so only a subclass in this package can answer
 * instead. It keeps CoreNLP's transition system, features and output as they are and hands the
 * scoring to Khaldun's {@code org.khaldun.nlp.ParserScorer}. Not an API: do not use it elsewhere.
 */
public final class KhaldunScoringClassifier extends Classifier {

  private final Function<int[], double[]> scorer;

  /**
   * A classifier whose scores come from {@code scorer} (features in, one score per transition out).
   * The weights given to the superclass are placeholders: none of its methods is used.
   */
  public KhaldunScoringClassifier(Function<int[], double[]> scorer) {
    super(
        new Config(new Properties()),
        new float[1][1],
        new float[1][1],
        new float[1],
        new float[1][1],
        List.of());
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  @Override
  double[] computeScores(int[] feature) {
    return scorer.apply(feature);
  }
}
