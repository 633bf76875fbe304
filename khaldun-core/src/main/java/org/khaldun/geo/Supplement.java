package org.khaldun.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The curated alias supplement ({@code supplement.tsv}): {@code target<TAB>alias|alias...} lines,
 * where the target is an admin-1 code ({@code IQ.12}) or an ISO alpha-3 country code. Both
 * gazetteers apply it when they are opened, so editing it needs no rebuild.
 */
final class Supplement {

  /** One line: the aliases of one target, with the line number for error messages. */
  record Line(int number, String target, List<String> aliases) {
    boolean targetsAdmin1() {
      return target.contains(".");
    }

    IllegalArgumentException unknownTarget() {
      return new IllegalArgumentException(
          "supplement:" + number + ": unknown admin-1 or country code " + target);
    }
  }

  private Supplement() {}

  static List<Line> read(BufferedReader in) throws IOException {
    List<Line> lines = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 2 || f[1].isBlank()) {
        throw new IllegalArgumentException(
            "supplement:" + lineNo + ": expected target<TAB>alias|alias..., got: " + line);
      }
      lines.add(new Line(lineNo, f[0].strip(), List.of(f[1].split("\\|"))));
    }
    return lines;
  }

  /** The supplement shipped next to the default gazetteer. */
  static List<Line> readDefault() {
    try (InputStream in = MemoryGazetteer.resource(MemoryGazetteer.DEFAULT_SUPPLEMENT);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default supplement", e);
    }
  }
}
