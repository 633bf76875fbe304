package org.khaldun.cli;

import org.khaldun.ingest.Format;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.pipeline.PipelineOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline. */
final class PipelineSettings {

  @Mixin ModelSettings model;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Coding threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description =
          "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, by file"
              + " extension, else by content).")
  Format inputFormat = Format.AUTO;

  @Option(
      names = "--any-language",
      description = "Code articles even when they are not detected as English.")
  boolean anyLanguage;

  int threads() {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
    }
    return threads;
  }

  IngestOptions ingestOptions() {
    IngestOptions defaults = IngestOptions.defaults();
    return new IngestOptions(
        defaults.maxFileBytes(),
        defaults.maxArticleChars(),
        defaults.minTextChars(),
        !anyLanguage,
        inputFormat);
  }

  PipelineOptions pipelineOptions() {
    return model.pipelineOptions();
  }
}
