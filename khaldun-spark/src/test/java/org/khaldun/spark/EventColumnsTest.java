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
      new EventRecord(
          "e1",
          "a1",
          "a1:2",
          2,
          "ASSAULT",
          null,
          "MATERIAL_CONFLICT",
          "18",
          "180",
          null,
          null,
          null,
          List.of(),
          List.of(),
          null,
          null,
          null,
          null,
          List.of(),
          new ActorRef("ISIL", "Islamic State", null, "REBEL", "IMGMUSISI", "militants", 10, 19),
          null,
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
              56),
          "2026-03-14",
          "DAY",
          "text",
          false,
          "ASSERTED",
          null,
          "Militants attacked a checkpoint near Kirkuk.",
          new Span("attacked", 20, 28, 120, 128),
          0.8,
          "verb:attack",
          new ArticleRef(null, "Title", null, "2026-03-15", "in.jsonl:1"));

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
    return new EventRecord(
        r.eventId(),
        r.articleId(),
        r.sentenceId(),
        r.sentenceIndex(),
        r.eventType(),
        r.mode(),
        r.quadClass(),
        r.cameoRoot(),
        r.cameoCode(),
        null,
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        List.of(),
        r.source(),
        r.target(),
        r.location(),
        date,
        r.datePrecision(),
        r.dateSource(),
        r.negated(),
        r.modality(),
        r.reportedBy(),
        r.sentence(),
        r.trigger(),
        r.confidence(),
        r.rule(),
        new ArticleRef(null, "Title", null, published, "in.jsonl:1"));
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
