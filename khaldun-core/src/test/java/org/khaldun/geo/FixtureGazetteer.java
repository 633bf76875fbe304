package org.khaldun.geo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Loads the small test gazetteer in src/test/resources, gzipping it as the loader expects. */
final class FixtureGazetteer {

  private FixtureGazetteer() {}

  static Gazetteer load() {
    return Gazetteer.load(gzip(read("fixture-gazetteer.tsv")), stream("fixture-supplement.tsv"));
  }

  static InputStream gzipped(String tsv) {
    return gzip(tsv.getBytes(StandardCharsets.UTF_8));
  }

  static InputStream stream(String resource) {
    InputStream in = FixtureGazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    return in;
  }

  private static byte[] read(String resource) {
    try (InputStream in = stream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ByteArrayInputStream(out.toByteArray());
  }
}
