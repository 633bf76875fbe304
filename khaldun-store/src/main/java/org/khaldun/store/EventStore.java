package org.khaldun.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.khaldun.fuse.DuplicateLink;
import org.khaldun.fuse.FusedEvent;
import org.khaldun.fuse.FusedReport;
import org.khaldun.ingest.InputProblem;
import org.khaldun.output.EventRecord;

/**
 * Coded events in an embedded DuckDB database: articles, their events with the provenance of each
 * (sentence, trigger offsets, actors, place, rule), and the distinct actors and places seen.
 *
 * <p>Writes are idempotent and atomic per call: {@link #write} stores a batch of articles in one
 * transaction, each article with all its events, so a process killed at any moment leaves whole
 * articles or none. An article already stored with the same {@link StoredArticle#contentHash} is
 * skipped; a changed one has its old events replaced. Rows go in through DuckDB's appender.
 *
 * <p>Thread-safe: writes are serialised; reads run on their own connections and see committed data.
 * DuckDB lets one process open a file at a time; {@link #open} on a file another process holds
 * throws {@link StoreLockedException} at once.
 *
 * <p>SQL is built only from constants; every value a caller passes is a bound parameter.
 */
public final class EventStore implements AutoCloseable {
  private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in ([^\\n]*)");

  private final DuckDBConnection connection;
  private final String name;
  private final Clock clock;
  private final Object writeLock = new Object();

  // keys of the actors and places tables, loaded on the first write; guarded by writeLock
  private Set<String> actorKeys;
  private Set<String> placeKeys;
  private Set<String> pendingActors = Set.of();
  private Set<String> pendingPlaces = Set.of();
  // the fuser the fusion tables were written by, rebuilt from them on the first write; guarded by
  // writeLock, dropped when a write rolls back
  private FusionTables.State fusion;

  /** Runs between the last row of a write and its commit: tests put a crash here. */
  Runnable beforeCommit = () -> {};

  private EventStore(DuckDBConnection connection, String name, Clock clock) {
    this.connection = connection;
    this.name = name;
    this.clock = clock;
  }

  /** Opens the database file, creating it (and its tables) when it does not exist. */
  public static EventStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  static EventStore open(Path file, Clock clock) {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException("cannot create " + file + ": no directory " + parent);
    }
    try {
      return init(
          (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + absolute),
          file.toString(),
          clock);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
        Matcher holder = HOLDER.matcher(message);
        String detail = holder.find() ? "held by " + holder.group(1).trim() : message;
        throw new StoreLockedException(file, detail, e);
      }
      throw new StoreException("cannot open " + file + " as a Khaldun database: " + message, e);
    }
  }

  /** A database in memory, gone when closed (tests, one-off runs). */
  public static EventStore openInMemory() {
    try {
      return init(
          (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:"),
          "<memory>",
          Clock.systemUTC());
    } catch (SQLException e) {
      throw new StoreException("cannot start DuckDB: " + e.getMessage(), e);
    }
  }

  private static EventStore init(DuckDBConnection connection, String name, Clock clock)
      throws SQLException {
    try {
      Schema.createOrCheck(connection, name);
      return new EventStore(connection, name, clock);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  // ---- writing

  /** Whether the article is stored with this content hash (then coding it again is pointless). */
  public boolean isCurrent(String articleId, String contentHash) {
    return read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT count(*) FROM articles WHERE article_id = ? AND content_hash = ?")) {
            s.setString(1, articleId);
            s.setString(2, contentHash);
            try (ResultSet rows = s.executeQuery()) {
              rows.next();
              return rows.getLong(1) > 0;
            }
          }
        });
  }

  /**
   * Stores a batch in one transaction: new articles are added, changed ones replace their old rows,
   * unchanged ones are skipped. On failure nothing of the batch is stored.
   */
  public WriteResult write(List<StoredArticle> batch) {
    if (batch.isEmpty()) {
      return WriteResult.NONE;
    }
    synchronized (writeLock) {
      try {
        connection.setAutoCommit(false);
        try {
          WriteResult result = writeInTransaction(batch);
          beforeCommit.run();
          connection.commit();
          if (actorKeys != null) {
            actorKeys.addAll(pendingActors);
            placeKeys.addAll(pendingPlaces);
          }
          return result;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          fusion = null;
          pendingActors = Set.of();
          pendingPlaces = Set.of();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException("cannot write to " + name + ": " + e.getMessage(), e);
      }
    }
  }

  private WriteResult writeInTransaction(List<StoredArticle> batch) throws SQLException {
    // the last copy of an id in a batch wins, as it would in two batches
    Map<String, StoredArticle> byId = new HashMap<>();
    for (StoredArticle article : batch) {
      byId.put(article.id(), article);
    }
    List<String> ids = new ArrayList<>(byId.keySet());
    Collections.sort(ids);
    // this first statement opens the transaction, which the appenders below then join
    Map<String, String> stored = storedHashes(ids);
    List<StoredArticle> changed = new ArrayList<>();
    for (String id : ids) {
      StoredArticle article = byId.get(id);
      if (!article.contentHash().equals(stored.get(id))) {
        changed.add(article);
      }
    }
    int unchanged = batch.size() - changed.size();
    if (changed.isEmpty()) {
      return new WriteResult(0, unchanged, 0);
    }
    List<String> changedIds = changed.stream().map(StoredArticle::id).toList();
    List<String> replaced = changedIds.stream().filter(stored::containsKey).toList();
    if (!replaced.isEmpty()) {
      String old = marks(replaced.size());
      update("DELETE FROM events WHERE article_id IN (" + old + ")", replaced);
      update("DELETE FROM articles WHERE article_id IN (" + old + ")", replaced);
    }
    int events = 0;
    LocalDateTime now = LocalDateTime.now(clock);
    try (DuckDBAppender rows = connection.createAppender("main", "events")) {
      for (StoredArticle article : changed) {
        for (EventRecord event : article.events()) {
          rows.beginRow();
          for (Object value : Columns.flatten(event)) {
            append(rows, value);
          }
          rows.endRow();
          events++;
        }
      }
    }
    try (DuckDBAppender rows = connection.createAppender("main", "articles")) {
      for (StoredArticle a : changed) {
        rows.beginRow();
        for (Object value :
            new Object[] {
              a.id(),
              a.title(),
              a.url(),
              a.source(),
              a.published(),
              a.origin(),
              a.contentHash(),
              a.text(),
              a.events().size(),
              now
            }) {
          append(rows, value);
        }
        rows.endRow();
      }
    }
    addActorsAndPlaces(changed);
    fuse(changed, replaced);
    return new WriteResult(changed.size(), unchanged, events);
  }

  /**
   * Fuses the batch's articles into the fusion tables, in the same transaction. A replaced article
   * cannot be taken out of a fused event, so a batch that replaces one fuses everything again.
   */
  private void fuse(List<StoredArticle> changed, List<String> replaced) throws SQLException {
    List<FusionTables.Input> inputs = new ArrayList<>(changed.size());
    for (StoredArticle a : changed) {
      inputs.add(new FusionTables.Input(a.id(), a.source(), a.text(), a.events()));
    }
    if (replaced.isEmpty()) {
      if (fusion == null) {
        fusion = FusionTables.rebuild(connection);
      }
      FusionTables.apply(connection, fusion, inputs);
      return;
    }
    fusion = FusionTables.refuse(connection, new HashSet<>(replaced), inputs);
  }

  private Map<String, String> storedHashes(List<String> ids) throws SQLException {
    Map<String, String> hashes = new HashMap<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT article_id, content_hash FROM articles WHERE article_id IN ("
                + marks(ids.size())
                + ")")) {
      bind(s, new ArrayList<>(ids));
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          hashes.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return hashes;
  }

  /**
   * Adds the actors and places of the batch not seen before. Their keys are read once and then kept
   * here, so a batch costs no scan of the events table.
   */
  private void addActorsAndPlaces(List<StoredArticle> articles) throws SQLException {
    if (actorKeys == null) {
      actorKeys = keys("SELECT actor_key FROM actors");
      placeKeys = keys("SELECT place_key FROM places");
    }
    List<Object[]> actors = new ArrayList<>();
    List<Object[]> places = new ArrayList<>();
    Set<String> newActors = new HashSet<>();
    Set<String> newPlaces = new HashSet<>();
    for (StoredArticle article : articles) {
      for (EventRecord event : article.events()) {
        for (EventRecord.ActorRef a :
            new EventRecord.ActorRef[] {event.source(), event.target(), event.reportedBy()}) {
          String key = a == null ? null : a.id() != null ? a.id() : a.name();
          if (key != null && !actorKeys.contains(key) && newActors.add(key)) {
            actors.add(new Object[] {key, a.id(), a.name(), a.country(), a.sector(), a.cameo()});
          }
        }
        EventRecord.LocationRef p = event.location();
        if (p != null) {
          String key =
              p.geonamesId() != null
                  ? p.geonamesId().toString()
                  : p.name() + "@" + p.lat() + "," + p.lon();
          if (!placeKeys.contains(key) && newPlaces.add(key)) {
            places.add(
                new Object[] {
                  key,
                  p.geonamesId(),
                  p.name(),
                  p.country(),
                  p.admin1Code(),
                  p.admin1(),
                  p.featureCode(),
                  p.lat(),
                  p.lon()
                });
          }
        }
      }
    }
    appendRows("actors", actors);
    appendRows("places", places);
    // counted as known only once committed: a rolled-back batch must add them again
    pendingActors = newActors;
    pendingPlaces = newPlaces;
  }

  private Set<String> keys(String sql) throws SQLException {
    Set<String> keys = new HashSet<>();
    try (PreparedStatement s = connection.prepareStatement(sql);
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
    }
    return keys;
  }

  private void appendRows(String table, List<Object[]> rows) throws SQLException {
    appendRows(connection, table, rows);
  }

  static void appendRows(DuckDBConnection connection, String table, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (DuckDBAppender appender = connection.createAppender("main", table)) {
      for (Object[] row : rows) {
        appender.beginRow();
        for (Object value : row) {
          append(appender, value);
        }
        appender.endRow();
      }
    }
  }

  private void update(String sql, List<String> values) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      bind(s, new ArrayList<>(values));
      s.executeUpdate();
    }
  }

  private static void append(DuckDBAppender rows, Object value) throws SQLException {
    if (value == null) {
      rows.appendNull();
    } else if (value instanceof String v) {
      rows.append(v);
    } else if (value instanceof Integer v) {
      rows.append(v.intValue());
    } else if (value instanceof Long v) {
      rows.append(v.longValue());
    } else if (value instanceof Double v) {
      rows.append(v.doubleValue());
    } else if (value instanceof Boolean v) {
      rows.append(v.booleanValue());
    } else if (value instanceof java.time.LocalDate v) {
      rows.append(v);
    } else if (value instanceof LocalDateTime v) {
      rows.append(v);
    } else {
      throw new IllegalStateException("no column type for " + value.getClass().getName());
    }
  }

  /**
   * Loads an event file written elsewhere: JSON Lines of event records (the output of {@code
   * khaldun code}) or Parquet with the flat columns of the CSV output. Events are grouped into
   * articles by {@code article_id}; each article is stored as {@link StoredArticle#fromEvents}.
   * Unreadable records are reported to {@code problems} and skipped.
   */
  public WriteResult load(Path file, Consumer<InputProblem> problems) {
    return EventFiles.load(this, file, problems);
  }

  // ---- reading

  /** Events matching the query, newest first (then by event id), one page. */
  public Page<EventRecord> events(EventQuery query) {
    Filter filter = Filter.of(query);
    PageRequest page = query.page();
    return read(
        c -> {
          long total = count(c, "SELECT count(*) FROM events" + filter.where, filter.values);
          List<Object> values = new ArrayList<>(filter.values);
          values.add(page.pageSize());
          values.add(page.offset());
          List<EventRecord> events =
              events(
                  c,
                  "SELECT "
                      + columnList()
                      + " FROM events"
                      + filter.where
                      + " ORDER BY date DESC NULLS LAST, event_id LIMIT ? OFFSET ?",
                  values);
          return new Page<>(total, page.page(), page.pageSize(), events);
        });
  }

  /** One event by id. */
  public Optional<EventRecord> findEvent(String eventId) {
    return read(
        c ->
            events(
                    c,
                    "SELECT " + columnList() + " FROM events WHERE event_id = ? LIMIT 1",
                    List.of(eventId))
                .stream()
                .findFirst());
  }

  /** The events of one article, in text order. */
  public List<EventRecord> eventsOf(String articleId) {
    return read(
        c ->
            events(
                c,
                "SELECT "
                    + columnList()
                    + " FROM events WHERE article_id = ? ORDER BY sentence_index,"
                    + " trigger_begin, event_id",
                List.of(articleId)));
  }

  /**
   * Fused events with at least one report matching the query, newest first (then by id), one page,
   * each with all its reports.
   */
  public Page<FusedEvent> fused(EventQuery query) {
    Filter filter = Filter.of(query);
    PageRequest page = query.page();
    String where =
        filter.where.isEmpty()
            ? ""
            : " WHERE fused_id IN (SELECT fused_id FROM fused_reports WHERE event_id IN"
                + " (SELECT event_id FROM events"
                + filter.where
                + "))";
    return read(
        c -> {
          long total = count(c, "SELECT count(*) FROM fused_events" + where, filter.values);
          List<Object> values = new ArrayList<>(filter.values);
          values.add(page.pageSize());
          values.add(page.offset());
          List<String> ids = new ArrayList<>();
          List<String> summaries = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT fused_id, summary FROM fused_events"
                      + where
                      + " ORDER BY date DESC NULLS LAST, fused_id LIMIT ? OFFSET ?")) {
            bind(s, values);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                ids.add(rows.getString(1));
                summaries.add(rows.getString(2));
              }
            }
          }
          Map<String, List<FusedReport>> reports = reports(c, ids);
          List<FusedEvent> items = new ArrayList<>(ids.size());
          for (int i = 0; i < ids.size(); i++) {
            items.add(
                FusionTables.read(summaries.get(i), reports.getOrDefault(ids.get(i), List.of())));
          }
          return new Page<>(total, page.page(), page.pageSize(), items);
        });
  }

  /** One fused event with all its reports. */
  public Optional<FusedEvent> findFused(String fusedId) {
    return read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT summary FROM fused_events WHERE fused_id = ?")) {
            s.setString(1, fusedId);
            try (ResultSet rows = s.executeQuery()) {
              if (!rows.next()) {
                return Optional.empty();
              }
              String summary = rows.getString(1);
              List<FusedReport> reports =
                  reports(c, List.of(fusedId)).getOrDefault(fusedId, List.of());
              return Optional.of(FusionTables.read(summary, reports));
            }
          }
        });
  }

  /** For each of these events that is stored, the fused event it belongs to. */
  public Map<String, String> fusedIdsOf(List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return Map.of();
    }
    return read(
        c -> {
          Map<String, String> out = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT event_id, fused_id FROM fused_reports WHERE event_id IN ("
                      + marks(eventIds.size())
                      + ")")) {
            bind(s, eventIds);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                out.put(rows.getString(1), rows.getString(2));
              }
            }
          }
          return out;
        });
  }

  /** Near-duplicate links, in the order the articles were stored. */
  public List<DuplicateLink> duplicates() {
    return read(
        c -> {
          List<DuplicateLink> out = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT article_id, duplicate_of, similarity FROM fused_articles"
                          + " WHERE duplicate_of IS NOT NULL ORDER BY seq");
              ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              out.add(new DuplicateLink(rows.getString(1), rows.getString(2), rows.getDouble(3)));
            }
          }
          return out;
        });
  }

  private static Map<String, List<FusedReport>> reports(Connection c, List<String> fusedIds)
      throws SQLException {
    Map<String, List<FusedReport>> out = new HashMap<>();
    if (fusedIds.isEmpty()) {
      return out;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT r.fused_id, r.source_key, r.duplicate_of, r.reason, "
                + columnList("e.")
                + " FROM fused_reports r JOIN events e ON e.event_id = r.event_id"
                + " WHERE r.fused_id IN ("
                + marks(fusedIds.size())
                + ") ORDER BY r.seq")) {
      bind(s, fusedIds);
      try (ResultSet rows = s.executeQuery()) {
        int n = Columns.event().size();
        while (rows.next()) {
          Object[] values = new Object[n];
          for (int i = 0; i < n; i++) {
            values[i] = rows.getObject(i + 5);
          }
          out.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
              .add(
                  new FusedReport(
                      Columns.unflatten(values),
                      rows.getString(2),
                      rows.getString(3),
                      rows.getString(4)));
        }
      }
    }
    return out;
  }

  /** Stored articles, newest publication first, one page. */
  public Page<ArticleSummary> articles(PageRequest page) {
    return read(
        c -> {
          long total = count(c, "SELECT count(*) FROM articles", List.of());
          List<ArticleSummary> items = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT article_id, title, url, source, published, origin, event_count"
                      + " FROM articles ORDER BY published DESC NULLS LAST, article_id"
                      + " LIMIT ? OFFSET ?")) {
            bind(s, List.of(page.pageSize(), page.offset()));
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                items.add(
                    new ArticleSummary(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getInt(7)));
              }
            }
          }
          return new Page<>(total, page.page(), page.pageSize(), items);
        });
  }

  /** One article with its text. */
  public Optional<ArticleDetail> findArticle(String articleId) {
    return read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT article_id, title, url, source, published, origin, event_count, text"
                      + " FROM articles WHERE article_id = ?")) {
            s.setString(1, articleId);
            try (ResultSet rows = s.executeQuery()) {
              if (!rows.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new ArticleDetail(
                      rows.getString(1),
                      rows.getString(2),
                      rows.getString(3),
                      rows.getString(4),
                      rows.getString(5),
                      rows.getString(6),
                      rows.getInt(7),
                      rows.getString(8)));
            }
          }
        });
  }

  /** Counts of the events matching the filters (the query's page is ignored), grouped. */
  public List<Bucket> aggregate(Aggregation by, EventQuery filters) {
    return read(c -> Aggregates.run(c, by, Filter.of(filters)));
  }

  /**
   * Counts of the fused events with a report matching the filters, by the fused event's date: the
   * timeline of the fused view, where one event reported two hundred times counts once.
   *
   * @throws InvalidParameterException for groupings other than day and week
   */
  public List<Bucket> aggregateFused(Aggregation by, EventQuery filters) {
    return read(c -> Aggregates.runFused(c, by, Filter.of(filters)));
  }

  /** Number of articles and of events stored. */
  public Counts counts() {
    return read(
        c ->
            new Counts(
                count(c, "SELECT count(*) FROM articles", List.of()),
                count(c, "SELECT count(*) FROM events", List.of())));
  }

  /**
   * Number of articles and events stored.
   *
   * @param articles articles stored
   * @param events events stored
   */
  public record Counts(long articles, long events) {}

  /**
   * Writes every event matching the filters (the query's page is ignored) to {@code out}, in date
   * order, newest first. The stream is not closed.
   */
  public void export(EventQuery filters, ExportFormat format, OutputStream out) {
    read(
        c -> {
          Exports.write(c, Filter.of(filters), format, out);
          return null;
        });
  }

  /** Writes every event matching the filters to a file. */
  public void export(EventQuery filters, ExportFormat format, Path file) {
    if (format == ExportFormat.PARQUET) {
      read(
          c -> {
            Exports.parquet(c, Filter.of(filters), file);
            return null;
          });
      return;
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      export(filters, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes every fused event with a report matching the filters to {@code out}, newest first: CSV
   * (one row per fused event, its reports by event id) or GeoJSON. The stream is not closed;
   * Parquet is written to a file only.
   */
  public void exportFused(EventQuery filters, ExportFormat format, OutputStream out) {
    FusedExports.write(this, filters, format, out);
  }

  /** Writes every matching fused event to a file (see the stream version). */
  public void exportFused(EventQuery filters, ExportFormat format, Path file) {
    if (format == ExportFormat.PARQUET) {
      FusedExports.parquet(this, filters, file);
      return;
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      exportFused(filters, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  // ---- machinery

  static String columnList() {
    return String.join(", ", Columns.names());
  }

  /** The event columns, each with a table alias in front ({@code e.}). */
  static String columnList(String prefix) {
    return prefix + String.join(", " + prefix, Columns.names());
  }

  @FunctionalInterface
  interface Read<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** Runs a read on a connection of its own, so reads never wait for each other. */
  <T> T read(Read<T> work) {
    try (Connection c = connection.duplicate()) {
      return work.apply(c);
    } catch (SQLException e) {
      throw new StoreException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  static long count(Connection c, String sql, List<Object> values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  static List<EventRecord> events(Connection c, String sql, List<Object> values)
      throws SQLException {
    List<EventRecord> events = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      try (ResultSet rows = s.executeQuery()) {
        int n = Columns.event().size();
        while (rows.next()) {
          Object[] values2 = new Object[n];
          for (int i = 0; i < n; i++) {
            values2[i] = rows.getObject(i + 1);
          }
          events.add(Columns.unflatten(values2));
        }
      }
    }
    return events;
  }

  static void bind(PreparedStatement s, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      s.setObject(i + 1, values.get(i));
    }
  }

  static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close " + name + ": " + e.getMessage(), e);
      }
    }
  }
}
