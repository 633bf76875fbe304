package org.khaldun.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistancesTest {

  @Test
  void measuresParisToLondonAsAboutThreeHundredFortyKilometres() {
    assertThat(Distances.km(48.8566, 2.3522, 51.5074, -0.1278)).isCloseTo(344, within(2.0));
  }

  @Test
  void aucIsZeroWhenEveryToponymIsExact() {
    assertThat(Distances.auc(new double[] {0, 0, 0})).isZero();
  }

  @Test
  void aucIsOneWhenEveryToponymIsHalfTheGlobeAway() {
    assertThat(Distances.auc(new double[] {20039, 30000})).isEqualTo(1.0);
  }

  @Test
  void aucIsTheTrapezoidAreaUnderTheSortedScaledLogErrors() {
    // Sorted scaled values 0, 1: a straight line from 0 to 1 encloses half the unit square.
    assertThat(Distances.auc(new double[] {20039, 0})).isCloseTo(0.5, within(1e-12));
    double oneHundredKm = Math.log(101) / Math.log(20039);
    assertThat(Distances.auc(new double[] {100})).isCloseTo(oneHundredKm, within(1e-12));
  }

  @Test
  void takesTheMiddleOfAnEvenListAsMedian() {
    assertThat(Distances.median(new double[] {9, 1, 3, 5})).isEqualTo(4.0);
  }
}
