package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.output.EventRecord;

class EventStoreTest {
  private EventStore store;

  @BeforeEach
  void open() {
    store = EventStore.openInMemory();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static EventQuery query(String... keyValues) {
    Map<String, List<String>> parameters = new java.util.HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      parameters.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
    }
    return EventQuery.parse(parameters);
  }

  private List<String> ids(String... keyValues) {
    return store.events(query(keyValues)).items().stream().map(EventRecord::eventId).toList();
  }

  @Test
  void storesEventsAndGivesThemBackAsTheyWere() {
    List<StoredArticle> articles = Fixtures.mixed();
    store.write(articles);
    EventRecord original = articles.get(1).events().get(0);
    assertThat(store.findEvent(original.eventId())).contains(original);
    assertThat(store.eventsOf("a2")).containsExactlyElementsOf(articles.get(1).events());
  }

  @Test
  void keepsEachActorAndPlaceOnce() {
    store.write(Fixtures.mixed());
    store.write(List.of(Fixtures.article("again", 3, "v1")));
    long actors = store.read(c -> EventStore.count(c, "SELECT count(*) FROM actors", List.of()));
    long places = store.read(c -> EventStore.count(c, "SELECT count(*) FROM places", List.of()));
    assertThat(actors).isEqualTo(3);
    assertThat(places).isEqualTo(3);
  }

  @Test
  void sameArticleTwiceYieldsItsEventsOnce() {
    assertThat(store.write(List.of(Fixtures.article("x", 3, "v1"))).written()).isEqualTo(1);
    WriteResult again = store.write(List.of(Fixtures.article("x", 3, "v1")));
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.written()).isZero();
    assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 3));
    assertThat(store.isCurrent("x", "hash-x-v1")).isTrue();
    assertThat(store.isCurrent("x", "hash-x-v2")).isFalse();
  }

  @Test
  void changedArticleReplacesItsOldEvents() {
    store.write(List.of(Fixtures.article("x", 3, "v1")));
    store.write(List.of(Fixtures.article("x", 2, "v2")));
    assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 2));
    assertThat(store.eventsOf("x")).allMatch(e -> e.sentence().endsWith("v2"));
    assertThat(store.findArticle("x").orElseThrow().text()).endsWith("v2");
  }

  @Test
  void failedBatchLeavesNothingHalfWritten() {
    store.write(List.of(Fixtures.article("kept", 2, "v1")));
    // every row of the batch is appended, then the write fails before its commit
    store.beforeCommit =
        () -> {
          throw new IllegalStateException("simulated crash");
        };
    assertThatThrownBy(
            () ->
                store.write(
                    List.of(Fixtures.article("new", 4, "v1"), Fixtures.article("kept", 5, "v2"))))
        .hasMessageContaining("simulated crash");
    store.beforeCommit = () -> {};
    assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 2));
    assertThat(store.eventsOf("kept")).allMatch(e -> e.sentence().endsWith("v1"));
    assertThat(store.findArticle("new")).isEmpty();
  }

  @Test
  void filtersByEachParameter() {
    store.write(Fixtures.mixed());
    assertThat(ids()).containsExactly("a2-e1", "a2-e0", "a1-e0", "a1-e1", "a3-e0");
    assertThat(ids("from", "2024-05-01", "to", "2024-05-08"))
        .containsExactly("a2-e0", "a1-e0", "a1-e1");
    assertThat(ids("type", "assault")).containsExactly("a1-e0", "a3-e0");
    assertThat(ids("type", "PROTEST,ACCUSE")).containsExactly("a2-e0", "a1-e1");
    assertThat(ids("type", "PROTEST", "type", "REQUEST")).containsExactly("a2-e1", "a1-e1");
    assertThat(ids("quad_class", "VERBAL_CONFLICT")).containsExactly("a2-e1", "a2-e0");
    assertThat(ids("actor", "USA.MIL")).containsExactly("a2-e0");
    assertThat(ids("actor", "nujaba")).containsExactly("a2-e1", "a2-e0");
    assertThat(ids("country", "syr")).containsExactly("a3-e0");
    assertThat(ids("admin1", "IQ.12")).containsExactly("a2-e0");
    assertThat(ids("bbox", "44,29,48,31")).containsExactly("a1-e0", "a1-e1");
    assertThat(ids("q", "TEAR GAS")).containsExactly("a1-e0");
    assertThat(ids("q", "'; DROP TABLE events; --")).isEmpty();
    assertThat(store.counts().events()).isEqualTo(5);
  }

  @Test
  void modeFilterIgnoresCase() {
    EventRecord e =
        Fixtures.event(
            "m", 0, "PROTEST", "MATERIAL_CONFLICT", "2024-05-01", null, null, null, "A sit-in");
    EventRecord withMode = e.toBuilder().mode("demo").build();
    store.write(List.of(Fixtures.stored("m", List.of(withMode))));
    assertThat(ids("mode", "DEMO")).containsExactly("m-e0");
    assertThat(store.findEvent("m-e0").orElseThrow().location()).isNull();
  }

  @Test
  void badParametersNameTheParameter() {
    assertParameter("page_size", "page_size", "501");
    assertParameter("page_size", "page_size", "0");
    assertParameter("page", "page", "x");
    assertParameter("from", "from", "2024-13-01");
    assertParameter("from", "from", "2024-05-02", "to", "2024-05-01");
    assertParameter("type", "type", "BOMB");
    assertParameter("quad_class", "quad_class", "WAR");
    assertParameter("country", "country", "Iraq");
    assertParameter("bbox", "bbox", "1,2,3");
    assertParameter("bbox", "bbox", "0,95,1,96");
    assertParameter("q", "q", "x".repeat(201));
  }

  private static void assertParameter(String parameter, String... keyValues) {
    assertThatThrownBy(() -> query(keyValues))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
  }

  @Test
  void pagesThroughResults() {
    List<StoredArticle> many = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      many.add(Fixtures.article("p" + (char) ('a' + i), 10, "v1"));
    }
    store.write(many);
    Page<EventRecord> third = store.events(query("page", "3", "page_size", "50"));
    assertThat(third.total()).isEqualTo(120);
    assertThat(third.items()).hasSize(20);
    assertThat(store.events(query("page", "4", "page_size", "50")).items()).isEmpty();
    assertThat(store.articles(new PageRequest(2, 5)).items()).hasSize(5);
    assertThat(store.articles(new PageRequest(2, 5)).total()).isEqualTo(12);
  }

  @Test
  void aggregatesByDayWeekPlaceTypeAndActor() {
    store.write(Fixtures.mixed());
    assertThat(store.aggregate(Aggregation.DAY, EventQuery.all()))
        .extracting(Bucket::key, Bucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024-04-20", 1L),
            org.assertj.core.groups.Tuple.tuple("2024-05-01", 2L),
            org.assertj.core.groups.Tuple.tuple("2024-05-08", 1L),
            org.assertj.core.groups.Tuple.tuple("2024-05-09", 1L));
    assertThat(store.aggregate(Aggregation.WEEK, EventQuery.all()))
        .extracting(Bucket::key, Bucket::label, Bucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024-04-15", "2024-W16", 1L),
            org.assertj.core.groups.Tuple.tuple("2024-04-29", "2024-W18", 2L),
            org.assertj.core.groups.Tuple.tuple("2024-05-06", "2024-W19", 2L));
    List<Bucket> admin1 = store.aggregate(Aggregation.ADMIN1, EventQuery.all());
    assertThat(admin1.get(0).key()).isEqualTo("IQ.02");
    assertThat(admin1.get(0).label()).isEqualTo("Basra");
    assertThat(admin1.get(0).count()).isEqualTo(2);
    assertThat(admin1.get(0).lat()).isEqualTo(30.5085);
    assertThat(store.aggregate(Aggregation.COUNTRY, query("type", "ASSAULT")))
        .extracting(Bucket::key)
        .containsExactly("IRQ", "SYR");
    assertThat(store.aggregate(Aggregation.TYPE, EventQuery.all()).get(0).key())
        .isEqualTo("ASSAULT");
    List<Bucket> actors = store.aggregate(Aggregation.ACTOR, EventQuery.all());
    assertThat(actors.get(0).key()).isEqualTo("IRQ.NUJ");
    assertThat(actors.get(0).label()).isEqualTo("Harakat Hezbollah al-Nujaba");
    assertThat(actors).extracting(Bucket::key).contains("USA.MIL", "IRQ.COP");
    assertThat(actors.get(0).lat()).isNull();
  }

  @Test
  void rejectsADatabaseOfAnotherSchemaVersion(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("old.duckdb");
    EventStore.open(file).close();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
        java.sql.Statement s = c.createStatement()) {
      s.execute("UPDATE khaldun_meta SET value = '0' WHERE key = 'schema_version'");
    }
    assertThatThrownBy(() -> EventStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 0");
  }

  @Test
  void keepsWhatWasCommittedAcrossReopening(@TempDir Path dir) {
    Path file = dir.resolve("k.duckdb");
    try (EventStore first = EventStore.open(file)) {
      first.write(Fixtures.mixed());
    }
    try (EventStore again = EventStore.open(file)) {
      assertThat(again.counts()).isEqualTo(new EventStore.Counts(3, 5));
      assertThat(again.write(Fixtures.mixed()).unchanged()).isEqualTo(3);
    }
  }
}
