package org.khaldun.eval;

import java.util.Arrays;

/** Great-circle distances and the error summaries of the geoparsing literature. */
final class Distances {

  /** Mean Earth radius (IUGG), km. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * The largest error the literature counts (half the equatorial circumference, km): the cap of the
   * error curve, and the error charged to a toponym that was not resolved at all.
   */
  static final double MAX_ERROR_KM = 20039.0;

  /** The accuracy radius of acc@161 (100 miles), km. */
  static final double ACCURACY_RADIUS_KM = 161.0;

  private Distances() {}

  /** Haversine distance between two WGS84 points, km. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  /**
   * Area under the log error curve (Gritta et al. 2018): errors sorted ascending, each scaled to y
   * = min(1, ln(1 + e) / ln(20039)), integrated by the trapezoid rule over x in [0, 1] with the
   * toponyms evenly spaced. 0 means every toponym is exact, 1 that every one is off by half the
   * globe; lower is better. A single error is its own scaled value.
   */
  static double auc(double[] errorsKm) {
    if (errorsKm.length == 0) {
      throw new IllegalArgumentException("no errors to summarise");
    }
    double[] y = new double[errorsKm.length];
    double scale = Math.log(MAX_ERROR_KM);
    for (int i = 0; i < y.length; i++) {
      y[i] = Math.min(1.0, Math.log1p(errorsKm[i]) / scale);
    }
    Arrays.sort(y);
    if (y.length == 1) {
      return y[0];
    }
    double area = 0;
    for (int i = 1; i < y.length; i++) {
      area += (y[i - 1] + y[i]) / 2;
    }
    return area / (y.length - 1);
  }

  static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static double mean(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
