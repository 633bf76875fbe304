package org.khaldun.eval;

import java.util.List;
import java.util.Locale;

/**
 * The result of a PLOVER event evaluation: one predicted type per gold sentence (the most confident
 * event Khaldun codes in it, the earliest on a tie; NONE when it codes none, which is always
 * wrong). Ratios are 0 to 1 and null when nothing was scored.
 *
 * @param sentences gold sentences evaluated
 * @param withEvent sentences where Khaldun coded at least one event
 * @param correct sentences whose predicted type is the gold type
 * @param accuracy correct / sentences
 * @param macroF1 mean F1 over the sixteen PLOVER types (a type with no gold and no prediction
 *     counts 0)
 * @param types per-type figures, in PLOVER order
 * @param labels column labels of {@code confusion}: the sixteen types then NONE
 * @param confusion rows: gold type (the sixteen, in order); columns: predicted label
 * @param source source actor of the predicted event against the gold sources
 * @param target target actor of the predicted event against the gold targets
 * @param figures dead, injured and size against the gold figures, where the gold gives one
 * @param contexts PLOVER contexts against the gold contexts, where the gold gives one
 */
public record EventReport(
    List<String> files,
    int sentences,
    int withEvent,
    int correct,
    Double accuracy,
    Double macroF1,
    List<TypeScore> types,
    List<String> labels,
    List<List<Integer>> confusion,
    ActorScore source,
    ActorScore target,
    List<FigureScore> figures,
    ContextScore contexts) {

  public EventReport {
    files = List.copyOf(files);
    figures = List.copyOf(figures);
    types = List.copyOf(types);
    labels = List.copyOf(labels);
    confusion = confusion.stream().map(List::copyOf).toList();
  }

  /** Precision, recall and F1 of one type. */
  public record TypeScore(
      String type,
      int gold,
      int predicted,
      int correct,
      Double precision,
      Double recall,
      Double f1) {}

  /**
   * Actor agreement for one role, over the sentences whose gold role has the field. A sentence with
   * no predicted event, or an event without that actor, is wrong.
   *
   * @param countryScored sentences with a gold actor code
   * @param countryAccuracy share where the predicted actor's country (alpha-3; for actors without
   *     one, the first three letters of its CAMEO code, e.g. IGO) is one of the gold codes
   * @param sectorScored sentences with a gold sector
   * @param sectorAccuracy share where the predicted sector is one of the gold sectors
   * @param bothScored sentences with a gold actor that has both
   * @param bothAccuracy share where one gold actor has the predicted country and sector
   */
  public record ActorScore(
      int countryScored,
      Double countryAccuracy,
      int sectorScored,
      Double sectorAccuracy,
      int bothScored,
      Double bothAccuracy) {}

  /**
   * One figure over the sentences whose gold gives it. The sentence's figure is the predicted
   * event's, else the first event's in text order that has one; a gold vague amount ("thousands")
   * counts as the same lower bound Khaldun uses (2,000). For size, a COERCE sentence's arrest count
   * stands in when no size was read (PLOVER's size of a coercion is the people it hit).
   *
   * @param figure {@code dead}, {@code injured} or {@code size}
   * @param scored sentences whose gold gives the figure as a number
   * @param found share where Khaldun gives any figure
   * @param exact share where Khaldun gives the gold figure
   */
  public record FigureScore(String figure, int scored, Double found, Double exact) {}

  /**
   * Contexts of the predicted event against the gold contexts (old names mapped to PLOVER 2.0:
   * refugee as migration, rights as human_rights), micro-averaged over the sentences whose gold has
   * a context Khaldun knows.
   */
  public record ContextScore(int scored, Double precision, Double recall, Double f1) {}

  /** The report as text: summary, per-type table, confusion matrix. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    GeoReport.line(out, "event evaluation", sentences + " sentences");
    GeoReport.line(out, "files", String.join(" ", files));
    GeoReport.line(out, "sentences with an event", withEvent + " of " + sentences);
    GeoReport.line(
        out, "event-type accuracy", GeoReport.pct(accuracy) + " (" + correct + " correct)");
    GeoReport.line(out, "macro-F1 (16 types)", GeoReport.pct(macroF1));
    actor(out, "source", source);
    actor(out, "target", target);
    for (FigureScore f : figures) {
      GeoReport.line(
          out,
          f.figure() + " figure",
          "found "
              + GeoReport.pct(f.found())
              + ", exact "
              + GeoReport.pct(f.exact())
              + " of "
              + f.scored());
    }
    GeoReport.line(
        out,
        "contexts P / R / F1",
        GeoReport.pct(contexts.precision())
            + " / "
            + GeoReport.pct(contexts.recall())
            + " / "
            + GeoReport.pct(contexts.f1())
            + " of "
            + contexts.scored());
    out.append('\n')
        .append(
            String.format(
                Locale.ROOT,
                "%-10s %5s %5s %5s %7s %7s %7s%n",
                "type",
                "gold",
                "pred",
                "right",
                "P",
                "R",
                "F1"));
    for (TypeScore t : types) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-10s %5d %5d %5d %7s %7s %7s%n",
              t.type(),
              t.gold(),
              t.predicted(),
              t.correct(),
              GeoReport.pct(t.precision()),
              GeoReport.pct(t.recall()),
              GeoReport.pct(t.f1())));
    }
    out.append("\nconfusion (rows: gold, columns: predicted)\n")
        .append(String.format(Locale.ROOT, "%-10s", ""));
    for (String label : labels) {
      out.append(String.format(Locale.ROOT, "%5s", abbreviation(label)));
    }
    out.append('\n');
    for (int row = 0; row < confusion.size(); row++) {
      out.append(String.format(Locale.ROOT, "%-10s", labels.get(row)));
      for (int count : confusion.get(row)) {
        out.append(String.format(Locale.ROOT, "%5s", count == 0 ? "." : Integer.toString(count)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void actor(StringBuilder out, String role, ActorScore a) {
    GeoReport.line(
        out, role + " country", GeoReport.pct(a.countryAccuracy()) + " of " + a.countryScored());
    GeoReport.line(
        out, role + " sector", GeoReport.pct(a.sectorAccuracy()) + " of " + a.sectorScored());
    GeoReport.line(
        out, role + " country+sector", GeoReport.pct(a.bothAccuracy()) + " of " + a.bothScored());
  }

  private static String abbreviation(String label) {
    return label.length() <= 4 ? label : label.substring(0, 4);
  }
}
