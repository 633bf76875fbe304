package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Admin1OutlinesTest {

  private static String square(double lon0, double lat0, double side) {
    return String.format(
        java.util.Locale.ROOT,
        "[[[%1$s,%2$s],[%3$s,%2$s],[%3$s,%4$s],[%1$s,%4$s],[%1$s,%2$s]]]",
        lon0,
        lat0,
        lon0 + side,
        lat0 + side);
  }

  private static String feature(String code, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{\"gn_a1_code\":\""
        + code
        + "\"},\"geometry\":"
        + geometry
        + "}";
  }

  private static Map<String, double[]> points(String... features) throws IOException {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    return Admin1Outlines.points(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson");
  }

  @Test
  void placesAUnitAtTheMiddleOfItsLargestLandNotItsIslands() throws IOException {
    Map<String, double[]> points =
        points(
            feature(
                "XX.01",
                "{\"type\":\"MultiPolygon\",\"coordinates\":["
                    + square(0, 40, 10)
                    + ","
                    + square(30, 0, 1)
                    + "]}"));

    assertThat(points.get("XX.01")[0]).isCloseTo(45.0, within(0.2));
    assertThat(points.get("XX.01")[1]).isCloseTo(5.0, within(0.2));
  }

  @Test
  void leavesOutACodeThatSeveralOutlinesShare() throws IOException {
    Map<String, double[]> points =
        points(
            feature("GB.ENG", "{\"type\":\"Polygon\",\"coordinates\":" + square(-2, 51, 1) + "}"),
            feature("GB.ENG", "{\"type\":\"Polygon\",\"coordinates\":" + square(-1, 52, 1) + "}"),
            feature("GB.SCT", "{\"type\":\"Polygon\",\"coordinates\":" + square(-4, 56, 1) + "}"));

    assertThat(points).containsOnlyKeys("GB.SCT");
  }

  @Test
  void keepsThePlacesPointWhenTheOutlineLiesFarFromThem() {
    double[] places = {-0.5, 34.7};
    assertThat(GazetteerDerivation.admin1Point(places, new double[] {0.0, 35.0}))
        .containsExactly(0.0, 35.0);
    assertThat(GazetteerDerivation.admin1Point(places, new double[] {-1.3, 36.8 + 10}))
        .isSameAs(places);
    assertThat(GazetteerDerivation.admin1Point(places, null)).isSameAs(places);
  }
}
