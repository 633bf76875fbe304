package org.khaldun.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khaldun.events.EventType;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ActorRef;

/** Accumulates predicted-versus-gold event types and actors. Not thread-safe. */
final class EventScorer {

  static final String NONE = "NONE";

  private static final EventType[] TYPES = EventType.values();

  private final int[][] confusion = new int[TYPES.length][TYPES.length + 1];
  private final Counts[] actorCounts = {new Counts(), new Counts()};
  private int sentences;
  private int withEvent;
  private final int[][] figureCounts = new int[3][3]; // dead, injured, size: scored, found, exact
  private final Set<String> contextVocabulary;
  private int contextScored;
  private int contextRight;
  private int contextPredicted;
  private int contextGold;

  /**
   * @param contextVocabulary the contexts the gold set uses anywhere; predicted contexts outside it
   *     are not scored (a set annotated with fewer contexts than PLOVER 2.0 has cannot judge the
   *     others); null to score all
   */
  EventScorer(Set<String> contextVocabulary) {
    this.contextVocabulary = contextVocabulary == null ? null : Set.copyOf(contextVocabulary);
  }

  /**
   * Scores the figures and contexts of a sentence.
   *
   * @param predicted the chosen event, or null
   * @param events all events of the sentence, in text order
   */
  void addEnrichment(EventGold gold, EventRecord predicted, List<EventRecord> events) {
    Integer[] golds = {gold.dead(), gold.injured(), gold.size()};
    for (int k = 0; k < 3; k++) {
      if (golds[k] == null) {
        continue;
      }
      Integer value = figure(k, predicted);
      for (int i = 0; i < events.size() && value == null; i++) {
        value = figure(k, events.get(i));
      }
      figureCounts[k][0]++;
      figureCounts[k][1] += value == null ? 0 : 1;
      figureCounts[k][2] += golds[k].equals(value) ? 1 : 0;
    }
    if (!gold.contexts().isEmpty()) {
      contextScored++;
      contextGold += gold.contexts().size();
      List<String> got =
          predicted == null
              ? List.of()
              : predicted.contexts().stream()
                  .filter(c -> contextVocabulary == null || contextVocabulary.contains(c))
                  .toList();
      contextPredicted += got.size();
      for (String c : got) {
        contextRight += gold.contexts().contains(c) ? 1 : 0;
      }
    }
  }

  private static Integer figure(int kind, EventRecord e) {
    if (e == null) {
      return null;
    }
    return switch (kind) {
      case 0 -> e.dead();
      case 1 -> e.injured();
      default -> e.size() != null ? e.size() : "COERCE".equals(e.eventType()) ? e.arrested() : null;
    };
  }

  /**
   * @param predicted the chosen event, or null when none was coded
   */
  void add(EventGold gold, EventRecord predicted) {
    int row = index(gold.type());
    if (row < 0) {
      throw new IllegalArgumentException(
          "gold sentence " + gold.id() + " has no PLOVER 2.0 type: " + gold.type());
    }
    sentences++;
    int column = TYPES.length;
    if (predicted != null) {
      withEvent++;
      int p = index(predicted.eventType());
      column = p < 0 ? TYPES.length : p;
    }
    confusion[row][column]++;
    actorCounts[0].add(gold.sources(), predicted == null ? null : predicted.source());
    actorCounts[1].add(gold.targets(), predicted == null ? null : predicted.target());
  }

  private static int index(String type) {
    for (int i = 0; i < TYPES.length; i++) {
      if (TYPES[i].name().equals(type)) {
        return i;
      }
    }
    return -1;
  }

  EventReport report(List<String> files) {
    List<EventReport.TypeScore> types = new ArrayList<>();
    int correct = 0;
    double f1Sum = 0;
    for (int t = 0; t < TYPES.length; t++) {
      int gold = 0;
      int predicted = 0;
      for (int c = 0; c <= TYPES.length; c++) {
        gold += confusion[t][c];
      }
      for (int r = 0; r < TYPES.length; r++) {
        predicted += confusion[r][t];
      }
      int right = confusion[t][t];
      correct += right;
      Double f1 = Ratio.f1(right, predicted, gold);
      f1Sum += f1 == null ? 0 : f1;
      types.add(
          new EventReport.TypeScore(
              TYPES[t].name(),
              gold,
              predicted,
              right,
              Ratio.of(right, predicted),
              Ratio.of(right, gold),
              f1));
    }
    List<String> labels = new ArrayList<>();
    for (EventType type : TYPES) {
      labels.add(type.name());
    }
    labels.add(NONE);
    List<List<Integer>> matrix = new ArrayList<>();
    for (int[] row : confusion) {
      List<Integer> cells = new ArrayList<>();
      for (int cell : row) {
        cells.add(cell);
      }
      matrix.add(cells);
    }
    return new EventReport(
        files,
        sentences,
        withEvent,
        correct,
        Ratio.of(correct, sentences),
        sentences == 0 ? null : f1Sum / TYPES.length,
        types,
        labels,
        matrix,
        actorCounts[0].score(),
        actorCounts[1].score(),
        figureScores(),
        new EventReport.ContextScore(
            contextScored,
            Ratio.of(contextRight, contextPredicted),
            Ratio.of(contextRight, contextGold),
            Ratio.f1(contextRight, contextPredicted, contextGold)));
  }

  private List<EventReport.FigureScore> figureScores() {
    String[] names = {"dead", "injured", "size"};
    List<EventReport.FigureScore> out = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      int[] c = figureCounts[k];
      out.add(
          new EventReport.FigureScore(names[k], c[0], Ratio.of(c[1], c[0]), Ratio.of(c[2], c[0])));
    }
    return out;
  }

  /**
   * The code an actor is compared by: its country, else the first three letters of its CAMEO code
   * (IGO, NGO...), which is how the gold codes international actors.
   */
  static String code(ActorRef actor) {
    if (actor.country() != null) {
      return actor.country();
    }
    return actor.cameo() != null && actor.cameo().length() >= 3
        ? actor.cameo().substring(0, 3)
        : null;
  }

  private static final class Counts {
    int countryScored;
    int countryRight;
    int sectorScored;
    int sectorRight;
    int bothScored;
    int bothRight;

    void add(List<EventGold.Actor> gold, ActorRef predicted) {
      String code = predicted == null ? null : code(predicted);
      String sector = predicted == null ? null : predicted.sector();
      if (gold.stream().anyMatch(a -> a.code() != null)) {
        countryScored++;
        countryRight += code != null && gold.stream().anyMatch(a -> code.equals(a.code())) ? 1 : 0;
      }
      if (gold.stream().anyMatch(a -> a.sector() != null)) {
        sectorScored++;
        sectorRight +=
            sector != null && gold.stream().anyMatch(a -> sector.equals(a.sector())) ? 1 : 0;
      }
      if (gold.stream().anyMatch(a -> a.code() != null && a.sector() != null)) {
        bothScored++;
        bothRight +=
            code != null
                    && sector != null
                    && gold.stream()
                        .anyMatch(a -> code.equals(a.code()) && sector.equals(a.sector()))
                ? 1
                : 0;
      }
    }

    EventReport.ActorScore score() {
      return new EventReport.ActorScore(
          countryScored,
          Ratio.of(countryRight, countryScored),
          sectorScored,
          Ratio.of(sectorRight, sectorScored),
          bothScored,
          Ratio.of(bothRight, bothScored));
    }
  }
}
