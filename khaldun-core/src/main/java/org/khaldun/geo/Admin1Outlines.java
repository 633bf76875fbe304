package org.khaldun.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Points for first-order units from their outlines (Natural Earth 1:10m admin-1 polygons, which
 * carry GeoNames' admin-1 code in {@code gn_a1_code}), used by {@link GazetteerDerivation}.
 *
 * <p>A unit's point is the centroid of its largest polygon (the outer ring, in a plane whose
 * longitudes are scaled by the cosine of the ring's middle latitude): the middle of its territory,
 * as gazetteers and encyclopaedias place Ontario, Queensland or Alberta, where the middle of its
 * inhabited places sits far south. The 1:10m rings have too many vertices for the sampling {@link
 * CountryOutlines} does; units are small enough for a plane. A code that several outlines share
 * (England's counties all carry {@code GB.ENG}) says nothing about the whole unit and is left out.
 */
final class Admin1Outlines {

  private Admin1Outlines() {}

  /** {lat, lon} per GeoNames admin-1 code ({@code CA.08}) that exactly one outline carries. */
  static Map<String, double[]> points(Path geoJson) throws IOException {
    try (InputStream in = Files.newInputStream(geoJson)) {
      return points(in, geoJson.toString());
    }
  }

  static Map<String, double[]> points(InputStream geoJson, String name) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    mapper.enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
    JsonNode features = mapper.readTree(geoJson).get("features");
    if (features == null || !features.isArray()) {
      throw new IOException(name + ": expected a GeoJSON FeatureCollection");
    }
    Map<String, double[]> points = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (JsonNode feature : features) {
      String code = feature.path("properties").path("gn_a1_code").asText("");
      JsonNode geometry = feature.get("geometry");
      if (code.isEmpty() || geometry == null || geometry.isNull()) {
        continue;
      }
      double[] point = centroid(largestOuterRing(geometry, name));
      if (point != null && points.put(code, point) != null) {
        shared.add(code);
      }
    }
    shared.forEach(points::remove);
    return points;
  }

  private static double[][] largestOuterRing(JsonNode geometry, String name) throws IOException {
    String type = geometry.path("type").asText();
    JsonNode coordinates = geometry.get("coordinates");
    double[][] best = null;
    double bestArea = -1;
    if (type.equals("Polygon")) {
      return ring(coordinates.get(0));
    }
    if (!type.equals("MultiPolygon")) {
      throw new IOException(name + ": unexpected geometry type " + type);
    }
    for (JsonNode polygon : coordinates) {
      double[][] outer = ring(polygon.get(0));
      double area = Math.abs(scaledArea(outer));
      if (area > bestArea) {
        best = outer;
        bestArea = area;
      }
    }
    return best;
  }

  private static double[][] ring(JsonNode ring) {
    double[][] points = new double[ring.size()][];
    for (int i = 0; i < ring.size(); i++) {
      points[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
    }
    return points;
  }

  private static double cosMiddle(double[][] ring) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] p : ring) {
      min = Math.min(min, p[1]);
      max = Math.max(max, p[1]);
    }
    return Math.cos(Math.toRadians((min + max) / 2));
  }

  /** Twice the signed shoelace area with longitudes scaled by the cosine of the middle latitude. */
  private static double scaledArea(double[][] ring) {
    double k = cosMiddle(ring);
    double twice = 0;
    for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      twice += ring[j][0] * k * ring[i][1] - ring[i][0] * k * ring[j][1];
    }
    return twice;
  }

  /** The ring's centroid as {lat, lon}; null for a degenerate ring. */
  static double[] centroid(double[][] ring) {
    if (ring == null || ring.length < 3) {
      return null;
    }
    double k = cosMiddle(ring);
    double twice = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      double x0 = ring[j][0] * k;
      double y0 = ring[j][1];
      double x1 = ring[i][0] * k;
      double y1 = ring[i][1];
      double cross = x0 * y1 - x1 * y0;
      twice += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (twice == 0 || k == 0) {
      return null;
    }
    return new double[] {cy / (3 * twice), cx / (3 * twice) / k};
  }
}
