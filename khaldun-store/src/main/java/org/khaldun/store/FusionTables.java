package org.khaldun.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.khaldun.fuse.DuplicateLink;
import org.khaldun.fuse.FusedEvent;
import org.khaldun.fuse.FusedReport;
import org.khaldun.fuse.Fuser;
import org.khaldun.fuse.FusionOptions;
import org.khaldun.fuse.FusionUpdate;
import org.khaldun.output.EventRecord;
import org.khaldun.output.Json;

/**
 * The fusion tables and the in-memory {@link Fuser} that keeps them up to date.
 *
 * <ul>
 *   <li>{@code fused_articles}: every article in the order it was fused ({@code seq}), with its
 *       near-duplicate link when it has one;
 *   <li>{@code fused_reports}: every event in the order it was fused, the fused event it joined,
 *       its independent-source key, and why it joined; written once, never updated;
 *   <li>{@code fused_events}: one row per fused event, replaced whenever a report joins it; the
 *       fused values are a JSON summary (the fused event without its reports) beside a few columns
 *       for sorting.
 * </ul>
 *
 * <p>The fuser is rebuilt by replaying {@code fused_articles} and {@code fused_reports} in their
 * order, which gives the same fused events and ids the tables hold, so a store opened later keeps
 * fusing new articles into existing fused events.
 */
final class FusionTables {
  private static final FusionOptions OPTIONS = FusionOptions.defaults();

  private FusionTables() {}

  static void create(Statement s) throws SQLException {
    s.execute(
        "CREATE TABLE fused_articles (seq BIGINT NOT NULL, article_id VARCHAR NOT NULL,"
            + " duplicate_of VARCHAR, similarity DOUBLE)");
    s.execute(
        "CREATE TABLE fused_reports (seq BIGINT NOT NULL, event_id VARCHAR NOT NULL,"
            + " article_id VARCHAR NOT NULL, fused_id VARCHAR NOT NULL, source_key VARCHAR,"
            + " duplicate_of VARCHAR, reason VARCHAR)");
    s.execute(
        "CREATE TABLE fused_events (fused_id VARCHAR NOT NULL, event_type VARCHAR,"
            + " date VARCHAR, report_count INTEGER NOT NULL, independent_sources INTEGER NOT NULL,"
            + " summary VARCHAR NOT NULL)");
  }

  /** An article to fuse. */
  record Input(String articleId, String outlet, String text, List<EventRecord> events) {}

  /** A fuser and the sequence numbers its next rows take. */
  static final class State {
    final Fuser fuser = Fuser.create(OPTIONS);
    long articleSeq;
    long eventSeq;
  }

  /** Articles read back per query: bounds the texts and event records in memory at a time. */
  private static final int CHUNK = 1000;

  /** What takes the stored articles, one chunk at a time. */
  interface Chunk {
    void accept(List<Input> inputs) throws SQLException;
  }

  /**
   * The stored articles in the order they were fused, each with its events in the order they were
   * fused, handed over {@link #CHUNK} articles at a time so that a store of millions of events is
   * never in memory whole; articles in {@code skip} are left out. The order comes from the tables
   * named (the fusion tables, or copies of them).
   */
  static void stored(
      Connection c, String articlesTable, String reportsTable, Collection<String> skip, Chunk each)
      throws SQLException {
    long end =
        EventStore.count(c, "SELECT coalesce(max(seq) + 1, 0) FROM " + articlesTable, List.of());
    for (long from = 0; from < end; from += CHUNK) {
      List<Object> range = List.of(from, from + CHUNK);
      Map<String, List<EventRecord>> events = new HashMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT "
                  + EventStore.columnList("e.")
                  + " FROM "
                  + reportsTable
                  + " r JOIN "
                  + articlesTable
                  + " f ON f.article_id = r.article_id"
                  + " JOIN events e ON e.event_id = r.event_id"
                  + " WHERE f.seq >= ? AND f.seq < ? ORDER BY r.seq")) {
        EventStore.bind(s, range);
        try (ResultSet rows = s.executeQuery()) {
          int n = Columns.event().size();
          while (rows.next()) {
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
              values[i] = rows.getObject(i + 1);
            }
            EventRecord event = Columns.unflatten(values);
            events.computeIfAbsent(event.articleId(), k -> new ArrayList<>()).add(event);
          }
        }
      }
      List<Input> inputs = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT f.article_id, a.source, a.text FROM "
                  + articlesTable
                  + " f JOIN articles a ON a.article_id = f.article_id"
                  + " WHERE f.seq >= ? AND f.seq < ? ORDER BY f.seq")) {
        EventStore.bind(s, range);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            String id = rows.getString(1);
            if (!skip.contains(id)) {
              inputs.add(
                  new Input(
                      id,
                      rows.getString(2),
                      rows.getString(3),
                      events.getOrDefault(id, List.of())));
            }
          }
        }
      }
      each.accept(inputs);
    }
  }

  /** A fuser in the state the tables describe. */
  static State rebuild(Connection c) throws SQLException {
    State state = new State();
    stored(
        c,
        "fused_articles",
        "fused_reports",
        List.of(),
        inputs -> {
          for (Input in : inputs) {
            state.fuser.add(in.articleId(), in.outlet(), text(in), in.events());
            state.articleSeq++;
            state.eventSeq += in.events().size();
          }
        });
    return state;
  }

  /**
   * Fuses the whole store again, without {@code replaced}'s old versions, then {@code inputs}: the
   * order is copied aside (two small tables of ids) before the tables are emptied and refilled
   * chunk by chunk.
   */
  static State refuse(DuckDBConnection c, Collection<String> replaced, List<Input> inputs)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE fused_articles_before AS SELECT * FROM fused_articles");
      s.execute("CREATE OR REPLACE TEMP TABLE fused_reports_before AS SELECT * FROM fused_reports");
    }
    clear(c);
    State state = new State();
    stored(
        c,
        "fused_articles_before",
        "fused_reports_before",
        replaced,
        chunk -> apply(c, state, chunk));
    apply(c, state, inputs);
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE fused_articles_before");
      s.execute("DROP TABLE fused_reports_before");
    }
    return state;
  }

  /** Empties the fusion tables, before they are written again from scratch. */
  static void clear(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM fused_articles");
      s.execute("DELETE FROM fused_reports");
      s.execute("DELETE FROM fused_events");
    }
  }

  /**
   * Fuses the inputs and writes their rows: the new articles' and reports' rows are added and the
   * fused events they created or joined replaced.
   */
  static void apply(DuckDBConnection c, State state, List<Input> inputs) throws SQLException {
    Map<String, FusedEvent> touched = new LinkedHashMap<>();
    List<Object[]> articleRows = new ArrayList<>();
    List<Object[]> reportRows = new ArrayList<>();
    for (Input in : inputs) {
      FusionUpdate update = state.fuser.add(in.articleId(), in.outlet(), text(in), in.events());
      DuplicateLink link = update.duplicate();
      articleRows.add(
          new Object[] {
            state.articleSeq++,
            in.articleId(),
            link == null ? null : link.originalId(),
            link == null ? null : link.similarity()
          });
      Map<String, FusedReport> reports = new HashMap<>();
      for (FusedEvent f : update.changed()) {
        touched.put(f.fusedId(), f);
        for (FusedReport r : f.reports()) {
          reports.put(r.event().eventId(), r);
        }
      }
      for (FusionUpdate.Assignment a : update.assignments()) {
        FusedReport r = reports.get(a.eventId());
        reportRows.add(
            new Object[] {
              state.eventSeq++,
              a.eventId(),
              in.articleId(),
              a.fusedId(),
              r.sourceKey(),
              r.duplicateOf(),
              r.reason()
            });
      }
    }
    if (!touched.isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "DELETE FROM fused_events WHERE fused_id IN ("
                  + EventStore.marks(touched.size())
                  + ")")) {
        EventStore.bind(s, new ArrayList<>(touched.keySet()));
        s.executeUpdate();
      }
    }
    List<Object[]> fusedRows = new ArrayList<>();
    for (FusedEvent f : touched.values()) {
      fusedRows.add(
          new Object[] {
            f.fusedId(),
            f.eventType(),
            f.date(),
            f.reportCount(),
            f.independentSources(),
            summary(f)
          });
    }
    EventStore.appendRows(c, "fused_articles", articleRows);
    EventStore.appendRows(c, "fused_reports", reportRows);
    EventStore.appendRows(c, "fused_events", fusedRows);
  }

  private static String text(Input in) {
    return in.text() == null ? "" : in.text();
  }

  /** The fused event without its reports, as JSON: they are read back from fused_reports. */
  private static String summary(FusedEvent f) {
    FusedEvent bare =
        new FusedEvent(
            f.fusedId(),
            f.eventType(),
            f.quadClass(),
            List.of(),
            f.independentSources(),
            f.outlets(),
            f.dead(),
            f.injured(),
            f.arrested(),
            f.size(),
            f.location(),
            f.date(),
            f.source(),
            f.target(),
            f.choices());
    try {
      return Json.mapper().writeValueAsString(bare);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write fused event " + f.fusedId() + " as JSON", e);
    }
  }

  /** A fused event read back: its summary, with its reports attached. */
  static FusedEvent read(String summary, List<FusedReport> reports) {
    try {
      FusedEvent bare = Json.mapper().readValue(summary, FusedEvent.class);
      return new FusedEvent(
          bare.fusedId(),
          bare.eventType(),
          bare.quadClass(),
          reports,
          bare.independentSources(),
          bare.outlets(),
          bare.dead(),
          bare.injured(),
          bare.arrested(),
          bare.size(),
          bare.location(),
          bare.date(),
          bare.source(),
          bare.target(),
          bare.choices());
    } catch (JsonProcessingException e) {
      throw new StoreException("a fused event summary is not readable JSON: " + e.getMessage(), e);
    }
  }
}
