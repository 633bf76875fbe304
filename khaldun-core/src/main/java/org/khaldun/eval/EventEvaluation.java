package org.khaldun.eval;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.ingest.Ingestor;
import org.khaldun.output.EventRecord;
import org.khaldun.pipeline.Pipeline;

/**
 * Scores Khaldun's event coding on gold sentences: PLOVER sets ({@code {id, text, date, event,
 * source[{code, sector}], target[...]}}) with {@link #run}, CAMEO sets ({@code {id, text, date,
 * events[{cameo}]}}) with {@link #runCameo}.
 *
 * <p>Each sentence is coded as an untitled article dated with the record's date. A sentence gets
 * one predicted event: the most confident one, the earliest in the text on a tie. Gold sentences
 * carry one event each, and the most confident event is the one a user of the output would trust
 * first; the first event in text order is often a reporting frame rather than the event itself.
 */
public final class EventEvaluation {

  /** Codes an article; events in text order. */
  interface EventFinder {
    List<EventRecord> code(Article article);
  }

  private final EventFinder finder;
  private final Ingestor ingestor = Ingestor.create(IngestOptions.defaults());

  EventEvaluation(EventFinder finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  /** Evaluates the given pipeline. */
  public static EventEvaluation create(Pipeline pipeline) {
    Objects.requireNonNull(pipeline, "pipeline");
    return new EventEvaluation(article -> pipeline.code(article).events());
  }

  public EventReport run(List<Path> files, EvalOptions options) {
    return run(files, options, done -> {});
  }

  /**
   * Evaluates the first {@code options.limit()} sentences of PLOVER-coded {@code files}.
   *
   * @throws IllegalArgumentException when a gold line is malformed or has no PLOVER 2.0 type
   */
  public EventReport run(List<Path> files, EvalOptions options, IntConsumer progress) {
    return run(files, options, progress, result -> {});
  }

  /**
   * As {@link #run(List, EvalOptions, IntConsumer)}, handing each sentence's outcome to {@code
   * details}, in file order.
   */
  public EventReport run(
      List<Path> files, EvalOptions options, IntConsumer progress, Consumer<EventResult> details) {
    List<EventGold> gold = JsonLines.read(files, options.limit(), EventGold::parse);
    List<List<EventRecord>> coded = Parallel.map(gold, options.threads(), this::code, progress);
    Set<String> contexts = new HashSet<>();
    gold.forEach(g -> contexts.addAll(g.contexts()));
    EventScorer scorer = new EventScorer(contexts);
    for (int i = 0; i < gold.size(); i++) {
      EventRecord best = chosen(coded.get(i));
      scorer.add(gold.get(i), best);
      scorer.addEnrichment(gold.get(i), best, coded.get(i));
      details.accept(EventResult.of(gold.get(i), best, coded.get(i)));
    }
    return scorer.report(names(files));
  }

  /** Evaluates the first {@code options.limit()} sentences of CAMEO-coded {@code files}. */
  public CameoReport runCameo(List<Path> files, EvalOptions options, IntConsumer progress) {
    return runCameo(files, options, progress, result -> {});
  }

  /**
   * As {@link #runCameo(List, EvalOptions, IntConsumer)}, handing each sentence's outcome to {@code
   * details}, in file order.
   */
  public CameoReport runCameo(
      List<Path> files, EvalOptions options, IntConsumer progress, Consumer<EventResult> details) {
    List<EventGold> gold = JsonLines.read(files, options.limit(), EventGold::parse);
    List<List<EventRecord>> coded = Parallel.map(gold, options.threads(), this::code, progress);
    int withGold = 0;
    int top = 0;
    int any = 0;
    int withoutGold = 0;
    int bothNone = 0;
    for (int i = 0; i < gold.size(); i++) {
      List<String> roots = gold.get(i).cameoRoots();
      List<EventRecord> events = coded.get(i);
      details.accept(EventResult.of(gold.get(i), chosen(events), events));
      if (roots.isEmpty()) {
        withoutGold++;
        bothNone += events.isEmpty() ? 1 : 0;
        continue;
      }
      withGold++;
      EventRecord best = chosen(events);
      top += best != null && roots.contains(best.cameoRoot()) ? 1 : 0;
      any += events.stream().anyMatch(e -> roots.contains(e.cameoRoot())) ? 1 : 0;
    }
    return new CameoReport(
        names(files),
        gold.size(),
        withGold,
        Ratio.of(top, withGold),
        Ratio.of(any, withGold),
        withoutGold,
        Ratio.of(bothNone, withoutGold));
  }

  /** A gold record with no text (PETR-2's set has one) is scored, as a sentence with no event. */
  private List<EventRecord> code(EventGold gold) {
    if (gold.text().isBlank()) {
      return List.of();
    }
    return finder.code(ingestor.fromText(gold.id(), null, gold.date(), gold.text()));
  }

  /** The most confident event, the earliest on a tie; null when there is none. */
  static EventRecord chosen(List<EventRecord> events) {
    EventRecord best = null;
    for (EventRecord e : events) {
      if (best == null || e.confidence() > best.confidence()) {
        best = e;
      }
    }
    return best;
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(Path::toString).toList();
  }
}
