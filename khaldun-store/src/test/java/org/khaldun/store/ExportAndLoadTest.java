package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.ingest.InputProblem;
import org.khaldun.output.EventRecord;
import org.khaldun.output.Json;

class ExportAndLoadTest {
  @TempDir Path dir;

  private static EventQuery assaults() {
    return EventQuery.parse(Map.of("type", List.of("ASSAULT")));
  }

  @Test
  void exportsCsvWithTheColumnsOfTheCodeCommand() {
    try (EventStore store = EventStore.openInMemory()) {
      store.write(Fixtures.mixed());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.export(assaults(), ExportFormat.CSV, out);
      List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(0)).startsWith("event_id,article_id,sentence_id,sentence_index,");
      assertThat(lines.get(0).split(",")).containsExactlyElementsOf(Columns.names());
      assertThat(lines).hasSize(3);
      assertThat(lines.get(1)).startsWith("a1-e0,a1,");
    }
  }

  @Test
  void csvExportIsWhatTheCodeCommandWrites() {
    try (EventStore store = EventStore.openInMemory()) {
      store.write(Fixtures.mixed());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.export(EventQuery.all(), ExportFormat.CSV, out);
      java.io.StringWriter expected = new java.io.StringWriter();
      try (org.khaldun.output.EventWriter writer =
          org.khaldun.output.EventWriter.create(org.khaldun.output.OutputFormat.CSV, expected)) {
        store.events(EventQuery.all()).items().forEach(writer::write);
      }
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
  }

  @Test
  void exportsGeoJsonPointsOfLocatedEvents() throws Exception {
    try (EventStore store = EventStore.openInMemory()) {
      store.write(Fixtures.mixed());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.export(EventQuery.all(), ExportFormat.GEOJSON, out);
      JsonNode json = Json.mapper().readTree(out.toByteArray());
      assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
      // the REQUEST event has no place
      assertThat(json.get("features")).hasSize(4);
      JsonNode first = json.get("features").get(0);
      assertThat(first.get("geometry").get("type").asText()).isEqualTo("Point");
      assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(44.0249);
      assertThat(first.get("properties").get("event_type").asText()).isEqualTo("ACCUSE");
    }
  }

  @Test
  void parquetExportLoadsBackIntoAnotherStore() throws Exception {
    Path parquet = dir.resolve("events.parquet");
    List<EventRecord> original;
    try (EventStore store = EventStore.openInMemory()) {
      store.write(Fixtures.mixed());
      store.export(EventQuery.all(), ExportFormat.PARQUET, parquet);
      original = store.events(EventQuery.all()).items();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM read_parquet(?)")) {
      s.setString(1, parquet.toString());
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(5);
      }
    }
    try (EventStore other = EventStore.openInMemory()) {
      List<InputProblem> problems = new ArrayList<>();
      WriteResult loaded = other.load(parquet, problems::add);
      assertThat(problems).isEmpty();
      assertThat(loaded).isEqualTo(new WriteResult(3, 0, 5));
      assertThat(other.events(EventQuery.all()).items()).isEqualTo(original);
      assertThat(other.load(parquet, problems::add).unchanged()).isEqualTo(3);
    }
  }

  @Test
  void loadsJsonLinesOfEventRecordsAndReportsBadLines() throws Exception {
    List<String> lines = new ArrayList<>();
    for (StoredArticle article : Fixtures.mixed()) {
      for (EventRecord event : article.events()) {
        lines.add(Json.mapper().writeValueAsString(event));
      }
    }
    lines.add(2, "{not json");
    lines.add("{\"event_id\": \"x\", \"extra\": 1}");
    Path file = dir.resolve("events.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    try (EventStore store = EventStore.openInMemory()) {
      List<InputProblem> problems = new ArrayList<>();
      WriteResult loaded = store.load(file, problems::add);
      assertThat(loaded.events()).isEqualTo(5);
      assertThat(problems).extracting(InputProblem::line).containsExactly(3, 7);
      ArticleDetail a2 = store.findArticle("a2").orElseThrow();
      assertThat(a2.title()).isEqualTo("Title a2");
      assertThat(a2.text()).isNull();
      assertThat(a2.eventCount()).isEqualTo(2);
    }
  }
}
