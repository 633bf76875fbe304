package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped data loads and answers the names the project's typical articles use. */
class DefaultGazetteerTest {

  @Test
  void loadsTheDefaultGazetteerAndResolvesBaghdadToIraq() {
    Gazetteer g = Gazetteer.loadDefault();
    assertThat(g.size()).isGreaterThan(150_000);
    assertThat(g.findBest("Baghdad")).get().extracting(Place::country).isEqualTo("IRQ");
    assertThat(g.find("Salahuddin")).first().extracting(Place::admin1Code).isEqualTo("IQ.18");
  }

  @Test
  void readsBareCongoAsEitherCongoBeforeANamesakeTown() {
    Gazetteer g = Gazetteer.loadDefault();
    assertThat(g.find("Congo"))
        .filteredOn(p -> p.precision() == Precision.COUNTRY)
        .extracting(Place::country)
        .containsExactlyInAnyOrder("COD", "COG");
    GazetteerGeoparser geoparser = GazetteerGeoparser.create(g);
    String text = "The government of Congo declared an Ebola outbreak.";
    int at = text.indexOf("Congo");
    assertThat(geoparser.resolve(text, List.of(new GazetteerGeoparser.Toponym(at, at + 5))))
        .first()
        .satisfies(p -> assertThat(p.orElseThrow().precision()).isEqualTo(Precision.COUNTRY));
  }
}
