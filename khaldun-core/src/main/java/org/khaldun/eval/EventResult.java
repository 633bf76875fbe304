package org.khaldun.eval;

import java.util.List;
import org.khaldun.output.EventRecord;

/**
 * What became of one gold sentence of an event set, for reading the coder's errors one by one.
 *
 * @param id the gold record's id
 * @param text the gold sentence
 * @param goldType the gold PLOVER 2.0 type, or null (CAMEO sets)
 * @param goldCameoRoots the gold CAMEO roots (CAMEO sets), else empty
 * @param goldSources the gold source actors as {@code code/sector} (either may be null)
 * @param goldTargets the gold target actors, the same way
 * @param predicted the event the scorer chose (the most confident), or null when none was coded
 * @param events every coded event of the sentence as {@code TYPE/cameo@rule}, in text order
 */
public record EventResult(
    String id,
    String text,
    String goldType,
    List<String> goldCameoRoots,
    List<String> goldSources,
    List<String> goldTargets,
    EventRecord predicted,
    List<String> events) {

  public EventResult {
    goldCameoRoots = List.copyOf(goldCameoRoots);
    goldSources = List.copyOf(goldSources);
    goldTargets = List.copyOf(goldTargets);
    events = List.copyOf(events);
  }

  static EventResult of(EventGold gold, EventRecord predicted, List<EventRecord> events) {
    return new EventResult(
        gold.id(),
        gold.text(),
        gold.type(),
        gold.cameoRoots(),
        actors(gold.sources()),
        actors(gold.targets()),
        predicted,
        events.stream().map(e -> e.eventType() + "/" + e.cameoCode() + "@" + e.rule()).toList());
  }

  private static List<String> actors(List<EventGold.Actor> actors) {
    return actors.stream().map(a -> a.code() + "/" + a.sector()).toList();
  }
}
