package org.khaldun.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khaldun.events.EventModelOptions;
import org.khaldun.nlp.ParseScope;
import org.khaldun.pipeline.PipelineOptions;
import picocli.CommandLine.Option;

/** What the coding pipeline is built from: dictionaries, gazetteer, parse scope, learned model. */
final class ModelSettings {

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "An extra actor dictionary file (repeatable); see the actor file format.")
  List<Path> actorFiles = new ArrayList<>();

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

  PipelineOptions pipelineOptions() {
    return PipelineOptions.defaults()
        .withActorFiles(actorFiles)
        .withParseScope(parseAll ? ParseScope.ALL : ParseScope.TRIGGER_SENTENCES)
        .withGazetteerIndex(gazetteerIndex)
        .withEventModel(EventModelOptions.defaults().withEnabled(!noModel));
  }
}
