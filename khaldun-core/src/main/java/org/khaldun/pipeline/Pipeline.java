package org.khaldun.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.ActorMention;
import org.khaldun.actors.ActorRecognizer;
import org.khaldun.actors.DictionaryActorRecognizer;
import org.khaldun.events.Event;
import org.khaldun.events.EventCoder;
import org.khaldun.events.EventModel;
import org.khaldun.events.RuleEventCoder;
import org.khaldun.events.TriggerLexicon;
import org.khaldun.geo.GazetteerGeoparser;
import org.khaldun.geo.OutletHomes;
import org.khaldun.geo.PlaceMention;
import org.khaldun.ingest.Article;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Annotator;
import org.khaldun.nlp.CoreNlpAnnotator;
import org.khaldun.nlp.NlpOptions;
import org.khaldun.nlp.Sentence;
import org.khaldun.output.EventRecord;
import org.khaldun.pipeline.StageTimes.Stage;
import org.khaldun.time.DateResolver;

/**
 * Codes articles into events: NLP, actors, events, places, dates, in that order. Building one loads
 * the models, dictionaries and gazetteer (seconds); {@link #code} is then thread-safe and is meant
 * to be called from several threads at once.
 */
public final class Pipeline {
  private final Annotator annotator;
  private final ActorRecognizer actors;
  private final EventCoder coder;
  private final GazetteerGeoparser geoparser;
  private final RecordAssembler assembler;
  private static final Stage[] STAGES = Stage.values();

  private final StageTimes times;

  private Pipeline(
      Annotator annotator,
      ActorRecognizer actors,
      EventCoder coder,
      GazetteerGeoparser geoparser,
      RecordAssembler assembler,
      StageTimes times) {
    this.annotator = annotator;
    this.actors = actors;
    this.coder = coder;
    this.geoparser = geoparser;
    this.assembler = assembler;
    this.times = times;
  }

  /**
   * This pipeline, placing each article's ambiguous names with the home area of its outlet where
   * the article settles none itself (see {@link OutletHomes}); shares every stage and the stage
   * times with this one.
   */
  public Pipeline withOutletHomes(OutletHomes homes) {
    return new Pipeline(
        annotator, actors, coder, geoparser.withOutletHomes(homes), assembler, times);
  }

  /**
   * A learner of outlet homes over this pipeline's gazetteer: feed it the batch's articles (URL and
   * text, no NLP), then pass what it builds to {@link #withOutletHomes}.
   */
  public OutletHomes.Learner outletHomesLearner() {
    return geoparser.outletHomesLearner();
  }

  /**
   * Builds the default pipeline: bundled dictionaries and lexicon, CoreNLP, and the bundled
   * gazetteer or the one the options name.
   */
  public static Pipeline create(PipelineOptions options) {
    TriggerLexicon lexicon = TriggerLexicon.loadDefault();
    ActorDictionary dictionary = ActorDictionary.loadDefaultAnd(options.actorFiles());
    NlpOptions nlp =
        NlpOptions.defaults()
            .parsingSentencesWith(lexicon.parseTriggers())
            .withParseScope(options.parseScope());
    EventCoder coder = RuleEventCoder.create(lexicon);
    if (options.eventModel().enabled()) {
      coder = EventModel.loadDefault().assisting(coder, options.eventModel());
    }
    return new Pipeline(
        CoreNlpAnnotator.create(nlp),
        DictionaryActorRecognizer.create(dictionary),
        coder,
        GazetteerGeoparser.create(options.gazetteer()),
        new RecordAssembler(DateResolver.create()),
        new StageTimes());
  }

  /** Codes one article. */
  public CodedArticle code(Article article) {
    long[] wall = new long[STAGES.length + 1];
    long[] cpu = new long[STAGES.length + 1];
    wall[0] = System.nanoTime();
    cpu[0] = times.threadCpuNanos();
    AnnotatedArticle annotated = annotator.annotate(article);
    mark(wall, cpu, Stage.NLP);
    List<ActorMention> mentions = actors.recognize(annotated);
    mark(wall, cpu, Stage.ACTORS);
    List<Event> events = coder.code(annotated, mentions);
    mark(wall, cpu, Stage.EVENTS);
    List<PlaceMention> places =
        events.isEmpty() ? List.of() : geoparser.locate(annotated, mentions);
    mark(wall, cpu, Stage.PLACES);
    List<EventRecord> records = new ArrayList<>(events.size());
    for (Event event : events) {
      records.add(assembler.assemble(annotated, event, places));
    }
    mark(wall, cpu, Stage.DATES_AND_OUTPUT);
    for (Stage stage : STAGES) {
      int i = stage.ordinal();
      times.add(stage, wall[i + 1] - wall[i], cpu[i + 1] - cpu[i]);
    }
    int tokens = annotated.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
    int parsed = (int) annotated.sentences().stream().filter(Sentence::parsed).count();
    return new CodedArticle(article, records, annotated.sentences().size(), parsed, tokens);
  }

  /** Records the end of {@code stage}, which is also the start of the next one. */
  private void mark(long[] wall, long[] cpu, Stage stage) {
    wall[stage.ordinal() + 1] = System.nanoTime();
    cpu[stage.ordinal() + 1] = times.threadCpuNanos();
  }

  /** Time spent per stage since this pipeline was built. */
  public StageTimes times() {
    return times;
  }
}
