package org.khaldun.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.khaldun.ingest.InputProblem;
import org.khaldun.output.EventRecord;
import org.khaldun.output.Json;

/**
 * Loads event files written elsewhere (the interchange format): JSON Lines of event records, or
 * Parquet with the flat CSV columns. Consecutive events with the same {@code article_id} make one
 * article; Parquet rows are sorted by article first, JSON Lines are taken in file order, as {@code
 * khaldun code} writes them.
 */
final class EventFiles {
  static final int BATCH = 50;

  private static final ObjectReader RECORDS =
      Json.mapper()
          .readerFor(EventRecord.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private EventFiles() {}

  static WriteResult load(EventStore store, Path file, Consumer<InputProblem> problems) {
    String origin = file.toString();
    if (!Files.isRegularFile(file)) {
      problems.accept(new InputProblem(origin, 0, "no such file"));
      return WriteResult.NONE;
    }
    Batcher batcher = new Batcher(store, origin, problems);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".parquet")) {
      parquet(store, file, batcher, problems);
    } else {
      jsonLines(file, batcher, problems);
    }
    return batcher.finish();
  }

  private static void jsonLines(Path file, Batcher batcher, Consumer<InputProblem> problems) {
    String origin = file.toString();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          EventRecord event = RECORDS.readValue(line);
          if (event.eventId() == null || event.articleId() == null || event.eventType() == null) {
            problems.accept(
                new InputProblem(
                    origin,
                    number,
                    "not an event record (no event_id, article_id" + " or event_type)"));
            continue;
          }
          batcher.add(event);
        } catch (JsonProcessingException e) {
          problems.accept(
              new InputProblem(origin, number, "invalid JSON: " + e.getOriginalMessage()));
        }
      }
    } catch (CharacterCodingException e) {
      problems.accept(new InputProblem(origin, 0, "not UTF-8 text"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + origin + ": " + e.getMessage(), e);
    }
  }

  private static void parquet(
      EventStore store, Path file, Batcher batcher, Consumer<InputProblem> problems) {
    String origin = file.toString();
    try {
      store.read(
          c -> {
            readParquet(c, file, batcher, problems);
            return null;
          });
    } catch (StoreException e) {
      problems.accept(new InputProblem(origin, 0, "cannot read as Parquet: " + e.getMessage()));
    }
  }

  private static void readParquet(
      Connection c, Path file, Batcher batcher, Consumer<InputProblem> problems)
      throws SQLException {
    String origin = file.toString();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT * FROM read_parquet(?) ORDER BY article_id, sentence_index, event_id")) {
      s.setString(1, file.toAbsolutePath().toString());
      try (ResultSet rows = s.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        Map<String, Integer> present = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          present.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), i);
        }
        List<Columns.Column> columns = Columns.event();
        int[] from = new int[columns.size()];
        for (int i = 0; i < from.length; i++) {
          from[i] = present.getOrDefault(columns.get(i).name(), 0);
        }
        long row = 0;
        while (rows.next()) {
          row++;
          Object[] values = new Object[from.length];
          for (int i = 0; i < from.length; i++) {
            values[i] = from[i] == 0 ? null : rows.getObject(from[i]);
          }
          try {
            EventRecord event = Columns.unflatten(values);
            if (event.eventId() == null || event.eventType() == null) {
              problems.accept(
                  new InputProblem(origin, 0, "row " + row + ": no event_id or event_type"));
              continue;
            }
            batcher.add(event);
          } catch (IllegalArgumentException e) {
            problems.accept(new InputProblem(origin, 0, "row " + row + ": " + e.getMessage()));
          }
        }
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("article_id")) {
        problems.accept(
            new InputProblem(origin, 0, "not an event file: it has no article_id column"));
        return;
      }
      throw e;
    }
  }

  /** Groups consecutive events into articles and writes them fifty articles at a time. */
  private static final class Batcher {
    private final EventStore store;
    private final String origin;
    private final Consumer<InputProblem> problems;
    private final List<StoredArticle> batch = new ArrayList<>();
    private final List<EventRecord> current = new ArrayList<>();
    private WriteResult result = WriteResult.NONE;

    Batcher(EventStore store, String origin, Consumer<InputProblem> problems) {
      this.store = store;
      this.origin = origin;
      this.problems = problems;
    }

    void add(EventRecord event) {
      if (!current.isEmpty() && !current.get(0).articleId().equals(event.articleId())) {
        closeArticle();
      }
      current.add(event);
    }

    private void closeArticle() {
      try {
        batch.add(StoredArticle.fromEvents(current));
      } catch (IllegalArgumentException e) {
        problems.accept(
            new InputProblem(
                origin,
                0,
                "article " + current.get(0).articleId() + " skipped: " + e.getMessage()));
      }
      current.clear();
      if (batch.size() >= BATCH) {
        flush();
      }
    }

    private void flush() {
      result = result.plus(store.write(batch));
      batch.clear();
    }

    WriteResult finish() {
      if (!current.isEmpty()) {
        closeArticle();
      }
      flush();
      return result;
    }
  }
}
