package org.khaldun.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map's base layer as scripts/derive-world-outlines writes it. */
class WorldOutlinesTest {

  private static JsonNode outlines;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        WorldOutlinesTest.class.getResourceAsStream("/org/khaldun/web/world-outlines.json")) {
      assertThat(in).as("world-outlines.json on the classpath").isNotNull();
      outlines = new ObjectMapper().readTree(in);
    }
  }

  @Test
  void holdsEveryCountryOfTheSourceAsAMultiPolygon() {
    assertThat(outlines.path("features")).hasSize(177);
    for (JsonNode f : outlines.path("features")) {
      assertThat(f.path("geometry").path("type").asText()).isEqualTo("MultiPolygon");
      assertThat(f.path("properties").path("name").asText()).isNotBlank();
    }
  }

  @Test
  void noRingJumpsAcrossTheAntimeridianExceptAlongAPole() {
    List<String> jumps = new ArrayList<>();
    for (JsonNode f : outlines.path("features")) {
      for (JsonNode polygon : f.path("geometry").path("coordinates")) {
        for (JsonNode ring : polygon) {
          for (int i = 1; i < ring.size(); i++) {
            JsonNode a = ring.get(i - 1);
            JsonNode b = ring.get(i);
            boolean jump = Math.abs(b.get(0).asDouble() - a.get(0).asDouble()) > 180;
            boolean alongPole = Math.abs(a.get(1).asDouble()) == 90 && a.get(1).equals(b.get(1));
            if (jump && !alongPole) jumps.add(f.path("properties").path("name").asText());
          }
        }
      }
    }
    assertThat(jumps).isEmpty();
  }

  @Test
  void splitsFijiAndRussiaAtTheAntimeridianAndClosesEveryRing() {
    for (JsonNode f : outlines.path("features")) {
      String name = f.path("properties").path("name").asText();
      boolean east = false;
      boolean west = false;
      for (JsonNode polygon : f.path("geometry").path("coordinates")) {
        for (JsonNode ring : polygon) {
          assertThat(ring.get(0)).as("%s ring closed", name).isEqualTo(ring.get(ring.size() - 1));
          for (JsonNode p : ring) {
            east |= p.get(0).asDouble() == 180;
            west |= p.get(0).asDouble() == -180;
          }
        }
      }
      if (name.equals("Fiji") || name.equals("Russia")) {
        assertThat(east && west).as("%s has pieces on both sides", name).isTrue();
      }
    }
  }
}
