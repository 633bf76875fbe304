package org.khaldun.eval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.khaldun.geo.Gazetteer;

/** The evaluation tests' hand-written fixtures in src/test/resources/org/khaldun/eval. */
final class EvalFixtures {

  private EvalFixtures() {}

  static Path path(String resource) {
    try {
      return Path.of(EvalFixtures.class.getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A dozen places: two Springfields, two Parises, Karbala city and governorate, countries. */
  static Gazetteer gazetteer() {
    try (InputStream in = EvalFixtures.class.getResourceAsStream("eval-gazetteer.tsv")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(in.readAllBytes());
      }
      return Gazetteer.load(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
