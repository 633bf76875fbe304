package org.khaldun.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.output.EventRecord.Span;

class EventWriterTest {

  private static EventRecord record(String sentence, ActorRef target) {
    return EventRecord.builder()
        .eventId("e1")
        .articleId("a1")
        .sentenceId("a1:2")
        .sentenceIndex(2)
        .eventType("ASSAULT")
        .mode("firearms")
        .quadClass("MATERIAL_CONFLICT")
        .cameoRoot("18")
        .cameoCode("190")
        .goldstein(-10.0)
        .acledEventType("Battles")
        .acledSubEventType("Armed clash")
        .contexts(List.of("military", "terrorism"))
        .contextCues(List.of("military:army", "terrorism:sector INS"))
        .dead(12)
        .figuresEvidence(List.of("killed 12"))
        .source(new ActorRef("ISIS", "Islamic State", null, "REB", "IMGMUSISI", "Daesh", 10, 15))
        .target(target)
        .date("2024-03-03")
        .datePrecision("DAY")
        .dateSource("publication")
        .modality("ASSERTED")
        .sentence(sentence)
        .trigger(new Span("attacked", 16, 24, 116, 124))
        .confidence(0.8)
        .rule("ASSAULT:attack/nsubj-obj")
        .article(
            new ArticleRef("https://example.org/a", "Title", "Example", "2024-03-03", "a.html"))
        .build();
  }

  @Test
  void writesOneJsonObjectPerLineWithSnakeCaseNamesAndNulls() throws Exception {
    StringWriter out = new StringWriter();
    try (EventWriter writer = EventWriter.create(OutputFormat.JSONL, out)) {
      writer.write(record("Daesh attacked a checkpoint.", null));
      writer.write(record("Second \"quoted\"\nline.", null));
    }
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertThat(first.get("event_type").asText()).isEqualTo("ASSAULT");
    assertThat(first.get("source").get("cameo").asText()).isEqualTo("IMGMUSISI");
    assertThat(first.get("trigger").get("input_begin").asInt()).isEqualTo(116);
    assertThat(first.has("target")).isTrue();
    assertThat(first.get("target").isNull()).isTrue();
    assertThat(first.get("goldstein").asDouble()).isEqualTo(-10.0);
    assertThat(first.get("acled_sub_event_type").asText()).isEqualTo("Armed clash");
    assertThat(first.get("contexts")).hasSize(2);
    assertThat(first.get("dead").asInt()).isEqualTo(12);
    assertThat(first.get("injured").isNull()).isTrue();
    assertThat(Json.mapper().readTree(lines.get(1)).get("sentence").asText())
        .isEqualTo("Second \"quoted\"\nline.");
  }

  @Test
  void writesCsvWithFlattenedColumnsAndTheSameShapeForEveryRow() throws Exception {
    StringWriter out = new StringWriter();
    ActorRef target = new ActorRef("USA.MIL", "US military", "USA", "MIL", "USAMIL", "US", 1, 3);
    try (EventWriter writer = EventWriter.create(OutputFormat.CSV, out)) {
      writer.write(record("Daesh attacked, \"again\".", null));
      writer.write(record("Second.", target));
    }
    List<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .<Map<String, String>>readValues(out.toString())
            .readAll();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(CsvEventWriter.columns());
    assertThat(rows.get(0)).containsEntry("source_id", "ISIS").containsEntry("target_id", "");
    assertThat(rows.get(0)).containsEntry("sentence", "Daesh attacked, \"again\".");
    assertThat(rows.get(1)).containsEntry("target_country", "USA");
    assertThat(rows.get(1)).containsEntry("trigger_input_end", "124");
    assertThat(rows.get(0)).containsEntry("dead", "12").containsEntry("injured", "");
    assertThat(rows.get(0)).containsEntry("contexts", "[\"military\",\"terrorism\"]");
  }
}
