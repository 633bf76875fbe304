package org.khaldun.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khaldun.events.EventType;

/**
 * The WHERE clause of an {@link EventQuery} over the events table, with its values kept apart as
 * bound parameters: no value the user gave ever becomes SQL text.
 */
final class Filter {
  final String where;
  final List<Object> values;

  private Filter(String where, List<Object> values) {
    this.where = where;
    this.values = List.copyOf(values);
  }

  static Filter of(EventQuery q) {
    List<String> clauses = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (q.from() != null) {
      clauses.add("date >= ?");
      values.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      clauses.add("date <= ?");
      values.add(Date.valueOf(q.to()));
    }
    if (!q.types().isEmpty()) {
      List<String> marks = new ArrayList<>();
      for (EventType type : q.types()) {
        marks.add("?");
        values.add(type.name());
      }
      clauses.add("event_type IN (" + String.join(", ", marks) + ")");
    }
    if (q.mode() != null) {
      clauses.add("lower(mode) = ?");
      values.add(q.mode().toLowerCase(Locale.ROOT));
    }
    if (q.quadClass() != null) {
      clauses.add("quad_class = ?");
      values.add(q.quadClass().name());
    }
    if (q.actor() != null) {
      String actor = q.actor().toLowerCase(Locale.ROOT);
      clauses.add(
          "(lower(source_id) = ? OR lower(target_id) = ?"
              + " OR contains(lower(source_name), ?) OR contains(lower(target_name), ?))");
      values.add(actor);
      values.add(actor);
      values.add(actor);
      values.add(actor);
    }
    if (q.country() != null) {
      clauses.add("location_country = ?");
      values.add(q.country());
    }
    if (q.admin1() != null) {
      clauses.add("location_admin1_code = ?");
      values.add(q.admin1());
    }
    BoundingBox box = q.bbox();
    if (box != null) {
      clauses.add("location_lat BETWEEN ? AND ?");
      values.add(box.minLat());
      values.add(box.maxLat());
      if (box.minLon() <= box.maxLon()) {
        clauses.add("location_lon BETWEEN ? AND ?");
      } else {
        clauses.add("(location_lon >= ? OR location_lon <= ?)");
      }
      values.add(box.minLon());
      values.add(box.maxLon());
    }
    if (q.text() != null) {
      clauses.add("contains(lower(sentence), ?)");
      values.add(q.text().toLowerCase(Locale.ROOT));
    }
    String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    return new Filter(where, values);
  }
}
