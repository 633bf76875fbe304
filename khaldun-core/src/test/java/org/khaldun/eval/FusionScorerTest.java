package org.khaldun.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FusionScorerTest {

  @Test
  void scoresPairsAndBcubedAgainstGoldEvents() {
    List<FusionScorer.Item> items =
        List.of(
            new FusionScorer.Item("a", "E1", null, "f1"),
            new FusionScorer.Item("b", "E1", null, "f1"),
            new FusionScorer.Item("c", "E1", null, "f2"),
            new FusionScorer.Item("d", "E2", null, "f2"));
    FusionReport.Clustering c = FusionScorer.clustering(items, 0);
    // gold pairs ab ac bc; predicted ab cd; right: ab
    assertThat(c.goldPairs()).isEqualTo(3);
    assertThat(c.predictedPairs()).isEqualTo(2);
    assertThat(c.truePairs()).isEqualTo(1);
    assertThat(c.pairPrecision()).isEqualTo(0.5);
    assertThat(c.pairRecall()).isEqualTo(1.0 / 3);
    // B-cubed precision: a 1, b 1, c 1/2, d 1/2; recall: a 2/3, b 2/3, c 1/3, d 1
    assertThat(c.bcubedPrecision()).isEqualTo(0.75);
    assertThat(c.bcubedRecall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, within());
  }

  @Test
  void countsADuplicateLinkRightWhenItReachesTheSameOriginal() {
    List<FusionScorer.Item> items =
        List.of(
            new FusionScorer.Item("wire", "E1", null, "f"),
            new FusionScorer.Item("copy", "E1", "wire", "f"),
            new FusionScorer.Item("copy2", "E1", "copy", "f"),
            new FusionScorer.Item("own", "E1", null, "f"));
    FusionReport.Duplicates d =
        FusionScorer.duplicates(items, Map.of("copy", "wire", "copy2", "wire", "own", "wire"));
    assertThat(d.gold()).isEqualTo(2);
    assertThat(d.correct()).isEqualTo(2);
    assertThat(d.precision()).isEqualTo(2.0 / 3);
    assertThat(d.recall()).isEqualTo(1.0);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
