package org.khaldun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.geo.Gazetteer;
import org.khaldun.geo.Place;

class GazetteerCommandTest {

  /** Two places of GeoNames' cities500.txt, in its 19-column layout. */
  private static final String CITIES =
      "94824\tKarbalāʼ\tKarbala\tKarbala,Kerbela\t32.61603\t44.02488\tP\tPPLA\tIQ\t\t12\t\t\t\t"
          + "434450\t\t29\tAsia/Baghdad\t2016-06-22\n"
          + "98182\tBaghdad\tBaghdad\tBagdad\t33.34058\t44.40088\tP\tPPLC\tIQ\t\t07\t\t\t\t"
          + "7216000\t\t41\tAsia/Baghdad\t2023-01-01\n";

  private static final String ADMIN1 =
      "IQ.12\tKarbalāʼ\tKarbala\t94823\nIQ.07\tBaghdad\tBaghdad\t98180\n";

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path dump() throws IOException {
    Path geonames = Files.createDirectories(dir.resolve("geonames"));
    Files.writeString(geonames.resolve("cities500.txt"), CITIES, StandardCharsets.UTF_8);
    Files.writeString(geonames.resolve("admin1CodesASCII.txt"), ADMIN1, StandardCharsets.UTF_8);
    return geonames;
  }

  @Test
  void buildsAnIndexFromGeoNamesDumpsAndPrintsCounts() throws IOException {
    Path index = dir.resolve("index");

    Run run = run("gazetteer", "build", "--geonames", dump().toString(), "--out", index.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 places").contains("2 admin-1 units");
    try (Gazetteer g = Gazetteer.open(index)) {
      assertThat(g.find("Kerbela")).extracting(Place::geonameId).contains(94824L);
      assertThat(g.findBest("Karbala")).get().extracting(Place::admin1Name).isEqualTo("Karbalāʼ");
    }
  }

  @Test
  void reportsAMalformedDumpLineWithFileAndLine() throws IOException {
    Path geonames = dump();
    Files.writeString(geonames.resolve("cities500.txt"), CITIES + "x\ty\n", StandardCharsets.UTF_8);

    Run run = run("gazetteer", "build", "--geonames", geonames.toString(), "--out", dir.toString());

    assertThat(run.status()).isEqualTo(Main.RUN_FAILED);
    assertThat(run.err()).contains("cities500.txt:3: expected 19 columns, got 2");
  }

  @Test
  void refusesAGazetteerOptionNamingNoDirectory() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "Text.", StandardCharsets.UTF_8);

    Run run = run("code", "--gazetteer", dir.resolve("missing").toString(), article.toString());

    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("gazetteer index directory not found");
  }
}
