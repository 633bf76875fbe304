package org.khaldun.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.ActorRecognizer;
import org.khaldun.actors.DictionaryActorRecognizer;
import org.khaldun.events.TriggerLexicon;
import org.khaldun.geo.Gazetteer;
import org.khaldun.geo.GazetteerGeoparser;
import org.khaldun.geo.Geoparser;
import org.khaldun.geo.OutletHomes;
import org.khaldun.geo.Place;
import org.khaldun.geo.PlaceMention;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.ingest.Ingestor;
import org.khaldun.ingest.OffsetMap;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Annotator;
import org.khaldun.nlp.CoreNlpAnnotator;
import org.khaldun.nlp.NlpOptions;
import org.khaldun.pipeline.PipelineOptions;

/**
 * Scores Khaldun's geoparsing on gold files of the form {@code {id, text, toponyms[{start, end,
 * lat?, lon?, geonameid?, country?, admin1?}]}} (LGL, GeoVirus).
 *
 * <p>End to end, each gold text is ingested as an untitled article, annotated, its actors
 * recognised and its places located; predicted spans are mapped back to the gold text's offsets
 * through the article's offset map and paired with gold toponyms by overlap. In gold-span mode the
 * gold phrases are resolved in the context of each other, which isolates resolution from
 * recognition.
 */
public final class GeoEvaluation {

  /**
   * Finds resolved place mentions in an article, with the outlet homes of the batch; offsets are of
   * the article's cleaned text.
   */
  interface PlaceFinder {
    List<PlaceMention> find(Article article, OutletHomes homes);
  }

  private final Gazetteer gazetteer;
  private final PlaceFinder finder;
  private final GazetteerGeoparser resolver;
  private final OutletHomes fixedHomes;
  private final Ingestor ingestor = Ingestor.create(IngestOptions.defaults());

  GeoEvaluation(Gazetteer gazetteer, PlaceFinder finder) {
    this(
        gazetteer,
        finder,
        GazetteerGeoparser.create(gazetteer, ActorDictionary.loadDefault()),
        null);
  }

  private GeoEvaluation(
      Gazetteer gazetteer, PlaceFinder finder, GazetteerGeoparser resolver, OutletHomes homes) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.finder = finder;
    this.resolver = resolver;
    this.fixedHomes = homes;
  }

  /** End to end: the stages given, with a {@link GazetteerGeoparser} over {@code gazetteer}. */
  public static GeoEvaluation endToEnd(
      Gazetteer gazetteer, Annotator annotator, ActorRecognizer actors) {
    GazetteerGeoparser geoparser = GazetteerGeoparser.create(gazetteer);
    return new GeoEvaluation(
        gazetteer,
        (article, homes) -> {
          AnnotatedArticle annotated = annotator.annotate(article);
          Geoparser located = geoparser.withOutletHomes(homes);
          return located.locate(annotated, actors.recognize(annotated));
        });
  }

  /**
   * This evaluation with the outlet homes given ({@link OutletHomes#none()} for none) instead of
   * the homes learned from the evaluated articles, which {@link #run} uses by default.
   */
  public GeoEvaluation withOutletHomes(OutletHomes homes) {
    return new GeoEvaluation(gazetteer, finder, resolver, Objects.requireNonNull(homes, "homes"));
  }

  /**
   * The outlet homes learned from the first {@code options.limit()} articles of {@code files}, as
   * {@link #run} learns them: from each article's URL and text.
   */
  public OutletHomes outletHomes(List<Path> files, EvalOptions options) {
    return learn(JsonLines.read(files, options.limit(), GeoGold::parse));
  }

  private OutletHomes learn(List<GeoGold> gold) {
    OutletHomes.Learner learner = resolver.outletHomesLearner();
    for (GeoGold article : gold) {
      learner.add(article.url(), article.text());
    }
    return learner.build();
  }

  /**
   * End to end with the stages {@link org.khaldun.pipeline.Pipeline#create} builds from the same
   * options: the gazetteer, the actor dictionaries, CoreNLP parsing the same sentences.
   */
  public static GeoEvaluation endToEnd(PipelineOptions options) {
    TriggerLexicon lexicon = TriggerLexicon.loadDefault();
    NlpOptions nlp =
        NlpOptions.defaults()
            .parsingSentencesWith(lexicon.parseTriggers())
            .withParseScope(options.parseScope());
    return endToEnd(
        options.gazetteer(),
        CoreNlpAnnotator.create(nlp),
        DictionaryActorRecognizer.create(ActorDictionary.loadDefaultAnd(options.actorFiles())));
  }

  /**
   * Gold-span resolution, as the geoparsing literature scores resolvers: the gold phrases of an
   * article are resolved together by {@link GazetteerGeoparser#resolve}, each in the context of the
   * others, with no recognition step.
   */
  public static GeoEvaluation goldSpans(Gazetteer gazetteer) {
    return new GeoEvaluation(gazetteer, null);
  }

  public GeoReport run(List<Path> files, EvalOptions options) {
    return run(files, options, done -> {});
  }

  /**
   * Evaluates the first {@code options.limit()} articles of {@code files}, in order; {@code
   * progress} receives the number of articles done so far (from worker threads).
   *
   * @throws IllegalArgumentException when a gold line is malformed (naming file:line)
   */
  public GeoReport run(List<Path> files, EvalOptions options, IntConsumer progress) {
    return run(files, options, progress, result -> {});
  }

  /**
   * As {@link #run(List, EvalOptions, IntConsumer)}, handing each toponym's outcome to {@code
   * details}.
   */
  public GeoReport run(
      List<Path> files,
      EvalOptions options,
      IntConsumer progress,
      Consumer<ToponymResult> details) {
    List<GeoGold> gold = JsonLines.read(files, options.limit(), GeoGold::parse);
    OutletHomes homes = fixedHomes != null ? fixedHomes : learn(gold);
    List<List<GeoScorer.Predicted>> predictions =
        Parallel.map(gold, options.threads(), article -> predict(article, homes), progress);
    GeoScorer scorer = new GeoScorer(gazetteer, details);
    for (int i = 0; i < gold.size(); i++) {
      scorer.add(gold.get(i), predictions.get(i));
    }
    return new GeoReport(
        finder == null ? "gold-spans" : "end-to-end",
        files.stream().map(Path::toString).toList(),
        scorer.articles(),
        finder == null ? null : scorer.recognition(),
        scorer.resolution(false),
        scorer.resolution(true),
        scorer.byFeatureClass());
  }

  List<GeoScorer.Predicted> predict(GeoGold article, OutletHomes homes) {
    List<GeoScorer.Predicted> out = new ArrayList<>();
    if (finder == null) {
      List<GazetteerGeoparser.Toponym> names = new ArrayList<>();
      for (GeoGold.Toponym t : article.toponyms()) {
        names.add(new GazetteerGeoparser.Toponym(t.start(), t.end()));
      }
      List<Optional<Place>> places =
          resolver.withOutletHomes(homes).resolve(article.text(), article.url(), names);
      for (int i = 0; i < names.size(); i++) {
        GeoGold.Toponym t = article.toponyms().get(i);
        places
            .get(i)
            .ifPresent(
                p -> out.add(new GeoScorer.Predicted(new SpanMatcher.Span(t.start(), t.end()), p)));
      }
      return out;
    }
    // No title: the cleaned text then starts where the gold text starts.
    Article text = ingestor.fromText(article.id(), null, null, article.text());
    Article ingested =
        new Article(
            text.id(),
            article.url(),
            text.title(),
            text.date(),
            text.source(),
            text.byline(),
            text.text(),
            text.offsets(),
            text.origin());
    OffsetMap offsets = ingested.offsets();
    for (PlaceMention m : finder.find(ingested, homes)) {
      if (m.end() <= m.begin() || m.end() > offsets.length()) {
        continue;
      }
      // The exclusive end maps through its last character, so trimmed input does not stretch it.
      int begin = offsets.toInput(m.begin());
      int end = offsets.toInput(m.end() - 1) + 1;
      out.add(new GeoScorer.Predicted(new SpanMatcher.Span(begin, end), m.place()));
    }
    return out;
  }
}
