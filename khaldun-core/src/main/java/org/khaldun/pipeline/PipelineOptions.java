package org.khaldun.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.khaldun.events.EventModelOptions;
import org.khaldun.geo.Gazetteer;
import org.khaldun.nlp.ParseScope;

/**
 * How the coding pipeline is built.
 *
 * @param actorFiles extra actor dictionary files, loaded after (and able to add to) the bundled
 *     dictionary
 * @param parseScope which sentences get a dependency parse; {@link ParseScope#TRIGGER_SENTENCES}
 *     (the default) parses only sentences holding a trigger word, which is where events are
 * @param gazetteerIndex a gazetteer index directory written by {@code khaldun gazetteer build}, or
 *     null for the gazetteer bundled in the jar
 * @param eventModel whether the learned event model helps the rules (on by default: it loads in
 *     about a second and adds about 50 MB of heap)
 */
public record PipelineOptions(
    List<Path> actorFiles,
    ParseScope parseScope,
    Path gazetteerIndex,
    EventModelOptions eventModel) {

  public PipelineOptions {
    actorFiles = List.copyOf(actorFiles);
    if (parseScope == null) {
      throw new IllegalArgumentException("parseScope must be set");
    }
    if (eventModel == null) {
      throw new IllegalArgumentException("eventModel must be set");
    }
    for (Path file : actorFiles) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("actor dictionary file not found: " + file);
      }
    }
    if (gazetteerIndex != null && !Files.isDirectory(gazetteerIndex)) {
      throw new IllegalArgumentException("gazetteer index directory not found: " + gazetteerIndex);
    }
  }

  public static PipelineOptions defaults() {
    return new PipelineOptions(
        List.of(), ParseScope.TRIGGER_SENTENCES, null, EventModelOptions.defaults());
  }

  public PipelineOptions withActorFiles(List<Path> files) {
    return new PipelineOptions(files, parseScope, gazetteerIndex, eventModel);
  }

  public PipelineOptions withParseScope(ParseScope scope) {
    return new PipelineOptions(actorFiles, scope, gazetteerIndex, eventModel);
  }

  public PipelineOptions withGazetteerIndex(Path indexDir) {
    return new PipelineOptions(actorFiles, parseScope, indexDir, eventModel);
  }

  public PipelineOptions withEventModel(EventModelOptions model) {
    return new PipelineOptions(actorFiles, parseScope, gazetteerIndex, model);
  }

  /** The gazetteer these options name: the index directory if set, else the bundled one. */
  public Gazetteer gazetteer() {
    return gazetteerIndex == null ? Gazetteer.loadDefault() : Gazetteer.open(gazetteerIndex);
  }
}
