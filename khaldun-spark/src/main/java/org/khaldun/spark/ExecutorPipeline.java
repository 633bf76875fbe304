package org.khaldun.spark;

import org.khaldun.ingest.IngestOptions;
import org.khaldun.ingest.Ingestor;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.PipelineOptions;

/**
 * One pipeline per executor JVM. Spark runs a task per core in the same JVM and ships functions,
 * not objects: a static, lazily built pipeline lets every task of the executor share the loaded
 * models (seconds to load, about 1.5 GB) instead of loading them per task or per partition. {@link
 * Pipeline#code} is thread-safe, so the tasks call it at once.
 */
final class ExecutorPipeline {
  private static final Object LOCK = new Object();
  private static volatile Pipeline pipeline;

  private ExecutorPipeline() {}

  static Pipeline get() {
    Pipeline loaded = pipeline;
    if (loaded == null) {
      synchronized (LOCK) {
        loaded = pipeline;
        if (loaded == null) {
          loaded = Pipeline.create(PipelineOptions.defaults());
          pipeline = loaded;
        }
      }
    }
    return loaded;
  }

  /** An ingestor reading JSON records as {@code khaldun code} does. Cheap: built per partition. */
  static Ingestor ingestor(boolean requireEnglish) {
    return Ingestor.create(IngestOptions.defaults().withRequireEnglish(requireEnglish));
  }
}
