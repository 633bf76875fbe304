package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerDerivationTest {

  /** A grid of places, one per 1-degree cell, over the given box. */
  private static List<double[]> grid(int lat0, int lat1, int lon0, int lon1) {
    List<double[]> points = new ArrayList<>();
    for (int la = lat0; la < lat1; la++) {
      for (int lo = lon0; lo < lon1; lo++) {
        points.add(new double[] {la + 0.3, lo + 0.3});
      }
    }
    return points;
  }

  @Test
  void placesARegionAtTheMiddleOfItsTerritoryNotItsDenseCorner() {
    List<double[]> places = grid(30, 40, -100, -80);
    for (int i = 0; i < 5_000; i++) { // a big city region in the north-east corner
      places.add(new double[] {39.5, -80.5});
    }
    double[] point = GazetteerDerivation.representativePoint(places, 1.0);
    assertThat(point[0]).isCloseTo(35.0, within(0.5));
    assertThat(point[1]).isCloseTo(-90.0, within(0.5));
  }

  @Test
  void ignoresAFewFarOverseasPlaces() {
    List<double[]> places = grid(40, 50, 0, 20);
    places.add(new double[] {-21.1, 55.5});
    places.add(new double[] {4.9, -52.3});
    double[] point = GazetteerDerivation.representativePoint(places, 1.0);
    assertThat(point[0]).isCloseTo(45.0, within(1.0));
    assertThat(point[1]).isCloseTo(10.0, within(1.0));
  }

  @Test
  void keepsARegionAcrossTheAntimeridianTogether() {
    List<double[]> places = new ArrayList<>(grid(-20, -15, 176, 180));
    places.addAll(grid(-20, -15, -180, -178));
    double[] point = GazetteerDerivation.representativePoint(places, 1.0);
    assertThat(point[0]).isCloseTo(-17.5, within(0.5));
    assertThat(Math.abs(point[1])).isGreaterThan(178.0);
  }

  @Test
  void dropsTheUnitWordButNeverLeavesABareDirection() {
    assertThat(GazetteerDerivation.adminAlternates("Maidan Wardak Province"))
        .containsExactly("Maidan Wardak");
    assertThat(GazetteerDerivation.adminAlternates("Western Province")).isEmpty();
    assertThat(GazetteerDerivation.adminAlternates("Gulf Province")).isEmpty();
  }
}
