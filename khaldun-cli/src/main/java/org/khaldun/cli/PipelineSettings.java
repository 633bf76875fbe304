package org.khaldun.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khaldun.events.EventModelOptions;
import org.khaldun.ingest.Format;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.nlp.ParseScope;
import org.khaldun.pipeline.PipelineOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline. */
final class PipelineSettings {

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Coding threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "An extra actor dictionary file (repeatable); see the actor file format.")
  List<Path> actorFiles = new ArrayList<>();

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

  @Option(
      names = "--no-model",
      description =
          "Rules only: do not load the sentence encoder that codes sentences the lexicon"
              + " misses and breaks ties between event types.")
  boolean noModel;

  @Option(
      names = "--parse-all",
      description = "Parse every sentence, not only those holding a trigger word (slower).")
  boolean parseAll;

  @Option(
      names = "--gazetteer",
      paramLabel = "INDEX_DIR",
      description =
          "A gazetteer index built by 'khaldun gazetteer build' (default: the bundled gazetteer).")
  Path gazetteerIndex;

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
    return PipelineOptions.defaults()
        .withActorFiles(actorFiles)
        .withParseScope(parseAll ? ParseScope.ALL : ParseScope.TRIGGER_SENTENCES)
        .withGazetteerIndex(gazetteerIndex)
        .withEventModel(EventModelOptions.defaults().withEnabled(!noModel));
  }
}
