package org.khaldun.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.khaldun.output.EventRecord;
import org.khaldun.output.Json;

/**
 * The flat event columns: {@link EventRecord} with nested records flattened into {@code
 * parent_child} names, the same names and order as the CSV output, so that every tool reading one
 * reads the other. Derived from the record classes, as the CSV writer's header is, so a field added
 * to {@link EventRecord} becomes a column here too. Strings stay strings, offsets are ints,
 * coordinates and confidence doubles, {@code negated} a boolean; any other type is written as its
 * JSON text.
 */
final class EventColumns {
  /** Partition column: the event date, else the publication date, else {@code unknown}. */
  static final String DATE_PARTITION = "date_partition";

  static final String UNKNOWN_DATE = "unknown";

  private static final List<StructField> FIELDS = fields(EventRecord.class, "");

  private EventColumns() {}

  /** The flat columns, in CSV order, without the partition column. */
  static List<StructField> fields() {
    return FIELDS;
  }

  /** The values of one record, in {@link #fields()} order. */
  static Object[] values(EventRecord record) {
    Map<String, JsonNode> flat = new HashMap<>();
    flatten(Json.mapper().valueToTree(record), "", flat);
    Object[] values = new Object[FIELDS.size()];
    for (int i = 0; i < values.length; i++) {
      StructField field = FIELDS.get(i);
      values[i] = value(flat.get(field.name()), field.dataType());
    }
    return values;
  }

  /** The partition a record is written under. */
  static String datePartition(EventRecord record) {
    if (record.date() != null && !record.date().isBlank()) {
      return record.date();
    }
    if (record.article() != null
        && record.article().published() != null
        && !record.article().published().isBlank()) {
      return record.article().published();
    }
    return UNKNOWN_DATE;
  }

  private static Object value(JsonNode node, DataType type) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (type == DataTypes.IntegerType) {
      return node.intValue();
    }
    if (type == DataTypes.LongType) {
      return node.longValue();
    }
    if (type == DataTypes.DoubleType) {
      return node.doubleValue();
    }
    if (type == DataTypes.BooleanType) {
      return node.booleanValue();
    }
    return node.isTextual() ? node.textValue() : node.toString();
  }

  private static void flatten(JsonNode node, String prefix, Map<String, JsonNode> flat) {
    node.properties()
        .forEach(
            field -> {
              String name = prefix + field.getKey();
              if (field.getValue().isObject()) {
                flatten(field.getValue(), name + "_", flat);
              } else {
                flat.put(name, field.getValue());
              }
            });
  }

  private static List<StructField> fields(Class<?> type, String prefix) {
    List<StructField> fields = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String name =
          prefix
              + PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName());
      Class<?> javaType = component.getType();
      if (javaType.isRecord()) {
        fields.addAll(fields(javaType, name + "_"));
      } else {
        fields.add(DataTypes.createStructField(name, sparkType(javaType), true));
      }
    }
    return List.copyOf(fields);
  }

  private static DataType sparkType(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return DataTypes.IntegerType;
    }
    if (type == long.class || type == Long.class) {
      return DataTypes.LongType;
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return DataTypes.DoubleType;
    }
    if (type == boolean.class || type == Boolean.class) {
      return DataTypes.BooleanType;
    }
    return DataTypes.StringType;
  }
}
