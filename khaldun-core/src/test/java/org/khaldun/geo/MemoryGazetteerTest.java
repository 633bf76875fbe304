package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MemoryGazetteerTest extends GazetteerContract {

  @Override
  Gazetteer gazetteer() {
    return FixtureGazetteer.load();
  }

  @Test
  void failsOnAMalformedRowWithItsLineNumber() {
    assertThatThrownBy(() -> Gazetteer.load(FixtureGazetteer.gzipped("# header\n1\tOnly\tthree\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gazetteer:2");
  }

  @Test
  void failsOnASupplementLineForAnUnknownUnit() {
    var supplement = new ByteArrayInputStream("XX.99\tNowhere\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () ->
                Gazetteer.load(
                    FixtureGazetteer.gzipped("0\tIraq\t\t\t33\t44\tIRQ\t\tPCLI\t1\n"), supplement))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("supplement:1")
        .hasMessageContaining("XX.99");
  }
}
