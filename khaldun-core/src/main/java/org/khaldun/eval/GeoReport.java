package org.khaldun.eval;

import java.util.List;
import java.util.Locale;

/**
 * The result of a geoparsing evaluation. Ratios are 0 to 1 and null when nothing was scored.
 *
 * @param mode {@code end-to-end} (recognition and resolution by the geoparser) or {@code
 *     gold-spans} (each gold phrase resolved by the gazetteer alone)
 * @param files the gold files read
 * @param articles articles evaluated
 * @param recognition predicted place spans against gold spans; null in gold-span mode
 * @param resolvedOnly resolution over the gold toponyms that got a prediction (a recognised span,
 *     or a gold phrase the gazetteer knows)
 * @param allGold resolution over every gold toponym: one without a prediction is a miss, with the
 *     maximum error of 20,039 km
 * @param byFeatureClass per gold feature class (LGL's GeoNames feature codes grouped; "unlabelled"
 *     where the gold gives none), largest first
 */
public record GeoReport(
    String mode,
    List<String> files,
    int articles,
    Recognition recognition,
    Resolution resolvedOnly,
    Resolution allGold,
    List<FeatureClassScore> byFeatureClass) {

  public GeoReport {
    files = List.copyOf(files);
    byFeatureClass = List.copyOf(byFeatureClass);
  }

  /**
   * How one class of gold toponyms fared.
   *
   * @param matched gold toponyms of the class that got a prediction
   * @param recall matched / gold
   * @param accuracyAt161 share of the matched ones with coordinates resolved within 161 km
   */
  public record FeatureClassScore(
      String featureClass,
      int gold,
      int matched,
      Double recall,
      int matchedWithCoordinates,
      Double accuracyAt161) {}

  /**
   * Toponym recognition. A prediction and a gold toponym match when their spans overlap (one to
   * one); {@code exactF1} counts only identical spans.
   */
  public record Recognition(
      int gold,
      int predicted,
      int matched,
      int exactMatched,
      Double precision,
      Double recall,
      Double f1,
      Double exactF1) {}

  /**
   * Toponym resolution over a set of gold toponyms.
   *
   * @param toponyms gold toponyms in the set
   * @param withCoordinates those with gold coordinates: the population of the distance figures
   * @param accuracyAt161 share resolved within 161 km (100 miles) of the gold point
   * @param meanErrorKm mean great-circle error
   * @param medianErrorKm median great-circle error
   * @param auc area under the curve of sorted ln(1 + error km) / ln(20039), x scaled to [0, 1]
   *     (Gritta et al. 2018); 0 is perfect, lower is better
   * @param regions toponyms with coordinates that name a country or admin-1 unit Khaldun can
   *     identify (by GeoNames feature code, or a Wikipedia link to a country)
   * @param accuracyAt161RegionsById acc@161 with those regions scored by identity instead of
   *     distance: right when resolved to that very country or admin-1 unit, wrong otherwise. A
   *     country's gold point and the point Khaldun gives it (its capital) may be far apart.
   * @param withGeonamesId toponyms with a gold GeoNames id
   * @param exactGeonamesId share whose GeoNames id is the gold one (Khaldun's countries and admin-1
   *     units carry no GeoNames id, so they never count)
   * @param withCountry toponyms with a gold country Khaldun knows
   * @param countryAccuracy share resolved to a place in the gold country
   * @param withAdmin1 toponyms with a gold admin-1 unit (and country)
   * @param admin1Accuracy share resolved to a place in the gold admin-1 unit, compared by GeoNames
   *     admin-1 code when the gold name resolves to one, else by name
   */
  public record Resolution(
      int toponyms,
      int withCoordinates,
      Double accuracyAt161,
      Double meanErrorKm,
      Double medianErrorKm,
      Double auc,
      int regions,
      Double accuracyAt161RegionsById,
      int withGeonamesId,
      Double exactGeonamesId,
      int withCountry,
      Double countryAccuracy,
      int withAdmin1,
      Double admin1Accuracy) {}

  /** The report as aligned text, one figure per line. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    line(out, "geo evaluation", mode + ", " + articles + " articles");
    line(out, "files", String.join(" ", files));
    if (recognition != null) {
      out.append("recognition (span overlap, one to one)\n");
      line(
          out,
          "  gold / predicted",
          recognition.gold()
              + " / "
              + recognition.predicted()
              + ", matched "
              + recognition.matched());
      line(out, "  precision", pct(recognition.precision()));
      line(out, "  recall", pct(recognition.recall()));
      line(out, "  F1", pct(recognition.f1()));
      line(
          out,
          "  F1, exact spans",
          pct(recognition.exactF1()) + " (" + recognition.exactMatched() + " exact)");
    }
    resolution(
        out,
        recognition != null
            ? "resolution on matched toponyms"
            : "resolution on gold spans the gazetteer resolves",
        resolvedOnly);
    resolution(
        out,
        recognition != null
            ? "end to end (all gold toponyms; unmatched = miss, 20039 km)"
            : "all gold spans (unresolved = miss, 20039 km)",
        allGold);
    out.append("by gold feature class").append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "  %-18s %6s %8s %8s %9s%n",
            "class",
            "gold",
            "matched",
            "recall",
            "acc@161"));
    for (FeatureClassScore c : byFeatureClass) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-18s %6d %8d %8s %9s%n",
              c.featureClass(),
              c.gold(),
              c.matched(),
              pct(c.recall()),
              pct(c.accuracyAt161())));
    }
    return out.toString();
  }

  private static void resolution(StringBuilder out, String title, Resolution r) {
    out.append(title).append('\n');
    line(out, "  toponyms", r.toponyms() + " (" + r.withCoordinates() + " with coordinates)");
    line(out, "  acc@161", pct(r.accuracyAt161()));
    line(
        out,
        "  acc@161, regions by identity",
        pct(r.accuracyAt161RegionsById()) + " (" + r.regions() + " countries/admin-1 by code)");
    line(out, "  mean error", km(r.meanErrorKm()));
    line(out, "  median error", km(r.medianErrorKm()));
    line(out, "  AUC (lower is better)", r.auc() == null ? "n/a" : fmt("%.3f", r.auc()));
    line(out, "  exact GeoNames id", pct(r.exactGeonamesId()) + " of " + r.withGeonamesId());
    line(out, "  country", pct(r.countryAccuracy()) + " of " + r.withCountry());
    line(out, "  admin-1", pct(r.admin1Accuracy()) + " of " + r.withAdmin1());
  }

  static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "%-30s %s%n", label, value));
  }

  static String pct(Double ratio) {
    return ratio == null ? "n/a" : fmt("%.1f%%", 100 * ratio);
  }

  private static String km(Double value) {
    return value == null ? "n/a" : fmt("%.0f km", value);
  }

  static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
