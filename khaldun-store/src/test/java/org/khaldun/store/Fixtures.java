package org.khaldun.store;

import java.util.ArrayList;
import java.util.List;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.output.EventRecord.LocationRef;
import org.khaldun.output.EventRecord.Span;

/** Events and articles written by hand, so that store tests need no NLP. */
final class Fixtures {
  private Fixtures() {}

  static final ActorRef POLICE =
      new ActorRef("IRQ.COP", "Iraqi police", "IRQ", "COP", "IRQCOP", "Police", 0, 6);
  static final ActorRef NUJABA =
      new ActorRef(
          "IRQ.NUJ", "Harakat Hezbollah al-Nujaba", "IRQ", "MIL", "IRQMIL", "al-Nujaba", 10, 19);
  static final ActorRef US_FORCES =
      new ActorRef("USA.MIL", "US forces", "USA", "MIL", "USAMIL", "US forces", 30, 39);

  static LocationRef basra() {
    return new LocationRef(
        "Basrah",
        99532L,
        30.5085,
        47.7804,
        "IRQ",
        "IQ.02",
        "Basra",
        "PPLA",
        "POINT",
        "sentence",
        null,
        "Basra",
        38,
        43);
  }

  static LocationRef karbala() {
    return new LocationRef(
        "Karbala",
        94824L,
        32.616,
        44.0249,
        "IRQ",
        "IQ.12",
        "Karbala",
        "PPLA",
        "POINT",
        "sentence",
        null,
        "Kerbala",
        50,
        57);
  }

  static LocationRef aleppo() {
    return new LocationRef(
        "Aleppo",
        170063L,
        36.2021,
        37.1343,
        "SYR",
        "SY.09",
        "Aleppo",
        "PPLA",
        "POINT",
        "sentence",
        null,
        "Aleppo",
        20,
        26);
  }

  static EventRecord event(
      String articleId,
      int index,
      String type,
      String quad,
      String date,
      ActorRef source,
      ActorRef target,
      LocationRef place,
      String sentence) {
    return EventRecord.builder()
        .eventId(articleId + "-e" + index)
        .articleId(articleId)
        .sentenceId(articleId + ":" + index)
        .sentenceIndex(index)
        .eventType(type)
        .quadClass(quad)
        .cameoRoot("18")
        .cameoCode("180")
        .source(source)
        .target(target)
        .location(place)
        .date(date)
        .datePrecision(date == null ? null : "DAY")
        .dateSource(date == null ? null : "text")
        .modality("ASSERTED")
        .sentence(sentence)
        .trigger(new Span("fired", 7, 12, 7, 12))
        .confidence(0.7)
        .rule(type + ":test")
        .article(
            new ArticleRef(
                "https://example.org/" + articleId,
                "Title " + articleId,
                "Example News",
                "2024-05-02",
                "fixture"))
        .build();
  }

  /** An article with {@code n} assault events in Basra, dated 2024-05-01. */
  static StoredArticle article(String id, int n, String version) {
    List<EventRecord> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(
          event(
              id,
              i,
              "ASSAULT",
              "MATERIAL_CONFLICT",
              "2024-05-01",
              POLICE,
              null,
              basra(),
              "Police fired at protesters in Basra " + version));
    }
    return new StoredArticle(
        id,
        "Title " + id,
        "https://example.org/" + id,
        "Example News",
        "2024-05-02",
        "fixture",
        "Title " + id + "\n\nBody " + version,
        "hash-" + id + "-" + version,
        events);
  }

  /** Five events spread over types, places, actors and dates, in three articles. */
  static List<StoredArticle> mixed() {
    List<EventRecord> a =
        List.of(
            event(
                "a1",
                0,
                "ASSAULT",
                "MATERIAL_CONFLICT",
                "2024-05-01",
                POLICE,
                null,
                basra(),
                "Police fired tear gas at protesters in Basra"),
            event(
                "a1",
                1,
                "PROTEST",
                "MATERIAL_CONFLICT",
                "2024-05-01",
                null,
                null,
                basra(),
                "Thousands protested in Basra"));
    List<EventRecord> b =
        List.of(
            event(
                "a2",
                0,
                "ACCUSE",
                "VERBAL_CONFLICT",
                "2024-05-08",
                NUJABA,
                US_FORCES,
                karbala(),
                "Nujaba accused US forces of attacks near Kerbala"),
            event(
                "a2",
                1,
                "REQUEST",
                "VERBAL_CONFLICT",
                "2024-05-09",
                NUJABA,
                null,
                null,
                "The group called on the government to act"));
    List<EventRecord> c =
        List.of(
            event(
                "a3",
                0,
                "ASSAULT",
                "MATERIAL_CONFLICT",
                "2024-04-20",
                null,
                null,
                aleppo(),
                "Shelling hit Aleppo"));
    return List.of(stored("a1", a), stored("a2", b), stored("a3", c));
  }

  static StoredArticle stored(String id, List<EventRecord> events) {
    return new StoredArticle(
        id,
        "Title " + id,
        "https://example.org/" + id,
        "Example News",
        "2024-05-02",
        "fixture",
        "Title " + id + "\n\nBody",
        "hash-" + id,
        events);
  }
}
