package org.khaldun.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.khaldun.fuse.FusedEvent;
import org.khaldun.fuse.FusedReport;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.LocationRef;
import org.khaldun.output.Json;

/**
 * Fused events as CSV (one row each, reports listed by event id), Parquet (the same rows, typed,
 * with the lists as lists) or GeoJSON (one point per fused event with a place). The per-report
 * export stays {@link Exports}.
 */
final class FusedExports {
  private static final int PAGE = PageRequest.MAX_PAGE_SIZE;

  private FusedExports() {}

  static void write(EventStore store, EventQuery filters, ExportFormat format, OutputStream out) {
    switch (format) {
      case CSV -> csv(store, filters, out);
      case GEOJSON -> geojson(store, filters, out);
      case PARQUET -> throw new IllegalArgumentException("Parquet is written to a file");
    }
  }

  /**
   * The Parquet column type of each column of {@link #row}, under the CSV's names; the columns in
   * {@link #LISTS} become lists of strings.
   */
  private static final Map<String, String> PARQUET_TYPES = parquetTypes();

  private static Map<String, String> parquetTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    for (String name : row(emptyEvent()).keySet()) {
      types.put(name, "VARCHAR");
    }
    for (String name :
        List.of("report_count", "independent_sources", "dead", "injured", "arrested", "size")) {
      types.put(name, "INTEGER");
    }
    types.put("location_geonames_id", "BIGINT");
    types.put("location_lat", "DOUBLE");
    types.put("location_lon", "DOUBLE");
    return types;
  }

  /** Columns whose joined text becomes a list in Parquet. */
  private static final List<String> LISTS =
      List.of("outlets", "report_event_ids", "report_article_ids", "choices");

  /**
   * Parquet through a private in-memory DuckDB: the fused values live in JSON summaries, so the
   * rows are built here page by page, appended to a scratch table and written by DuckDB's COPY. The
   * lists are appended joined by a unit separator, which no id, outlet or sentence of ours holds,
   * and split back into lists by the COPY. The path is quoted as in {@link Exports#parquet}: it
   * comes from the command line or the server's own temporary file, never from a request.
   */
  static void parquet(EventStore store, EventQuery filters, Path file) {
    try (Connection scratch = DriverManager.getConnection("jdbc:duckdb:")) {
      StringBuilder create = new StringBuilder("CREATE TABLE fused (");
      StringBuilder select = new StringBuilder();
      for (Map.Entry<String, String> c : PARQUET_TYPES.entrySet()) {
        if (select.length() > 0) {
          create.append(", ");
          select.append(", ");
        }
        create.append(c.getKey()).append(' ').append(c.getValue());
        select.append(
            LISTS.contains(c.getKey())
                ? "CASE WHEN "
                    + c.getKey()
                    + " = '' THEN []::VARCHAR[] ELSE string_split("
                    + c.getKey()
                    + ", chr(31)) END AS "
                    + c.getKey()
                : c.getKey());
      }
      try (Statement s = scratch.createStatement()) {
        s.execute(create.append(')').toString());
      }
      List<Object[]> rows = new ArrayList<>();
      forEach(
          store,
          filters,
          f -> {
            Map<String, Object> row = row(f);
            row.put("outlets", String.join(UNIT, f.outlets()));
            row.put("report_event_ids", reportEventIds(f, UNIT));
            row.put("report_article_ids", reportArticleIds(f, UNIT));
            row.put("choices", String.join(UNIT, f.choices()));
            rows.add(row.values().toArray());
            if (rows.size() >= PAGE) {
              appendRows(scratch, rows);
            }
          });
      appendRows(scratch, rows);
      String target = file.toAbsolutePath().toString().replace("'", "''");
      try (Statement s = scratch.createStatement()) {
        s.execute("COPY (SELECT " + select + " FROM fused) TO '" + target + "' (FORMAT parquet)");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Appends and forgets the rows, so memory holds at most one page of them. */
  private static void appendRows(Connection scratch, List<Object[]> rows) throws IOException {
    try {
      EventStore.appendRows(scratch.unwrap(DuckDBConnection.class), "fused", rows);
    } catch (SQLException e) {
      throw new IOException(e.getMessage(), e);
    }
    rows.clear();
  }

  private static final String UNIT = "\u001f";

  private static String reportEventIds(FusedEvent f, String separator) {
    return f.reports().stream()
        .map(r -> r.event().eventId())
        .collect(Collectors.joining(separator));
  }

  private static String reportArticleIds(FusedEvent f, String separator) {
    return f.reports().stream()
        .map(FusedReport::event)
        .map(e -> e.articleId())
        .distinct()
        .collect(Collectors.joining(separator));
  }

  /** The flat columns of one fused event, in order. */
  static Map<String, Object> row(FusedEvent f) {
    Map<String, Object> row = new LinkedHashMap<>();
    LocationRef l = f.location();
    ActorRef s = f.source();
    ActorRef t = f.target();
    row.put("fused_id", f.fusedId());
    row.put("event_type", f.eventType());
    row.put("quad_class", f.quadClass());
    row.put("date", f.date());
    row.put("report_count", f.reportCount());
    row.put("independent_sources", f.independentSources());
    row.put("outlets", String.join("; ", f.outlets()));
    row.put("dead", f.dead());
    row.put("injured", f.injured());
    row.put("arrested", f.arrested());
    row.put("size", f.size());
    row.put("location_name", l == null ? null : l.name());
    row.put("location_geonames_id", l == null ? null : l.geonamesId());
    row.put("location_lat", l == null ? null : l.lat());
    row.put("location_lon", l == null ? null : l.lon());
    row.put("location_country", l == null ? null : l.country());
    row.put("location_admin1", l == null ? null : l.admin1());
    row.put("location_precision", l == null ? null : l.precision());
    row.put("source_id", s == null ? null : s.id());
    row.put("target_id", t == null ? null : t.id());
    row.put("report_event_ids", reportEventIds(f, " "));
    row.put("report_article_ids", reportArticleIds(f, " "));
    row.put("choices", String.join(" | ", f.choices()));
    return row;
  }

  private interface Each {
    void accept(FusedEvent f) throws IOException;
  }

  /** Every matching fused event, page by page, so memory holds one page. */
  private static void forEach(EventStore store, EventQuery filters, Each each) throws IOException {
    for (int page = 1; ; page++) {
      Page<FusedEvent> p = store.fused(filters.withPage(new PageRequest(page, PAGE)));
      for (FusedEvent f : p.items()) {
        each.accept(f);
      }
      if ((long) page * PAGE >= p.total()) {
        return;
      }
    }
  }

  private static void csv(EventStore store, EventQuery filters, OutputStream out) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    row(emptyEvent()).keySet().forEach(schema::addColumn);
    try (SequenceWriter rows =
        new CsvMapper()
            .writer(schema.build())
            .writeValues(new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8))) {
      forEach(
          store,
          filters,
          f -> {
            List<String> values = new ArrayList<>();
            for (Object v : row(f).values()) {
              values.add(v == null ? "" : v.toString());
            }
            rows.write(values.toArray(new String[0]));
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
    }
  }

  private static void geojson(EventStore store, EventQuery filters, OutputStream out) {
    try (JsonGenerator json =
        Json.mapper().getFactory().createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      forEach(
          store,
          filters,
          f -> {
            if (f.location() == null) {
              return;
            }
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeStringField("id", f.fusedId());
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(f.location().lon());
            json.writeNumber(f.location().lat());
            json.writeEndArray();
            json.writeEndObject();
            json.writeFieldName("properties");
            json.writeObject(row(f));
            json.writeEndObject();
          });
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON: " + e.getMessage(), e);
    }
  }

  private static FusedEvent emptyEvent() {
    return new FusedEvent(
        "", null, null, List.of(), 0, List.of(), null, null, null, null, null, null, null, null,
        List.of());
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
