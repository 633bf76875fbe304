package org.khaldun.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khaldun.output.EventRecord;
import org.khaldun.output.Json;

/**
 * The flat columns of an {@link EventRecord}: nested records become {@code parent_child} columns,
 * exactly as {@code khaldun code --format csv} names them, so that the store, its CSV and Parquet
 * exports and the Parquet files it loads share one column list. The list is derived from the record
 * classes, so a field added to {@link EventRecord} becomes a column without code here.
 */
final class Columns {

  /** One leaf column: its name, the component path to it, and its SQL type. */
  record Column(String name, List<RecordComponent> path, String sqlType) {

    Class<?> javaType() {
      return path.get(path.size() - 1).getType();
    }
  }

  private static final List<Column> EVENT = derive(EventRecord.class, "", List.of());

  private Columns() {}

  static List<Column> event() {
    return EVENT;
  }

  static List<String> names() {
    return EVENT.stream().map(Column::name).toList();
  }

  private static List<Column> derive(Class<?> type, String prefix, List<RecordComponent> above) {
    List<Column> columns = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String name =
          prefix
              + PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName());
      List<RecordComponent> path = new ArrayList<>(above);
      path.add(component);
      if (component.getType().isRecord()) {
        columns.addAll(derive(component.getType(), name + "_", path));
      } else {
        columns.add(new Column(name, List.copyOf(path), sqlType(name, component.getType())));
      }
    }
    return List.copyOf(columns);
  }

  private static String sqlType(String name, Class<?> type) {
    // the event date is a date in the store, so that ranges and weeks are computed, not parsed
    if (name.equals("date")) {
      return "DATE";
    }
    if (type == int.class || type == Integer.class) {
      return "INTEGER";
    }
    if (type == long.class || type == Long.class) {
      return "BIGINT";
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "DOUBLE";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "BOOLEAN";
    }
    // strings, and anything else as its JSON text
    return "VARCHAR";
  }

  /** The leaf values of a record in column order; an absent nested record gives nulls. */
  static Object[] flatten(EventRecord record) {
    Object[] values = new Object[EVENT.size()];
    for (int i = 0; i < values.length; i++) {
      Object value = record;
      for (RecordComponent component : EVENT.get(i).path()) {
        value = value == null ? null : read(component, value);
      }
      values[i] = toColumnValue(EVENT.get(i), value);
    }
    return values;
  }

  private static Object toColumnValue(Column column, Object value) {
    if (value == null) {
      return null;
    }
    if (column.sqlType().equals("DATE")) {
      return LocalDate.parse(value.toString());
    }
    if (column.sqlType().equals("VARCHAR") && !(value instanceof String)) {
      try {
        return value instanceof Enum<?> e ? e.name() : Json.mapper().writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot serialise " + column.name() + ": " + e, e);
      }
    }
    return value;
  }

  private static Object read(RecordComponent component, Object owner) {
    try {
      return component.getAccessor().invoke(owner);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }

  /**
   * Rebuilds a record from column values (in {@link #event()} order). A nested record whose columns
   * are all null is absent. Values may come as other types than the store's (a Parquet file written
   * elsewhere may hold numbers as text): they are converted, and a value that cannot be is an
   * {@link IllegalArgumentException} naming the column.
   */
  static EventRecord unflatten(Object[] values) {
    return (EventRecord) EVENT_PLAN.build(values);
  }

  /**
   * How to build one record class from the flat values, worked out once: reflection on record
   * components is slow when repeated for every row of an export.
   */
  private static final class Plan {
    private final Constructor<?> constructor;
    private final Class<?>[] types;
    private final Plan[] nested;
    private final int[] column;
    private final RecordComponent[] components;
    private final boolean top;

    Plan(Class<?> type, int[] next, boolean top) {
      this.components = type.getRecordComponents();
      this.types = new Class<?>[components.length];
      this.nested = new Plan[components.length];
      this.column = new int[components.length];
      this.top = top;
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        if (types[i].isRecord()) {
          nested[i] = new Plan(types[i], next, false);
        } else {
          column[i] = next[0]++;
        }
      }
      try {
        this.constructor = type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + type, e);
      }
    }

    Object build(Object[] values) {
      Object[] args = new Object[types.length];
      boolean any = false;
      for (int i = 0; i < types.length; i++) {
        if (nested[i] != null) {
          args[i] = nested[i].build(values);
        } else {
          args[i] = convert(EVENT.get(column[i]), components[i], values[column[i]]);
        }
        any |= args[i] != null;
      }
      if (!any && !top) {
        return null;
      }
      for (int i = 0; i < types.length; i++) {
        if (args[i] == null && types[i].isPrimitive()) {
          args[i] = defaultOf(types[i]);
        }
      }
      try {
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + constructor.getName() + ": " + e, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "cannot build " + constructor.getDeclaringClass().getSimpleName() + ": " + e, e);
      }
    }
  }

  private static final Plan EVENT_PLAN = new Plan(EventRecord.class, new int[] {0}, true);

  private static Object defaultOf(Class<?> primitive) {
    if (primitive == boolean.class) {
      return false;
    }
    if (primitive == double.class) {
      return 0.0;
    }
    if (primitive == long.class) {
      return 0L;
    }
    return 0;
  }

  private static Object convert(Column column, RecordComponent component, Object value) {
    if (value == null) {
      return null;
    }
    Class<?> type = component.getType();
    if (value instanceof String && type == String.class) {
      return value;
    }
    try {
      if (type == String.class) {
        return value.toString();
      }
      if (type == int.class || type == Integer.class) {
        return value instanceof Number n ? n.intValue() : Integer.parseInt(text(value));
      }
      if (type == long.class || type == Long.class) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(text(value));
      }
      if (type == double.class || type == Double.class) {
        return value instanceof Number n ? n.doubleValue() : Double.parseDouble(text(value));
      }
      if (type == boolean.class || type == Boolean.class) {
        if (value instanceof Boolean b) {
          return b;
        }
        String text = text(value).toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
          throw new IllegalArgumentException("not a boolean: " + value);
        }
        return Boolean.parseBoolean(text);
      }
      JavaType target = Json.mapper().getTypeFactory().constructType(component.getGenericType());
      return Json.mapper().readValue(value.toString(), target);
    } catch (NumberFormatException | JsonProcessingException e) {
      throw new IllegalArgumentException(
          "column " + column.name() + ": cannot read \"" + value + "\" as " + type.getSimpleName(),
          e);
    }
  }

  private static String text(Object value) {
    return value.toString().trim();
  }
}
