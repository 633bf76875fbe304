package org.khaldun.eval;

import java.util.List;

/**
 * Agreement with a CAMEO-coded set (PETRARCH-2 codings: a comparison with that coder, not
 * independent gold). Ratios are 0 to 1 and null when nothing was scored.
 *
 * @param sentences gold sentences evaluated
 * @param withGoldEvents sentences the gold codes at least one event in
 * @param topRootAgreement share of those where the root of Khaldun's chosen event (most confident,
 *     earliest on a tie) is among the gold roots; no event is a disagreement
 * @param anyRootAgreement share of those where the root of any Khaldun event is among the gold
 *     roots
 * @param withoutGoldEvents sentences the gold codes no event in
 * @param noEventAgreement share of those where Khaldun codes no event either
 */
public record CameoReport(
    List<String> files,
    int sentences,
    int withGoldEvents,
    Double topRootAgreement,
    Double anyRootAgreement,
    int withoutGoldEvents,
    Double noEventAgreement) {

  public CameoReport {
    files = List.copyOf(files);
  }

  public String toText() {
    StringBuilder out = new StringBuilder();
    GeoReport.line(out, "CAMEO agreement", sentences + " sentences");
    GeoReport.line(out, "files", String.join(" ", files));
    GeoReport.line(
        out,
        "chosen event's root in gold",
        GeoReport.pct(topRootAgreement) + " of " + withGoldEvents);
    GeoReport.line(
        out, "any event's root in gold", GeoReport.pct(anyRootAgreement) + " of " + withGoldEvents);
    GeoReport.line(
        out,
        "no event where gold has none",
        GeoReport.pct(noEventAgreement) + " of " + withoutGoldEvents);
    return out.toString();
  }
}
