package org.khaldun.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.khaldun.geo.Gazetteer;
import org.khaldun.geo.Place;
import org.khaldun.geo.Precision;

/**
 * Accumulates the outcome of every gold toponym and summarises them. Not thread-safe: feed it from
 * one thread, in file order.
 */
final class GeoScorer {

  /** A predicted place with its span in the gold text's offsets. */
  record Predicted(SpanMatcher.Span span, Place place) {}

  /**
   * What became of one gold toponym. {@code resolved} when a prediction was paired with it; the
   * other fields are null when the gold record cannot be scored on them (no coordinates, no id, a
   * country the converter does not know).
   */
  record Outcome(
      String featureClass,
      boolean resolved,
      boolean coordinates,
      Double errorKm,
      Boolean exactId,
      Boolean country,
      Boolean admin1,
      Boolean sameRegion) {}

  private final CountryCodes countries;
  private final Gazetteer gazetteer;
  private final Map<String, Optional<String>> admin1Codes = new ConcurrentHashMap<>();
  private final List<Outcome> outcomes = new ArrayList<>();
  private final Consumer<ToponymResult> details;
  private int articles;
  private int predicted;
  private int matched;
  private int exactSpans;

  GeoScorer(Gazetteer gazetteer) {
    this(gazetteer, result -> {});
  }

  /** A scorer that also hands every toponym's outcome to {@code details}, in file order. */
  GeoScorer(Gazetteer gazetteer, Consumer<ToponymResult> details) {
    this.gazetteer = gazetteer;
    this.countries = new CountryCodes(gazetteer);
    this.details = details;
  }

  void add(GeoGold article, List<Predicted> predictions) {
    articles++;
    predicted += predictions.size();
    List<SpanMatcher.Span> goldSpans = new ArrayList<>();
    for (GeoGold.Toponym t : article.toponyms()) {
      goldSpans.add(new SpanMatcher.Span(t.start(), t.end()));
    }
    int[] pairing =
        SpanMatcher.match(goldSpans, predictions.stream().map(Predicted::span).toList());
    for (int g = 0; g < pairing.length; g++) {
      GeoGold.Toponym gold = article.toponyms().get(g);
      if (pairing[g] < 0) {
        outcomes.add(unresolved(gold));
        details.accept(ToponymResult.of(article.id(), gold, null, null));
        continue;
      }
      Predicted p = predictions.get(pairing[g]);
      matched++;
      if (p.span().equals(goldSpans.get(g))) {
        exactSpans++;
      }
      Outcome outcome = outcome(gold, p.place());
      outcomes.add(outcome);
      details.accept(ToponymResult.of(article.id(), gold, p.place(), outcome.errorKm()));
    }
    boolean[] paired = new boolean[predictions.size()];
    for (int g : pairing) {
      if (g >= 0) {
        paired[g] = true;
      }
    }
    for (int i = 0; i < paired.length; i++) {
      if (!paired[i]) {
        SpanMatcher.Span span = predictions.get(i).span();
        String phrase =
            span.end() <= article.text().length()
                ? article.text().substring(span.begin(), span.end())
                : null;
        details.accept(
            ToponymResult.spurious(
                article.id(), span.begin(), span.end(), phrase, predictions.get(i).place()));
      }
    }
  }

  Outcome outcome(GeoGold.Toponym gold, Place place) {
    Double error =
        gold.hasCoordinates()
            ? Distances.km(gold.lat(), gold.lon(), place.lat(), place.lon())
            : null;
    Boolean id = gold.geonameId() == null ? null : gold.geonameId() == place.geonameId();
    String country = countries.toAlpha3(gold.country());
    Boolean countryRight = country == null ? null : country.equals(place.country());
    Boolean admin1Right =
        country == null || gold.admin1() == null ? null : sameAdmin1(gold.admin1(), country, place);
    return new Outcome(
        featureClass(gold),
        true,
        error != null,
        error,
        id,
        countryRight,
        admin1Right,
        sameRegion(gold, country, place));
  }

  Outcome unresolved(GeoGold.Toponym gold) {
    boolean countryKnown = countries.toAlpha3(gold.country()) != null;
    return new Outcome(
        featureClass(gold),
        false,
        gold.hasCoordinates(),
        null,
        gold.geonameId() == null ? null : false,
        countryKnown ? false : null,
        countryKnown && gold.admin1() != null ? false : null,
        isRegion(gold) ? false : null);
  }

  /** The gold feature code, grouped as the report lists it. */
  static String featureClass(GeoGold.Toponym gold) {
    String fcode = gold.featureCode();
    if (fcode == null) {
      return "unlabelled";
    }
    if (fcode.startsWith("PCL")) {
      return "country";
    }
    if (fcode.startsWith("PPL")) {
      return "populated place";
    }
    return switch (fcode) {
      case "ADM1" -> "admin-1";
      case "ADM2", "ADMD" -> "admin-2";
      default -> "other feature";
    };
  }

  /** Recall and acc@161 per gold feature class, largest class first. */
  List<GeoReport.FeatureClassScore> byFeatureClass() {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      int[] c = counts.computeIfAbsent(o.featureClass(), k -> new int[4]);
      c[0]++;
      if (o.resolved()) {
        c[1]++;
        if (o.coordinates()) {
          c[2]++;
          c[3] += o.errorKm() <= Distances.ACCURACY_RADIUS_KM ? 1 : 0;
        }
      }
    }
    List<GeoReport.FeatureClassScore> out = new ArrayList<>();
    counts.forEach(
        (name, c) ->
            out.add(
                new GeoReport.FeatureClassScore(
                    name, c[0], c[1], Ratio.of(c[1], c[0]), c[2], Ratio.of(c[3], c[2]))));
    out.sort((a, b) -> Integer.compare(b.gold(), a.gold()));
    return out;
  }

  private boolean isRegion(GeoGold.Toponym gold) {
    return sameRegion(gold, countries.toAlpha3(gold.country()), null) != null;
  }

  /**
   * Whether the prediction is the very country or admin-1 unit the gold toponym names (by code, not
   * by distance: a country's gold point and Khaldun's capital point can be far apart); null when
   * the gold toponym is not a region that can be identified. LGL gives feature codes (PCL*, ADM1);
   * GeoVirus only a Wikipedia link, whose title is taken as a country when the gazetteer has a
   * country of that name. A null {@code place} only asks whether it is a region.
   */
  private Boolean sameRegion(GeoGold.Toponym gold, String country, Place place) {
    String fcode = gold.featureCode();
    if (fcode != null) {
      if (fcode.startsWith("PCL") && country != null) {
        return place != null
            && place.precision() == Precision.COUNTRY
            && place.country().equals(country);
      }
      if (fcode.equals("ADM1") && country != null && gold.admin1() != null) {
        Optional<String> code = admin1Code(gold.admin1(), country);
        if (code.isPresent()) {
          return place != null
              && place.precision() == Precision.ADMIN1
              && code.get().equals(place.admin1Code());
        }
      }
      return null;
    }
    if (gold.wikipediaTitle() != null) {
      Optional<Place> named =
          gazetteer.find(gold.wikipediaTitle()).stream()
              .filter(p -> p.precision() == Precision.COUNTRY)
              .findFirst();
      if (named.isPresent()) {
        return place != null
            && place.precision() == Precision.COUNTRY
            && place.country().equals(named.get().country());
      }
    }
    return null;
  }

  private Optional<String> admin1Code(String name, String country) {
    return admin1Codes.computeIfAbsent(
        country + "|" + name,
        k ->
            gazetteer.find(name).stream()
                .filter(
                    p ->
                        p.precision() == Precision.ADMIN1
                            && p.country().equals(country)
                            && p.admin1Code() != null)
                .map(Place::admin1Code)
                .findFirst());
  }

  /**
   * By code when the gold admin-1 name resolves to one of the gazetteer's admin-1 units in the gold
   * country, else by normalised name.
   */
  private boolean sameAdmin1(String goldName, String country, Place place) {
    Optional<String> goldCode = admin1Code(goldName, country);
    if (goldCode.isPresent()) {
      return goldCode.get().equals(place.admin1Code());
    }
    return place.country().equals(country)
        && place.admin1Name() != null
        && CountryCodes.key(place.admin1Name()).equals(CountryCodes.key(goldName));
  }

  GeoReport.Recognition recognition() {
    int gold = outcomes.size();
    return new GeoReport.Recognition(
        gold,
        predicted,
        matched,
        exactSpans,
        Ratio.of(matched, predicted),
        Ratio.of(matched, gold),
        Ratio.f1(matched, predicted, gold),
        Ratio.f1(exactSpans, predicted, gold));
  }

  /**
   * Resolution over the resolved toponyms only, or end to end over all gold toponyms, where an
   * unresolved one is a miss and counts with the maximum error.
   */
  GeoReport.Resolution resolution(boolean endToEnd) {
    List<Outcome> scope =
        endToEnd ? outcomes : outcomes.stream().filter(Outcome::resolved).toList();
    List<Double> errors = new ArrayList<>();
    int coordinates = 0;
    int within = 0;
    int regions = 0;
    int withinOrSameRegion = 0;
    Tally id = new Tally();
    Tally country = new Tally();
    Tally admin1 = new Tally();
    for (Outcome o : scope) {
      id.add(o.exactId());
      country.add(o.country());
      admin1.add(o.admin1());
      if (o.coordinates()) {
        double error = o.resolved() ? o.errorKm() : Distances.MAX_ERROR_KM;
        coordinates++;
        errors.add(error);
        boolean close = error <= Distances.ACCURACY_RADIUS_KM;
        within += close ? 1 : 0;
        regions += o.sameRegion() != null ? 1 : 0;
        withinOrSameRegion += (o.sameRegion() != null ? o.sameRegion() : close) ? 1 : 0;
      }
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
    return new GeoReport.Resolution(
        scope.size(),
        coordinates,
        Ratio.of(within, coordinates),
        e.length == 0 ? null : Distances.mean(e),
        e.length == 0 ? null : Distances.median(e),
        e.length == 0 ? null : Distances.auc(e),
        regions,
        Ratio.of(withinOrSameRegion, coordinates),
        id.scored,
        Ratio.of(id.right, id.scored),
        country.scored,
        Ratio.of(country.right, country.scored),
        admin1.scored,
        Ratio.of(admin1.right, admin1.scored));
  }

  int articles() {
    return articles;
  }

  private static final class Tally {
    int scored;
    int right;

    void add(Boolean outcome) {
      if (outcome != null) {
        scored++;
        right += outcome ? 1 : 0;
      }
    }
  }
}
