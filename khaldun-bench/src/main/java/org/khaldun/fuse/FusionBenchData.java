package org.khaldun.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.output.EventRecord.LocationRef;

/**
 * Synthetic coded articles at a constant news rate: 40 articles a day over 100 towns in 10
 * countries, each article reporting one of the day's 8 real events with 3 reports (the event, a
 * restatement, and an unrelated report), written as 200 words drawn from a 4,000-word vocabulary;
 * one article in five re-publishes an earlier one with three words changed. More articles mean more
 * days, not denser days, as with a growing news archive. Deterministic (fixed seed).
 */
final class FusionBenchData {
  static final int ARTICLES_PER_DAY = 40;
  private static final String[] TYPES = {"ASSAULT", "PROTEST", "COERCE", "ACCUSE", "CONSULT"};

  /** One synthetic article. */
  record Input(String id, String outlet, String text, List<EventRecord> events) {}

  private FusionBenchData() {}

  static List<Input> articles(int n) {
    SplittableRandom random = new SplittableRandom(42);
    String[] vocabulary = new String[4000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "w" + Integer.toString(i, 36);
    }
    List<Input> out = new ArrayList<>(n);
    LocalDate start = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < n; i++) {
      int day = i / ARTICLES_PER_DAY;
      String date = start.plusDays(day).toString();
      String id = "a" + i;
      String outlet = "outlet" + random.nextInt(30);
      String text;
      if (i > 10 && random.nextInt(5) == 0) {
        Input original = out.get(i - 1 - random.nextInt(Math.min(i, 20)));
        String[] words = original.text().split(" ");
        for (int k = 0; k < 3; k++) {
          words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
        }
        text = String.join(" ", words);
      } else {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 200; w++) {
          b.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        text = b.toString();
      }
      int event = random.nextInt(8);
      int town = (day * 8 + event) % 100;
      String type = TYPES[event % TYPES.length];
      List<EventRecord> events = new ArrayList<>();
      events.add(record(id, 0, type, town, date, 10 + random.nextInt(5)));
      events.add(record(id, 1, type, town, date, null));
      events.add(
          record(id, 2, TYPES[random.nextInt(TYPES.length)], random.nextInt(100), date, null));
      out.add(new Input(id, outlet, text, events));
    }
    return out;
  }

  private static EventRecord record(
      String articleId, int sentence, String type, int town, String date, Integer dead) {
    String country = "C" + (town % 10);
    LocationRef place =
        new LocationRef(
            "town" + town,
            (long) town,
            (town % 10) * 5.0 + (town / 10) * 0.5,
            (town % 10) * 5.0,
            country,
            country + ".01",
            null,
            "PPL",
            "POINT",
            "sentence",
            "",
            "town" + town,
            0,
            0);
    return EventRecord.builder()
        .eventId(articleId + "-" + sentence)
        .articleId(articleId)
        .sentenceIndex(sentence)
        .eventType(type)
        .quadClass("MATERIAL_CONFLICT")
        .location(place)
        .date(date)
        .datePrecision("DAY")
        .dateSource("text")
        .dead(dead)
        .article(new ArticleRef(null, null, null, date, null))
        .build();
  }
}
