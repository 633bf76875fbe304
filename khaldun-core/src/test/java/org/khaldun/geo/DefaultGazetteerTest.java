package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;

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
}
