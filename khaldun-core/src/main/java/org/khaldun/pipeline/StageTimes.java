package org.khaldun.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time and CPU time spent in each stage, summed over all threads; read by the benchmark. CPU
 * time is the coding thread's own (not the garbage collector's or the JIT's): on a machine shared
 * with other jobs it measures the work where wall time also measures the waiting.
 */
public final class StageTimes {
  /** The stages the pipeline times. */
  public enum Stage {
    NLP,
    ACTORS,
    EVENTS,
    PLACES,
    DATES_AND_OUTPUT
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final Map<Stage, LongAdder> cpuNanos = new EnumMap<>(Stage.class);
  private final boolean cpuMeasured;

  StageTimes() {
    for (Stage stage : Stage.values()) {
      nanos.put(stage, new LongAdder());
      cpuNanos.put(stage, new LongAdder());
    }
    cpuMeasured = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
  }

  /** The calling thread's CPU time in nanoseconds, or 0 where the JVM cannot measure it. */
  long threadCpuNanos() {
    return cpuMeasured ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  void add(Stage stage, long elapsedNanos, long elapsedCpuNanos) {
    nanos.get(stage).add(elapsedNanos);
    cpuNanos.get(stage).add(elapsedCpuNanos);
  }

  /** Nanoseconds of wall time spent in {@code stage} so far. */
  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }

  /**
   * Nanoseconds of the coding threads' CPU time spent in {@code stage} so far; 0 where the JVM
   * cannot measure thread CPU time.
   */
  public long cpuNanos(Stage stage) {
    return cpuNanos.get(stage).sum();
  }
}
