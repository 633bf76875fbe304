package org.khaldun.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes records as CSV: nested records are flattened into {@code parent_child} columns. The column
 * list is derived once from the record classes, so an absent actor or place still has its (empty)
 * columns and every row has the same shape.
 */
final class CsvEventWriter implements EventWriter {
  private static final List<String> COLUMNS = columns(EventRecord.class, "");

  private final Writer out;
  private final SequenceWriter rows;

  CsvEventWriter(Writer out) {
    this.out = out;
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    try {
      this.rows = new CsvMapper().writer(schema.build()).writeValues(out);
    } catch (IOException e) {
      throw EventWriter.outputFailed(e);
    }
  }

  /** The CSV header, in order. */
  static List<String> columns() {
    return COLUMNS;
  }

  @Override
  public void write(EventRecord record) {
    Map<String, Object> row = new LinkedHashMap<>();
    flatten(Json.mapper().valueToTree(record), "", row);
    try {
      rows.write(row);
    } catch (IOException e) {
      throw EventWriter.outputFailed(e);
    }
  }

  private static void flatten(JsonNode node, String prefix, Map<String, Object> row) {
    node.fields()
        .forEachRemaining(
            field -> {
              String name = prefix + field.getKey();
              JsonNode value = field.getValue();
              if (value.isObject()) {
                flatten(value, name + "_", row);
              } else if (!value.isNull()) {
                row.put(name, value.isTextual() ? value.textValue() : value.toString());
              }
            });
  }

  private static List<String> columns(Class<?> type, String prefix) {
    List<String> names = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String name =
          prefix
              + PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName());
      if (component.getType().isRecord()) {
        names.addAll(columns(component.getType(), name + "_"));
      } else {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  @Override
  public void flush() {
    try {
      rows.flush();
    } catch (IOException e) {
      throw EventWriter.outputFailed(e);
    }
  }

  @Override
  public void close() {
    try {
      rows.close();
      out.close();
    } catch (IOException e) {
      throw EventWriter.outputFailed(e);
    }
  }
}
