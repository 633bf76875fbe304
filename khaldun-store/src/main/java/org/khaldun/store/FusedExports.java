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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.khaldun.fuse.FusedEvent;
import org.khaldun.fuse.FusedReport;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.LocationRef;
import org.khaldun.output.Json;

/**
 * Fused events as CSV (one row each, reports listed by event id) or GeoJSON (one point per fused
 * event with a place). The per-report export stays {@link Exports}.
 */
final class FusedExports {
  private static final int PAGE = PageRequest.MAX_PAGE_SIZE;

  private FusedExports() {}

  static void write(EventStore store, EventQuery filters, ExportFormat format, OutputStream out) {
    switch (format) {
      case CSV -> csv(store, filters, out);
      case GEOJSON -> geojson(store, filters, out);
      case PARQUET ->
          throw new InvalidParameterException(
              "format", "fused events are exported as csv or geojson, not parquet");
    }
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
    row.put(
        "report_event_ids",
        f.reports().stream().map(r -> r.event().eventId()).collect(Collectors.joining(" ")));
    row.put(
        "report_article_ids",
        f.reports().stream()
            .map(FusedReport::event)
            .map(e -> e.articleId())
            .distinct()
            .collect(Collectors.joining(" ")));
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
