package org.khaldun.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of one tab-separated data file with a fixed number of columns; blank lines and
 * {@code #} comments skipped.
 */
public final class TsvRows {
  private TsvRows() {}

  /** One row: its cells, stripped, and {@code file:line} for messages. */
  public record Row(List<String> cells, String where) {
    public String cell(int i) {
      return cells.get(i);
    }

    public IllegalArgumentException fail(String reason) {
      return new IllegalArgumentException(where + ": " + reason);
    }
  }

  /**
   * @throws IllegalArgumentException when a row does not have {@code columns} cells, or one is
   *     empty
   */
  public static List<Row> read(Reader reader, String fileName, int columns) {
    List<Row> rows = new ArrayList<>();
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String where = fileName + ":" + lineNo;
        String[] raw = line.split("\t", -1);
        if (raw.length != columns) {
          throw new IllegalArgumentException(
              where + ": expected " + columns + " tab-separated columns, found " + raw.length);
        }
        List<String> cells = new ArrayList<>(columns);
        for (String c : raw) {
          if (c.isBlank()) {
            throw new IllegalArgumentException(where + ": empty column " + (cells.size() + 1));
          }
          cells.add(c.strip());
        }
        rows.add(new Row(List.copyOf(cells), where));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName, e);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(fileName + ": no entries");
    }
    return rows;
  }
}
