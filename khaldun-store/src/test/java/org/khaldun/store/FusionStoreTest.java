package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.fuse.FusedEvent;
import org.khaldun.output.EventRecord;

class FusionStoreTest {
  private static final String WIRE =
      "Police fired tear gas at hundreds of protesters who gathered outside the provincial council"
          + " in Basra on Wednesday to demand jobs and electricity, witnesses said, and several"
          + " people were hurt as the crowd was pushed back towards the river front by officers.";

  /** An article with one assault in Basra on 2024-05-01, from this outlet. */
  private static StoredArticle report(String id, String outlet, String text, String version) {
    EventRecord e =
        Fixtures.event(
            id,
            0,
            "ASSAULT",
            "MATERIAL_CONFLICT",
            "2024-05-01",
            Fixtures.POLICE,
            null,
            Fixtures.basra(),
            "Police fired at protesters in Basra");
    return new StoredArticle(
        id,
        "Title " + id,
        null,
        outlet,
        "2024-05-02",
        "fixture",
        text,
        "h-" + id + version,
        List.of(e));
  }

  private static EventQuery all() {
    return EventQuery.all();
  }

  @Test
  void fusesReportsOfOneEventFromSeveralOutletsAtIngest() {
    try (EventStore store = EventStore.openInMemory()) {
      store.write(
          List.of(
              report("a1", "Basra Post", "First outlet's own words " + WIRE.substring(0, 40), "1"),
              report("a2", "Gulf Daily", "Second outlet's story, other words entirely", "1")));
      Page<FusedEvent> page = store.fused(all());
      assertThat(page.total()).isEqualTo(1);
      FusedEvent fused = page.items().get(0);
      assertThat(fused.fusedId()).isEqualTo("fu-a1-e0");
      assertThat(fused.reportCount()).isEqualTo(2);
      assertThat(fused.independentSources()).isEqualTo(2);
      assertThat(fused.reports().get(1).reason()).contains("same type ASSAULT");
      assertThat(store.findFused("fu-a1-e0")).contains(fused);
    }
  }

  @Test
  void keepsFusingIntoExistingEventsAfterReopening(@TempDir Path dir) {
    Path file = dir.resolve("f.duckdb");
    try (EventStore store = EventStore.open(file)) {
      store.write(List.of(report("a1", "Basra Post", "One text", "1")));
    }
    try (EventStore store = EventStore.open(file)) {
      store.write(List.of(report("a2", "Gulf Daily", "Another text", "1")));
      assertThat(store.fused(all()).items())
          .singleElement()
          .satisfies(f -> assertThat(f.reportCount()).isEqualTo(2));
      assertThat(store.fusedIdsOf(List.of("a1-e0", "a2-e0")))
          .isEqualTo(Map.of("a1-e0", "fu-a1-e0", "a2-e0", "fu-a1-e0"));
    }
  }

  @Test
  void linksANearDuplicateArticleAndCountsItsSourceOnce() {
    try (EventStore store = EventStore.openInMemory()) {
      store.write(List.of(report("a1", "Wire", WIRE, "1")));
      store.write(List.of(report("a2", "Reprint", WIRE + " Updated.", "1")));
      assertThat(store.duplicates())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.articleId()).isEqualTo("a2");
                assertThat(d.originalId()).isEqualTo("a1");
              });
      FusedEvent fused = store.fused(all()).items().get(0);
      assertThat(fused.reportCount()).isEqualTo(2);
      assertThat(fused.independentSources()).isEqualTo(1);
      assertThat(fused.reports().get(1).duplicateOf()).isEqualTo("a1");
    }
  }

  @Test
  void fusesAgainWithTheSameIdsWhenAnArticleIsReplaced() {
    try (EventStore store = EventStore.openInMemory()) {
      store.write(List.of(report("a1", "Basra Post", "One text", "1")));
      store.write(List.of(report("a2", "Gulf Daily", "Another text", "1")));
      store.write(List.of(report("a1", "Basra Post", "One text, corrected", "2")));
      Page<FusedEvent> page = store.fused(all());
      assertThat(page.total()).isEqualTo(1);
      assertThat(page.items().get(0).reports())
          .extracting(r -> r.event().eventId())
          .containsExactlyInAnyOrder("a1-e0", "a2-e0");
    }
  }

  @Test
  void exportsFusedEventsAsParquetWithTheirReportIdsAsAList(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fused.parquet");
    try (EventStore store = EventStore.openInMemory()) {
      store.write(
          List.of(
              report("a1", "Basra Post", "One text", "1"),
              report("a2", "Gulf Daily", "Another text", "1")));
      store.exportFused(EventQuery.all(), ExportFormat.PARQUET, file);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT fused_id, report_count, independent_sources, report_event_ids, outlets,"
                    + " location_lat FROM read_parquet(?)")) {
      s.setString(1, file.toString());
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("fu-a1-e0");
        assertThat(rows.getInt(2)).isEqualTo(2);
        assertThat(rows.getInt(3)).isEqualTo(2);
        assertThat((Object[]) rows.getArray(4).getArray()).containsExactly("a1-e0", "a2-e0");
        assertThat((Object[]) rows.getArray(5).getArray())
            .containsExactly("Basra Post", "Gulf Daily");
        assertThat(rows.getDouble(6)).isCloseTo(Fixtures.basra().lat(), within(1e-9));
        assertThat(rows.next()).isFalse();
      }
    }
  }

  @Test
  void countsAFusedEventOnceOnTheTimeline() {
    try (EventStore store = EventStore.openInMemory()) {
      store.write(
          List.of(
              report("a1", "Basra Post", "One text", "1"),
              report("a2", "Gulf Daily", "Another text", "1")));
      assertThat(store.aggregate(Aggregation.DAY, all()))
          .singleElement()
          .satisfies(b -> assertThat(b.count()).isEqualTo(2));
      assertThat(store.aggregateFused(Aggregation.DAY, all()))
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.key()).isEqualTo("2024-05-01");
                assertThat(b.count()).isEqualTo(1);
              });
      assertThat(store.aggregateFused(Aggregation.WEEK, all())).hasSize(1);
      assertThat(store.aggregateFused(Aggregation.TYPE, all()))
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.key()).isEqualTo("ASSAULT");
                assertThat(b.count()).isEqualTo(1);
              });
    }
  }

  /**
   * Two outlets' reports of one assault every 5 days: article {@code i} is in pair {@code i / 2}.
   */
  private static StoredArticle paired(int i, String version) {
    return paired("a" + i, i, version);
  }

  private static StoredArticle paired(String id, int i, String version) {
    EventRecord e =
        Fixtures.event(
            id,
            0,
            "ASSAULT",
            "MATERIAL_CONFLICT",
            LocalDate.of(2020, 1, 1).plusDays(5L * (i / 2)).toString(),
            Fixtures.POLICE,
            null,
            Fixtures.basra(),
            "Police fired at protesters in Basra");
    return new StoredArticle(
        id,
        "Title " + id,
        null,
        "outlet" + (i % 2),
        null,
        "fixture",
        "Text " + id + version,
        "h-" + id + version,
        List.of(e));
  }

  @Test
  void rebuildsAndRefusesAStoreLargerThanOneReadChunk(@TempDir Path dir) {
    Path file = dir.resolve("chunks.duckdb");
    int n = 1005;
    List<StoredArticle> articles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      articles.add(paired(i, "1"));
    }
    try (EventStore store = EventStore.open(file)) {
      store.write(articles);
      assertThat(store.fused(all()).total()).isEqualTo(503);
    }
    try (EventStore store = EventStore.open(file)) {
      // a replaced article makes the store fuse everything again, reading it back in chunks
      store.write(List.of(paired(0, "2")));
      assertThat(store.fused(all()).total()).isEqualTo(503);
      assertThat(store.fusedIdsOf(List.of("a0-e0", "a1-e0", "a1004-e0")))
          .isEqualTo(Map.of("a0-e0", "fu-a1-e0", "a1-e0", "fu-a1-e0", "a1004-e0", "fu-a1004-e0"));
    }
    try (EventStore store = EventStore.open(file)) {
      // reopened, the fuser is rebuilt chunk by chunk and goes on fusing into the same events
      store.write(List.of(paired("late", 1003, "1")));
      assertThat(store.fusedIdsOf(List.of("late-e0"))).containsEntry("late-e0", "fu-a1002-e0");
      assertThat(store.fused(all()).total()).isEqualTo(503);
    }
  }

  @Test
  void filtersFusedEventsByTheirReports() {
    try (EventStore store = EventStore.openInMemory()) {
      store.write(Fixtures.mixed());
      long all = store.fused(all()).total();
      long protests = store.fused(EventQuery.parse(Map.of("type", List.of("PROTEST")))).total();
      assertThat(all).isGreaterThan(protests);
    }
  }

  @Test
  void forgetsTheFusionOfABatchThatFailed() {
    try (EventStore store = EventStore.openInMemory()) {
      store.write(List.of(report("a1", "Basra Post", "One text", "1")));
      store.beforeCommit =
          () -> {
            throw new IllegalStateException("crash");
          };
      try {
        store.write(List.of(report("a2", "Gulf Daily", "Another text", "1")));
      } catch (IllegalStateException expected) {
        // the batch is rolled back
      }
      store.beforeCommit = () -> {};
      store.write(List.of(report("a3", "Third", "Third text", "1")));
      FusedEvent fused = store.fused(all()).items().get(0);
      assertThat(fused.reports())
          .extracting(r -> r.event().eventId())
          .containsExactly("a1-e0", "a3-e0");
    }
  }
}
