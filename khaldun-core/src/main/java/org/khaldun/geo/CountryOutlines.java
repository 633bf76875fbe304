package org.khaldun.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Country outlines (GeoJSON polygons, lon/lat) used by {@link GazetteerDerivation} to give each
 * country the point at the middle of its main land mass.
 *
 * <p>The outlines carry no country codes the derivation can trust (Natural Earth names and numeric
 * ids), so each outline is given the country of most of the populated places that fall inside it. A
 * country's point is the centre of its largest polygon on the sphere: the polygon is sampled on a
 * grid, each sample weighted by the area it stands for (cos latitude), and the mean of the samples
 * as unit vectors is projected back to the surface. The largest polygon keeps Alaska, overseas
 * departments and island chains from pulling the point into the sea; the sphere keeps high
 * latitudes from counting more than they cover. This is the convention of gazetteers' country
 * points (the United States at Kansas, Egypt in its Western Desert), not the capital.
 */
final class CountryOutlines {

  /** One outline: its polygons, each a list of rings (outer first), each ring {lon, lat} pairs. */
  private record Outline(List<List<double[][]>> polygons, double[] box) {}

  private final List<Outline> outlines;

  private CountryOutlines(List<Outline> outlines) {
    this.outlines = outlines;
  }

  /** Reads a GeoJSON FeatureCollection of Polygon and MultiPolygon features. */
  static CountryOutlines read(Path geoJson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(geoJson.toFile());
    JsonNode features = root.get("features");
    if (features == null || !features.isArray()) {
      throw new IOException(geoJson + ": expected a GeoJSON FeatureCollection");
    }
    List<Outline> outlines = new ArrayList<>();
    for (JsonNode feature : features) {
      JsonNode geometry = feature.get("geometry");
      if (geometry == null || geometry.isNull()) {
        continue;
      }
      String type = geometry.path("type").asText();
      JsonNode coordinates = geometry.get("coordinates");
      List<List<double[][]>> polygons = new ArrayList<>();
      if (type.equals("Polygon")) {
        polygons.add(rings(coordinates));
      } else if (type.equals("MultiPolygon")) {
        for (JsonNode polygon : coordinates) {
          polygons.add(rings(polygon));
        }
      } else {
        throw new IOException(geoJson + ": unexpected geometry type " + type);
      }
      outlines.add(new Outline(polygons, box(polygons)));
    }
    return new CountryOutlines(outlines);
  }

  static CountryOutlines of(List<List<List<double[][]>>> outlines) {
    List<Outline> list = new ArrayList<>();
    for (List<List<double[][]>> polygons : outlines) {
      list.add(new Outline(polygons, box(polygons)));
    }
    return new CountryOutlines(list);
  }

  private static List<double[][]> rings(JsonNode polygon) {
    List<double[][]> rings = new ArrayList<>();
    for (JsonNode ring : polygon) {
      double[][] points = new double[ring.size()][];
      for (int i = 0; i < points.length; i++) {
        points[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
      }
      rings.add(points);
    }
    return rings;
  }

  /** {minLon, minLat, maxLon, maxLat} of all the rings. */
  private static double[] box(List<List<double[][]>> polygons) {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (List<double[][]> polygon : polygons) {
      for (double[] p : polygon.get(0)) {
        box[0] = Math.min(box[0], p[0]);
        box[1] = Math.min(box[1], p[1]);
        box[2] = Math.max(box[2], p[0]);
        box[3] = Math.max(box[3], p[1]);
      }
    }
    return box;
  }

  /**
   * The point of each country that owns an outline.
   *
   * @param places populated places as {lat, lon}, with {@code countries} their country codes
   * @return country code to {lat, lon}; an outline owned by a country that owns a bigger one (by
   *     places inside) is ignored
   */
  Map<String, double[]> countryPoints(List<double[]> places, List<String> countries) {
    Map<String, Outline> best = new HashMap<>();
    Map<String, Integer> bestCount = new HashMap<>();
    for (Outline outline : outlines) {
      Map<String, Integer> inside = new HashMap<>();
      for (int i = 0; i < places.size(); i++) {
        double lat = places.get(i)[0];
        double lon = places.get(i)[1];
        if (inBox(outline.box, lon, lat) && anyContains(outline.polygons, lon, lat)) {
          inside.merge(countries.get(i), 1, Integer::sum);
        }
      }
      Optional<Map.Entry<String, Integer>> owner =
          inside.entrySet().stream().max(Map.Entry.comparingByValue());
      if (owner.isEmpty()) {
        continue;
      }
      String country = owner.get().getKey();
      int count = owner.get().getValue();
      if (count > bestCount.getOrDefault(country, 0)) {
        best.put(country, outline);
        bestCount.put(country, count);
      }
    }
    Map<String, double[]> points = new HashMap<>();
    best.forEach(
        (country, outline) -> {
          double[] centre = centre(largest(outline.polygons));
          if (centre != null) {
            points.put(country, centre);
          }
        });
    return points;
  }

  private static boolean inBox(double[] box, double lon, double lat) {
    return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
  }

  private static boolean anyContains(List<List<double[][]>> polygons, double lon, double lat) {
    for (List<double[][]> polygon : polygons) {
      if (contains(polygon, lon, lat)) {
        return true;
      }
    }
    return false;
  }

  /** Even-odd rule over all rings, so holes count out. */
  private static boolean contains(List<double[][]> polygon, double lon, double lat) {
    boolean inside = false;
    for (double[][] ring : polygon) {
      for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        double xi = ring[i][0];
        double yi = ring[i][1];
        double xj = ring[j][0];
        double yj = ring[j][1];
        if ((yi > lat) != (yj > lat) && lon < xi + (lat - yi) * (xj - xi) / (yj - yi)) {
          inside = !inside;
        }
      }
    }
    return inside;
  }

  private static List<double[][]> largest(List<List<double[][]>> polygons) {
    List<double[][]> largest = polygons.get(0);
    double largestArea = -1;
    for (List<double[][]> polygon : polygons) {
      double area = sphericalArea(polygon.get(0));
      if (area > largestArea) {
        largest = polygon;
        largestArea = area;
      }
    }
    return largest;
  }

  /** Shoelace area in degrees squared, scaled by the cosine of the ring's mean latitude. */
  private static double sphericalArea(double[][] ring) {
    double twice = 0;
    double lat = 0;
    for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      twice += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      lat += ring[i][1];
    }
    return Math.abs(twice) / 2 * Math.cos(Math.toRadians(lat / ring.length));
  }

  /** Samples per side of the polygon's box: fine enough for a 1:110m outline. */
  private static final int SAMPLES = 200;

  /** The centre of the polygon on the sphere, as {lat, lon}; null when no sample falls inside. */
  static double[] centre(List<double[][]> polygon) {
    double[] box = box(List.of(polygon));
    double step = Math.max(box[2] - box[0], box[3] - box[1]) / SAMPLES;
    double x = 0;
    double y = 0;
    double z = 0;
    int samples = 0;
    for (double lat = box[1] + step / 2; lat < box[3]; lat += step) {
      for (double lon = box[0] + step / 2; lon < box[2]; lon += step) {
        if (contains(polygon, lon, lat)) {
          double phi = Math.toRadians(lat);
          double lambda = Math.toRadians(lon);
          double weight = Math.cos(phi);
          x += weight * Math.cos(phi) * Math.cos(lambda);
          y += weight * Math.cos(phi) * Math.sin(lambda);
          z += weight * Math.sin(phi);
          samples++;
        }
      }
    }
    if (samples == 0) {
      return null;
    }
    return new double[] {
      Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x))
    };
  }
}
