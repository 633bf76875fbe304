package org.khaldun.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.khaldun.output.Json;

/** Writes a selection of events as CSV, GeoJSON or Parquet. */
final class Exports {
  private static final String ORDER = " ORDER BY date DESC NULLS LAST, event_id";

  private Exports() {}

  static void write(Connection c, Filter filter, ExportFormat format, OutputStream out)
      throws SQLException {
    switch (format) {
      case CSV -> csv(c, filter, out);
      case GEOJSON -> geojson(c, filter, out);
      case PARQUET -> throw new IllegalArgumentException("Parquet is written to a file");
    }
  }

  /**
   * The text {@code khaldun code --format csv} writes for the same events (a test holds the two
   * equal), but straight from the rows: building records only to flatten them again costs several
   * times more.
   */
  private static void csv(Connection c, Filter filter, OutputStream out) throws SQLException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    Columns.names().forEach(schema::addColumn);
    int n = Columns.event().size();
    try (SequenceWriter rows =
            new CsvMapper()
                .writer(schema.build())
                .writeValues(new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8));
        PreparedStatement s =
            c.prepareStatement(
                "SELECT " + EventStore.columnList() + " FROM events" + filter.where + ORDER)) {
      EventStore.bind(s, filter.values);
      try (ResultSet result = s.executeQuery()) {
        String[] row = new String[n];
        while (result.next()) {
          for (int i = 0; i < n; i++) {
            Object value = result.getObject(i + 1);
            row[i] = value == null ? "" : value.toString();
          }
          rows.write(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
    }
  }

  private static void geojson(Connection c, Filter filter, OutputStream out) throws SQLException {
    List<Columns.Column> columns = Columns.event();
    try (JsonGenerator json =
        Json.mapper().getFactory().createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT "
                  + EventStore.columnList()
                  + " FROM events"
                  + (filter.where.isEmpty() ? " WHERE " : filter.where + " AND ")
                  + "location_lat IS NOT NULL AND location_lon IS NOT NULL"
                  + ORDER)) {
        EventStore.bind(s, filter.values);
        try (ResultSet rows = s.executeQuery()) {
          int lat = Columns.names().indexOf("location_lat") + 1;
          int lon = Columns.names().indexOf("location_lon") + 1;
          while (rows.next()) {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeStringField("id", rows.getString(1));
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(rows.getDouble(lon));
            json.writeNumber(rows.getDouble(lat));
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            for (int i = 0; i < columns.size(); i++) {
              Object value = rows.getObject(i + 1);
              json.writeFieldName(columns.get(i).name());
              if (value == null) {
                json.writeNull();
              } else if (value instanceof Number || value instanceof Boolean) {
                json.writeObject(value);
              } else {
                json.writeString(value.toString());
              }
            }
            json.writeEndObject();
            json.writeEndObject();
          }
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON: " + e.getMessage(), e);
    }
  }

  /**
   * DuckDB writes the Parquet file itself. COPY takes its target only as SQL text, so the path is
   * quoted here; it comes from the command line or the server's own temporary file, never from a
   * request. Filter values stay bound.
   */
  static void parquet(Connection c, Filter filter, Path file) throws SQLException {
    String target = file.toAbsolutePath().toString().replace("'", "''");
    try (PreparedStatement s =
        c.prepareStatement(
            "COPY (SELECT "
                + EventStore.columnList()
                + " FROM events"
                + filter.where
                + ORDER
                + ") TO '"
                + target
                + "' (FORMAT parquet)")) {
      EventStore.bind(s, filter.values);
      s.execute();
    }
  }

  /** The caller owns the stream (an HTTP response, a file): writers here must not close it. */
  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
