package org.khaldun.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The group-by queries behind {@link EventStore#aggregate}. */
final class Aggregates {
  /** Most buckets returned for the groupings ordered by count (places, types, actors). */
  static final int MAX_BUCKETS = 1000;

  private Aggregates() {}

  static List<Bucket> run(Connection c, Aggregation by, Filter filter) throws SQLException {
    String where = filter.where.isEmpty() ? " WHERE " : filter.where + " AND ";
    List<Object> values = new ArrayList<>(filter.values);
    String sql =
        switch (by) {
          case DAY ->
              "SELECT strftime(date, '%Y-%m-%d') AS k, strftime(date, '%Y-%m-%d'), count(*),"
                  + " NULL, NULL FROM events"
                  + where
                  + "date IS NOT NULL GROUP BY k ORDER BY k";
          case WEEK ->
              "SELECT strftime(date_trunc('week', date), '%Y-%m-%d') AS k,"
                  + " strftime(min(date_trunc('week', date)), '%G-W%V'), count(*), NULL, NULL"
                  + " FROM events"
                  + where
                  + "date IS NOT NULL GROUP BY k ORDER BY k";
          case ADMIN1 ->
              "SELECT location_admin1_code AS k, coalesce(max(location_admin1), k), count(*) AS n,"
                  + " avg(location_lat), avg(location_lon) FROM events"
                  + where
                  + "location_admin1_code IS NOT NULL GROUP BY k ORDER BY n DESC, k LIMIT "
                  + MAX_BUCKETS;
          case COUNTRY ->
              "SELECT location_country AS k, k, count(*) AS n,"
                  + " avg(location_lat), avg(location_lon) FROM events"
                  + where
                  + "location_country IS NOT NULL GROUP BY k ORDER BY n DESC, k LIMIT "
                  + MAX_BUCKETS;
          case TYPE ->
              "SELECT event_type AS k, k, count(*) AS n, NULL, NULL FROM events"
                  + filter.where
                  + " GROUP BY k ORDER BY n DESC, k LIMIT "
                  + MAX_BUCKETS;
          case ACTOR -> {
            // an event counts once for its source and once for its target
            values.addAll(filter.values);
            yield "SELECT k, max(name), count(*) AS n, NULL, NULL FROM ("
                + "SELECT coalesce(source_id, source_name) AS k, source_name AS name FROM events"
                + filter.where
                + " UNION ALL SELECT coalesce(target_id, target_name), target_name FROM events"
                + filter.where
                + ") WHERE k IS NOT NULL GROUP BY k ORDER BY n DESC, k LIMIT "
                + MAX_BUCKETS;
          }
        };
    List<Bucket> buckets = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      EventStore.bind(s, values);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          buckets.add(
              new Bucket(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getLong(3),
                  doubleOrNull(rows, 4),
                  doubleOrNull(rows, 5)));
        }
      }
    }
    return buckets;
  }

  /**
   * Fused events by day or week of their fused date (stored as ISO text), or by type. A fused event
   * counts when any of its reports passes the filters.
   */
  static List<Bucket> runFused(Connection c, Aggregation by, Filter filter) throws SQLException {
    String day = "TRY_CAST(substr(date, 1, 10) AS DATE)";
    String reportsPass =
        filter.where.isEmpty()
            ? ""
            : "fused_id IN (SELECT fused_id FROM fused_reports WHERE event_id IN"
                + " (SELECT event_id FROM events"
                + filter.where
                + "))";
    String where =
        " WHERE " + day + " IS NOT NULL" + (reportsPass.isEmpty() ? "" : " AND " + reportsPass);
    String sql =
        switch (by) {
          case DAY ->
              "SELECT strftime("
                  + day
                  + ", '%Y-%m-%d') AS k, k, count(*), NULL, NULL FROM fused_events"
                  + where
                  + " GROUP BY k ORDER BY k";
          case WEEK ->
              "SELECT strftime(date_trunc('week', "
                  + day
                  + "), '%Y-%m-%d') AS k, strftime(min(date_trunc('week', "
                  + day
                  + ")), '%G-W%V'), count(*), NULL, NULL FROM fused_events"
                  + where
                  + " GROUP BY k ORDER BY k";
          case TYPE ->
              "SELECT event_type AS k, k, count(*) AS n, NULL, NULL FROM fused_events"
                  + (reportsPass.isEmpty() ? "" : " WHERE " + reportsPass)
                  + " GROUP BY k ORDER BY n DESC, k LIMIT "
                  + MAX_BUCKETS;
          default ->
              throw new InvalidParameterException(
                  "by", "fused events are counted by day, week or type, not by " + by.name());
        };
    List<Bucket> buckets = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      EventStore.bind(s, filter.values);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          buckets.add(
              new Bucket(rows.getString(1), rows.getString(2), rows.getLong(3), null, null));
        }
      }
    }
    return buckets;
  }

  private static Double doubleOrNull(ResultSet rows, int column) throws SQLException {
    double value = rows.getDouble(column);
    return rows.wasNull() ? null : value;
  }
}
