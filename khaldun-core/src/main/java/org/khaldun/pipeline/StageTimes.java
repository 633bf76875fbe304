package org.khaldun.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Wall time spent in each stage, summed over all threads; read by the benchmark. */
public final class StageTimes {
  /** The stages the pipeline times. */
  public enum Stage {
    NLP,
    ACTORS,
    EVENTS,
    PLACES,
    DATES_AND_OUTPUT
  }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  StageTimes() {
    for (Stage stage : Stage.values()) {
      nanos.put(stage, new LongAdder());
    }
  }

  void add(Stage stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  /** Nanoseconds spent in {@code stage} so far. */
  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }
}
