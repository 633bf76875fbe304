package org.khaldun.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.geo.Gazetteer;
import org.khaldun.geo.Place;
import org.khaldun.geo.PlaceMention;
import org.khaldun.geo.Precision;

class GeoEvaluationTest {

  private static final Gazetteer GAZETTEER = EvalFixtures.gazetteer();
  private static final Path FIXTURE = EvalFixtures.path("geo-fixture.jsonl");
  private static final double SPRINGFIELDS_APART =
      Distances.km(39.8017, -89.6437, 37.2153, -93.2982);

  /** The gold point of Jordan is in its south-east, about 200 km from Amman, the gazetteer's. */
  private static final double JORDAN_OFF = Distances.km(30.3, 36.8, 31.9552, 35.9450);

  @TempDir Path dir;

  private static Place place(String name, Precision precision, String admin1) {
    return GAZETTEER.find(name).stream()
        .filter(p -> p.precision() == precision)
        .filter(p -> admin1 == null || admin1.equals(p.admin1Code()))
        .findFirst()
        .orElseThrow();
  }

  /** A stand-in geoparser: finds the given phrases in the cleaned text, resolved as given. */
  private static GeoEvaluation.PlaceFinder finder(Map<String, Place> byPhrase) {
    return (article, homes) -> {
      List<PlaceMention> out = new ArrayList<>();
      byPhrase.forEach(
          (phrase, place) -> {
            int at = article.text().indexOf(phrase);
            if (at >= 0) {
              out.add(new PlaceMention(place, 0, at, at + phrase.length(), phrase));
            }
          });
      return out;
    };
  }

  @Test
  void resolvesGoldSpansInTheContextOfEachOther() {
    GeoReport report =
        GeoEvaluation.goldSpans(GAZETTEER).run(List.of(FIXTURE), EvalOptions.defaults());

    assertThat(report.mode()).isEqualTo("gold-spans");
    assertThat(report.articles()).isEqualTo(2);
    assertThat(report.recognition()).isNull();
    GeoReport.Resolution resolved = report.resolvedOnly();
    // Springfield's prior picks the Illinois seat, not the Missouri city the gold means; Jordan
    // is the right country, but its gold point is far from Khaldun's. Nowhereville, unknown to the
    // gazetteer, is placed at its article's other place (see GazetteerGeoparser's NEAR places).
    assertThat(resolved.toponyms()).isEqualTo(5);
    assertThat(JORDAN_OFF).isGreaterThan(161);
    assertThat(resolved.accuracyAt161()).isEqualTo(0.5);
    assertThat(resolved.regions()).isEqualTo(1);
    assertThat(resolved.accuracyAt161RegionsById()).isEqualTo(0.75);
    assertThat(resolved.medianErrorKm()).isCloseTo(JORDAN_OFF / 2, within(1e-9));
    assertThat(resolved.meanErrorKm())
        .isCloseTo((SPRINGFIELDS_APART + JORDAN_OFF) / 4, within(1e-9));
    assertThat(resolved.exactGeonamesId()).isEqualTo(0.5); // Paris, Karbala; Jordan has no id
    assertThat(resolved.countryAccuracy()).isEqualTo(1.0); // name, alpha-2 and alpha-3 gold
    assertThat(resolved.withAdmin1()).isEqualTo(3);
    assertThat(resolved.admin1Accuracy()).isCloseTo(2.0 / 3, within(1e-9));
    // Nowhereville has no gold coordinates: it changes only the toponym counts.
    assertThat(report.allGold().toponyms()).isEqualTo(5);
    assertThat(report.allGold().withCoordinates()).isEqualTo(4);
    assertThat(report.allGold().accuracyAt161()).isEqualTo(0.5);
  }

  @Test
  void pairsPredictionsWithGoldByOverlapThroughTheOffsetMap() {
    // g2's text starts with spaces the cleaner may drop: offsets must still line up.
    GeoEvaluation evaluation =
        new GeoEvaluation(
            GAZETTEER,
            finder(
                Map.of(
                    "Springfield", place("Springfield", Precision.POINT, "US.MO"),
                    "Monday", place("Paris", Precision.POINT, null),
                    "Kerbala", place("Karbala", Precision.ADMIN1, null),
                    "Jordan", place("Jordan", Precision.COUNTRY, null))));

    GeoReport report = evaluation.run(List.of(FIXTURE), EvalOptions.defaults().withThreads(2));

    GeoReport.Recognition recognition = report.recognition();
    assertThat(recognition.gold()).isEqualTo(5);
    assertThat(recognition.predicted()).isEqualTo(4);
    assertThat(recognition.matched()).isEqualTo(3);
    assertThat(recognition.exactMatched()).isEqualTo(3);
    assertThat(recognition.precision()).isEqualTo(0.75);
    assertThat(recognition.recall()).isEqualTo(0.6);
    assertThat(recognition.f1()).isCloseTo(2.0 / 3, within(1e-9));

    GeoReport.Resolution matched = report.resolvedOnly();
    assertThat(matched.toponyms()).isEqualTo(3);
    assertThat(matched.accuracyAt161()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(matched.accuracyAt161RegionsById()).isEqualTo(1.0);
    assertThat(matched.exactGeonamesId()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(matched.admin1Accuracy()).isEqualTo(1.0);

    // End to end, the missed Paris is a miss with the maximum error.
    GeoReport.Resolution all = report.allGold();
    assertThat(all.accuracyAt161()).isEqualTo(0.5);
    assertThat(all.accuracyAt161RegionsById()).isEqualTo(0.75);
    assertThat(all.meanErrorKm())
        .isCloseTo((JORDAN_OFF + Distances.MAX_ERROR_KM) / 4, within(1e-9));
    assertThat(all.medianErrorKm()).isCloseTo(JORDAN_OFF / 2, within(1e-9));
    // Sorted scaled errors 0, 0, y, 1: trapezoids 0 + y/2 + (y+1)/2 over three intervals.
    double y = Math.log1p(JORDAN_OFF) / Math.log(Distances.MAX_ERROR_KM);
    assertThat(all.auc()).isCloseTo((y + 0.5) / 3, within(1e-9));
    assertThat(all.countryAccuracy()).isEqualTo(0.75);
    assertThat(all.admin1Accuracy()).isCloseTo(2.0 / 3, within(1e-9));

    // Populated places: Springfield, Paris, Kerbala; unlabelled: Jordan, Nowhereville.
    assertThat(report.byFeatureClass())
        .extracting(GeoReport.FeatureClassScore::featureClass)
        .containsExactly("populated place", "unlabelled");
    GeoReport.FeatureClassScore places = report.byFeatureClass().get(0);
    assertThat(places.gold()).isEqualTo(3);
    assertThat(places.matched()).isEqualTo(2);
    assertThat(places.accuracyAt161()).isEqualTo(1.0);
  }

  @Test
  void limitsTheRunToTheFirstArticles() {
    GeoReport report =
        GeoEvaluation.goldSpans(GAZETTEER)
            .run(List.of(FIXTURE), EvalOptions.defaults().withLimit(1));

    assertThat(report.articles()).isEqualTo(1);
    assertThat(report.allGold().toponyms()).isEqualTo(2);
  }

  @Test
  void failsOnAMalformedGoldLineNamingFileAndLine() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(
        bad,
        "{\"id\": \"a\", \"text\": \"In Paris.\", \"toponyms\": []}\n"
            + "{\"id\": \"b\", \"text\": \"In Paris.\", \"toponyms\": [{\"start\": 3, \"end\": 40}]}\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> GeoEvaluation.goldSpans(GAZETTEER).run(List.of(bad), EvalOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.jsonl:2")
        .hasMessageContaining("outside the text");
  }

  @Test
  void printsResolutionOnMatchedAndEndToEndUnderTheirOwnLabels() {
    GeoEvaluation evaluation =
        new GeoEvaluation(
            GAZETTEER, finder(Map.of("Paris", place("Paris", Precision.POINT, "FR.11"))));

    String text = evaluation.run(List.of(FIXTURE), EvalOptions.defaults()).toText();

    assertThat(text)
        .contains("resolution on matched toponyms")
        .contains("end to end (all gold toponyms; unmatched = miss, 20039 km)")
        .contains("acc@161");
  }
}
