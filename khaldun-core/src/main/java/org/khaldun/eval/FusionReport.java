package org.khaldun.eval;

import java.util.List;

/**
 * The result of a fusion evaluation. Ratios are 0 to 1 and null when nothing was scored.
 *
 * @param files the files read
 * @param articles articles coded and fused, in file order
 * @param skipped input lines the ingest step skipped (not English, too short, malformed)
 * @param recordsBefore event records before fusion (one per report)
 * @param recordsAfter fused events
 * @param fusedWithSeveralReports fused events with two reports or more
 * @param duplicatesFound near-duplicate article links
 * @param comparisons report-to-report comparisons the fuser made
 * @param clustering fusion against the gold event labels; null when the files carry none
 * @param duplicates near-duplicate links against the gold {@code gold_copy_of}; null when
 *     unlabelled
 */
public record FusionReport(
    List<String> files,
    int articles,
    int skipped,
    int recordsBefore,
    int recordsAfter,
    int fusedWithSeveralReports,
    int duplicatesFound,
    long comparisons,
    Clustering clustering,
    Duplicates duplicates) {

  public FusionReport {
    files = List.copyOf(files);
  }

  /**
   * Articles grouped by the fused event of their main report (the article's first report of its
   * gold event type; an article without one stands alone), against the gold event labels.
   *
   * @param goldEvents distinct gold events
   * @param withoutMainReport labelled articles where the pipeline coded no report of the gold type
   * @param truePairs article pairs grouped together both by fusion and by the gold
   * @param predictedPairs pairs grouped together by fusion
   * @param goldPairs pairs grouped together by the gold
   * @param pairPrecision truePairs / predictedPairs
   * @param pairRecall truePairs / goldPairs
   * @param pairF1 harmonic mean of the two
   * @param bcubedPrecision B-cubed precision (mean over articles of the share of its predicted
   *     cluster that shares its gold label)
   * @param bcubedRecall B-cubed recall
   * @param bcubedF1 harmonic mean of the two
   */
  public record Clustering(
      int goldEvents,
      int withoutMainReport,
      long truePairs,
      long predictedPairs,
      long goldPairs,
      Double pairPrecision,
      Double pairRecall,
      Double pairF1,
      Double bcubedPrecision,
      Double bcubedRecall,
      Double bcubedF1) {}

  /**
   * Near-duplicate links against the gold: a link is right when the gold says the article copies
   * the linked original, or copies the same original.
   */
  public record Duplicates(int gold, int found, int correct, Double precision, Double recall) {}

  public String toText() {
    StringBuilder out = new StringBuilder();
    GeoReport.line(out, "fusion evaluation", articles + " articles");
    GeoReport.line(out, "files", String.join(" ", files));
    GeoReport.line(out, "skipped at ingest", String.valueOf(skipped));
    GeoReport.line(out, "records before fusion", String.valueOf(recordsBefore));
    GeoReport.line(
        out,
        "records after fusion",
        recordsAfter + " (" + fusedWithSeveralReports + " with two reports or more)");
    GeoReport.line(out, "near-duplicates found", String.valueOf(duplicatesFound));
    GeoReport.line(out, "comparisons", String.valueOf(comparisons));
    if (clustering != null) {
      Clustering c = clustering;
      GeoReport.line(
          out,
          "gold events",
          c.goldEvents()
              + " ("
              + c.withoutMainReport()
              + " articles without a report of the type)");
      GeoReport.line(
          out,
          "pairwise P / R / F1",
          GeoReport.pct(c.pairPrecision())
              + " / "
              + GeoReport.pct(c.pairRecall())
              + " / "
              + GeoReport.pct(c.pairF1())
              + " ("
              + c.truePairs()
              + " of "
              + c.predictedPairs()
              + " predicted, "
              + c.goldPairs()
              + " gold pairs)");
      GeoReport.line(
          out,
          "B-cubed P / R / F1",
          GeoReport.pct(c.bcubedPrecision())
              + " / "
              + GeoReport.pct(c.bcubedRecall())
              + " / "
              + GeoReport.pct(c.bcubedF1()));
    }
    if (duplicates != null) {
      Duplicates d = duplicates;
      GeoReport.line(
          out,
          "near-duplicates P / R",
          GeoReport.pct(d.precision())
              + " / "
              + GeoReport.pct(d.recall())
              + " ("
              + d.correct()
              + " right of "
              + d.found()
              + " found, "
              + d.gold()
              + " gold)");
    }
    return out.toString();
  }
}
