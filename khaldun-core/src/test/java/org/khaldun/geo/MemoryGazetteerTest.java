package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
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
  void namesThePlacesAdmin2UnitFromTheNameTable() {
    String rows =
        "0\tUnited States\t\t\t39.8\t-98.7\tUSA\t\tPCLI\t1\n"
            + "0\tTexas\t\t\t31.2\t-99.3\tUSA\tUS.TX\tADM1\t1\n"
            + "0\tLamar County\t\t\t33.7\t-95.6\tUSA\tUS.TX\tADM2\t1\tUS.TX.277\n"
            + "4717560\tParis\t\t\t33.66\t-95.56\tUSA\tUS.TX\tPPLA2\t24782\tUS.TX.277\n"
            + "1\tNowhere\t\t\t33.0\t-95.0\tUSA\tUS.TX\tPPL\t600\n";
    var names = FixtureGazetteer.gzipped("# admin-2 names\nUS.TX.277\tLamar County\n");
    Gazetteer g = MemoryGazetteer.read(FixtureGazetteer.gzipped(rows), null, names);

    assertThat(g.findBest("Paris").orElseThrow())
        .extracting(Place::admin2Code, Place::admin2Name)
        .containsExactly("US.TX.277", "Lamar County");
    assertThat(g.findBest("Lamar County").orElseThrow().admin2Name()).isEqualTo("Lamar County");
    assertThat(g.findBest("Nowhere").orElseThrow().admin2Code()).isNull();
  }

  @Test
  void shipsAdmin2UnitsForItsPlaces() {
    Place kharkiv = Gazetteer.loadDefault().findBest("Kharkiv").orElseThrow();
    assertThat(kharkiv.admin2Code()).startsWith("UA.");
    assertThat(kharkiv.admin2Name()).isNotBlank();
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
