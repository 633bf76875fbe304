package org.khaldun.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tables, and the version check that keeps a Khaldun from reading a database another version
 * laid out differently. The events table has one column per leaf of the event record, so its column
 * list is part of the version: a database written before a field was added is refused with a
 * message, never read with columns out of place.
 */
final class Schema {
  static final int VERSION = 2;

  private Schema() {}

  static String eventColumns() {
    return Columns.event().stream()
        .map(c -> c.name() + " " + c.sqlType())
        .collect(Collectors.joining(", "));
  }

  static void createOrCheck(Connection connection, String where) throws SQLException {
    Map<String, String> meta = readMeta(connection);
    if (meta == null) {
      if (tableExists(connection, "articles") || tableExists(connection, "events")) {
        throw new StoreException(where + " holds tables but is not a Khaldun event store");
      }
      create(connection);
      return;
    }
    String version = meta.get("schema_version");
    if (!String.valueOf(VERSION).equals(version)) {
      throw new StoreException(
          where
              + " has store schema version "
              + version
              + "; this Khaldun reads version "
              + VERSION
              + ": ingest the articles again into a new database file");
    }
    if (!eventColumns().equals(meta.get("event_columns"))) {
      throw new StoreException(
          where
              + " was written by a Khaldun whose event records had other fields; ingest the"
              + " articles again into a new database file");
    }
  }

  private static Map<String, String> readMeta(Connection connection) throws SQLException {
    if (!tableExists(connection, "khaldun_meta")) {
      return null;
    }
    Map<String, String> meta = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("SELECT key, value FROM khaldun_meta")) {
      while (rows.next()) {
        meta.put(rows.getString(1), rows.getString(2));
      }
    }
    return meta;
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema = 'main' AND table_name = ?")) {
      s.setString(1, table);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  private static void create(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      // no primary keys: DuckDB checks them eagerly, which refuses a delete and re-insert of the
      // same key in one transaction; the store replaces articles whole, which keeps ids unique
      s.execute(
          "CREATE TABLE articles (article_id VARCHAR NOT NULL, title VARCHAR, url VARCHAR,"
              + " source VARCHAR, published VARCHAR, origin VARCHAR, content_hash VARCHAR NOT NULL,"
              + " text VARCHAR, event_count INTEGER NOT NULL, coded_at TIMESTAMP NOT NULL)");
      s.execute("CREATE TABLE events (" + eventColumns() + ")");
      s.execute(
          "CREATE TABLE actors (actor_key VARCHAR NOT NULL, id VARCHAR, name VARCHAR,"
              + " country VARCHAR, sector VARCHAR, cameo VARCHAR)");
      s.execute(
          "CREATE TABLE places (place_key VARCHAR NOT NULL, geonames_id BIGINT, name VARCHAR,"
              + " country VARCHAR, admin1_code VARCHAR, admin1 VARCHAR, feature_code VARCHAR,"
              + " lat DOUBLE, lon DOUBLE)");
      FusionTables.create(s);
      s.execute("CREATE TABLE khaldun_meta (key VARCHAR NOT NULL, value VARCHAR)");
    }
    try (PreparedStatement s =
        connection.prepareStatement("INSERT INTO khaldun_meta VALUES (?, ?), (?, ?)")) {
      s.setString(1, "schema_version");
      s.setString(2, String.valueOf(VERSION));
      s.setString(3, "event_columns");
      s.setString(4, eventColumns());
      s.executeUpdate();
    }
  }
}
