package org.khaldun.store;

/**
 * A rectangle in degrees (WGS84). {@code minLon > maxLon} means the box crosses the antimeridian.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
  public BoundingBox {
    if (!inRange(minLon, 180) || !inRange(maxLon, 180)) {
      throw new InvalidParameterException("bbox", "bbox longitudes must be between -180 and 180");
    }
    if (!inRange(minLat, 90) || !inRange(maxLat, 90)) {
      throw new InvalidParameterException("bbox", "bbox latitudes must be between -90 and 90");
    }
    if (minLat > maxLat) {
      throw new InvalidParameterException("bbox", "bbox minLat is above maxLat");
    }
  }

  private static boolean inRange(double value, double limit) {
    return value >= -limit && value <= limit;
  }

  /** Parses {@code minLon,minLat,maxLon,maxLat}. */
  public static BoundingBox parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new InvalidParameterException(
          "bbox", "bbox must be minLon,minLat,maxLon,maxLat (four numbers), was \"" + text + "\"");
    }
    double[] values = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        values[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new InvalidParameterException("bbox", "bbox value is not a number: " + parts[i]);
      }
    }
    return new BoundingBox(values[0], values[1], values[2], values[3]);
  }
}
