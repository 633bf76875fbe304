package org.khaldun.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.output.EventRecord.LocationRef;
import org.khaldun.output.EventRecord.Span;
import org.khaldun.output.EventWriter;
import org.khaldun.output.OutputFormat;

class EventColumnsTest {
  private static final EventRecord RECORD =
      EventRecord.builder()
          .eventId("e1")
          .articleId("a1")
          .sentenceId("a1:2")
          .sentenceIndex(2)
          .eventType("ASSAULT")
          .quadClass("MATERIAL_CONFLICT")
          .cameoRoot("18")
          .cameoCode("180")
          .source(
              new ActorRef(
                  "ISIL", "Islamic State", null, "REBEL", "IMGMUSISI", "militants", 10, 19))
          .location(
              new LocationRef(
                  "Kirkuk",
                  94787L,
                  35.468,
                  44.392,
                  "IRQ",
                  "IQ.13",
                  "Kirkuk",
                  "PPLA",
                  "CITY",
                  "sentence",
                  null,
                  "Kirkuk",
                  50,
                  56))
          .date("2026-03-14")
          .datePrecision("DAY")
          .dateSource("text")
          .modality("ASSERTED")
          .sentence("Militants attacked a checkpoint near Kirkuk.")
          .trigger(new Span("attacked", 20, 28, 120, 128))
          .confidence(0.8)
          .rule("verb:attack")
          .article(new ArticleRef(null, "Title", null, "2026-03-15", "in.jsonl:1"))
          .build();

  @Test
  void hasTheCsvColumnsInTheCsvOrder() {
    StringWriter csv = new StringWriter();
    try (EventWriter writer = EventWriter.create(OutputFormat.CSV, csv)) {
      writer.write(RECORD);
    }
    String header = csv.toString().lines().findFirst().orElseThrow();

    assertThat(String.join(",", names())).isEqualTo(header);
  }

  @Test
  void typesOffsetsAsIntsCoordinatesAsDoublesAndNegationAsBoolean() {
    assertThat(type("trigger_begin")).isEqualTo(DataTypes.IntegerType);
    assertThat(type("sentence_index")).isEqualTo(DataTypes.IntegerType);
    assertThat(type("location_lat")).isEqualTo(DataTypes.DoubleType);
    assertThat(type("confidence")).isEqualTo(DataTypes.DoubleType);
    assertThat(type("negated")).isEqualTo(DataTypes.BooleanType);
    assertThat(type("location_geonames_id")).isEqualTo(DataTypes.LongType);
    assertThat(type("source_name")).isEqualTo(DataTypes.StringType);
  }

  @Test
  void flattensARecordWithAbsentActorsAsNulls() {
    Object[] values = EventColumns.values(RECORD);
    List<String> names = names();

    assertThat(values[names.indexOf("source_name")]).isEqualTo("Islamic State");
    assertThat(values[names.indexOf("target_name")]).isNull();
    assertThat(values[names.indexOf("target_begin")]).isNull();
    assertThat(values[names.indexOf("location_lat")]).isEqualTo(35.468);
    assertThat(values[names.indexOf("location_geonames_id")]).isEqualTo(94787L);
    assertThat(values[names.indexOf("trigger_input_begin")]).isEqualTo(120);
    assertThat(values[names.indexOf("negated")]).isEqualTo(false);
  }

  @Test
  void partitionsByEventDateElsePublicationDateElseUnknown() {
    assertThat(EventColumns.datePartition(RECORD)).isEqualTo("2026-03-14");
    assertThat(EventColumns.datePartition(withDate(null, "2026-03-15"))).isEqualTo("2026-03-15");
    assertThat(EventColumns.datePartition(withDate(null, null))).isEqualTo("unknown");
  }

  private static EventRecord withDate(String date, String published) {
    EventRecord r = RECORD;
    return EventRecord.builder()
        .eventId(r.eventId())
        .articleId(r.articleId())
        .sentenceId(r.sentenceId())
        .sentenceIndex(r.sentenceIndex())
        .eventType(r.eventType())
        .mode(r.mode())
        .quadClass(r.quadClass())
        .cameoRoot(r.cameoRoot())
        .cameoCode(r.cameoCode())
        .source(r.source())
        .target(r.target())
        .location(r.location())
        .date(date)
        .datePrecision(r.datePrecision())
        .dateSource(r.dateSource())
        .negated(r.negated())
        .modality(r.modality())
        .reportedBy(r.reportedBy())
        .sentence(r.sentence())
        .trigger(r.trigger())
        .confidence(r.confidence())
        .rule(r.rule())
        .article(new ArticleRef(null, "Title", null, published, "in.jsonl:1"))
        .build();
  }

  private static List<String> names() {
    return EventColumns.fields().stream().map(StructField::name).toList();
  }

  private static Object type(String name) {
    return EventColumns.fields().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow()
        .dataType();
  }
}
