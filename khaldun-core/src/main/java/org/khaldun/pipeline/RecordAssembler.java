package org.khaldun.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.khaldun.actors.Actor;
import org.khaldun.actors.ActorMention;
import org.khaldun.actors.DictionaryActorRecognizer;
import org.khaldun.events.Event;
import org.khaldun.events.EventType;
import org.khaldun.geo.Place;
import org.khaldun.geo.PlaceMention;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.OffsetMap;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Sentence;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.output.EventRecord.LocationRef;
import org.khaldun.output.EventRecord.Span;
import org.khaldun.time.DateResolver;
import org.khaldun.time.EventDate;

/**
 * Turns an event into an output record: gives it a place and a date and copies what the record
 * needs from the article.
 *
 * <p>Place: the place named in the event's sentence nearest to the trigger (ties go to the one
 * after it, as in "attacked ... in Kirkuk"); when the sentence names none, the place the article
 * names most often, marked with basis {@code article} so users can filter it out. A name that is
 * one of the event's own actors ("Ukraine accused Moscow") is not where the event happened.
 *
 * <p>Source: violence whose sentence names no perpetrator ("a roadside bomb near Samarra killed two
 * soldiers") takes, as CAMEO codes it, unidentified armed forces ({@code UAF}) of the country of
 * the place its sentence names, and a protest by unnamed people ("thousands blocked streets in Hong
 * Kong") that country's civilians ({@code CVL}), and an arrest or an investigation with no one
 * named as doing it ("was detained in Lebanon", "put under investigation in Italy") that country's
 * police ({@code COP}) or authorities ({@code GOV}), since only a state's organs do those (and
 * deportations); the place's words are the actor's evidence and the rule says {@code
 * +source:place}. A place taken from the article is too weak a cue.
 */
final class RecordAssembler {
  private final DateResolver dates;

  RecordAssembler(DateResolver dates) {
    this.dates = dates;
  }

  EventRecord assemble(AnnotatedArticle annotated, Event event, List<PlaceMention> places) {
    Article article = annotated.article();
    Optional<PlaceMention> place = placeInSentence(event, places);
    String unnamedSector = unnamedSector(event);
    ActorRef unidentified =
        event.source() == null && unnamedSector != null
            ? place.map(p -> unnamedActor(p, unnamedSector)).orElse(null)
            : null;
    String placeCountry =
        place.map(p -> p.place().country()).filter(c -> !c.isEmpty()).orElse(null);
    ActorRef source = unidentified != null ? unidentified : actor(event.source(), placeCountry);
    boolean sourceFromPlace =
        unidentified == null && isUnnamedState(event.source()) && placeCountry != null;
    String rule =
        unidentified != null
            ? event.rule() + "+source:place"
            : sourceFromPlace ? event.rule() + "+country:place" : event.rule();
    Sentence sentence = annotated.sentences().get(event.sentence());
    Optional<EventDate> date = dates.resolve(sentence, article.date());
    OffsetMap offsets = article.offsets();
    return new EventRecord(
        eventId(article.id(), event),
        article.id(),
        article.id() + ":" + event.sentence(),
        event.sentence(),
        event.type().name(),
        event.mode(),
        event.type().quadClass().name(),
        cameoRoot(event),
        event.cameo(),
        event.goldstein(),
        event.acledEventType(),
        event.acledSubEventType(),
        event.contexts(),
        event.contextCues(),
        event.figures().dead(),
        event.figures().injured(),
        event.figures().arrested(),
        event.figures().size(),
        event.figures().evidence(),
        source,
        actor(event.target(), placeCountry),
        place
            .map(p -> location(p, "sentence"))
            .or(() -> mostNamed(places).map(p -> location(p, "article")))
            .orElse(null),
        date.map(d -> d.date().toString()).orElse(null),
        date.map(d -> d.precision().name()).orElse(null),
        date.map(d -> d.fromText() ? "text" : "publication").orElse(null),
        event.negated(),
        event.modality().name(),
        actor(event.reportedBy(), placeCountry),
        sentence.text(),
        new Span(
            event.trigger(),
            event.triggerBegin(),
            event.triggerEnd(),
            offsets.toInput(event.triggerBegin()),
            offsets.toInput(event.triggerEnd())),
        event.confidence(),
        rule,
        new ArticleRef(
            article.url(),
            article.title(),
            article.source(),
            article.date() == null ? null : article.date().toString(),
            article.origin()));
  }

  /** The root of the event's own CAMEO code ("190" is under root 19), else the type's default. */
  private static String cameoRoot(Event event) {
    String code = event.cameo();
    return code != null && code.length() >= 2 ? code.substring(0, 2) : event.type().cameoRoot();
  }

  private static boolean isUnnamedState(ActorMention mention) {
    return mention != null
        && mention.actor().id().startsWith(DictionaryActorRecognizer.UNNAMED_STATE);
  }

  /**
   * An organ of a state the article names no country for ("the government of Sindh province") takes
   * the country of the event's place in its sentence; without one it keeps no country.
   */
  private static ActorRef actor(ActorMention mention, String placeCountry) {
    if (!isUnnamedState(mention) || placeCountry == null) {
      return actor(mention);
    }
    Actor actor = mention.actor();
    String sector = actor.sector().code();
    return new ActorRef(
        placeCountry + "." + sector,
        actor.name(),
        placeCountry,
        sector,
        placeCountry + sector,
        mention.text(),
        mention.begin(),
        mention.end());
  }

  private static ActorRef actor(ActorMention mention) {
    if (mention == null) {
      return null;
    }
    Actor actor = mention.actor();
    return new ActorRef(
        actor.id(),
        actor.name(),
        actor.country(),
        actor.sector() == null ? null : actor.sector().code(),
        actor.cameo(),
        mention.text(),
        mention.begin(),
        mention.end());
  }

  private static Optional<PlaceMention> placeInSentence(Event event, List<PlaceMention> places) {
    return places.stream()
        .filter(p -> p.sentence() == event.sentence())
        .filter(p -> !overlapsActor(p, event))
        .min(
            Comparator.comparingInt((PlaceMention p) -> distance(p, event))
                .thenComparing(p -> p.begin() < event.triggerBegin()));
  }

  /** Modes of acts only a state's organs do, and the organ that does them. */
  private static final Map<String, String> STATE_MODES =
      Map.of("arrest", "COP", "detain", "COP", "deport", "GOV", "investigate", "GOV");

  private static final Map<String, String> UNNAMED_NAMES =
      Map.of(
          "UAF", "unidentified armed forces",
          "CVL", "civilians",
          "COP", "police",
          "GOV", "authorities");

  /** The sector of the unnamed actor an event without source takes from its place, or null. */
  private static String unnamedSector(Event event) {
    if (event.type() == EventType.ASSAULT) {
      return "UAF";
    }
    if (event.type() == EventType.PROTEST) {
      return "CVL";
    }
    return event.mode() == null ? null : STATE_MODES.get(event.mode());
  }

  private static ActorRef unnamedActor(PlaceMention mention, String sector) {
    String country = mention.place().country();
    if (country == null || country.isEmpty()) {
      return null;
    }
    return new ActorRef(
        country + "." + sector,
        UNNAMED_NAMES.get(sector),
        country,
        sector,
        country + sector,
        mention.text(),
        mention.begin(),
        mention.end());
  }

  private static boolean overlapsActor(PlaceMention place, Event event) {
    return overlaps(place, event.source())
        || overlaps(place, event.target())
        || overlaps(place, event.reportedBy());
  }

  private static boolean overlaps(PlaceMention place, ActorMention actor) {
    return actor != null && place.begin() < actor.end() && actor.begin() < place.end();
  }

  private static int distance(PlaceMention place, Event event) {
    if (place.end() <= event.triggerBegin()) {
      return event.triggerBegin() - place.end();
    }
    return Math.max(0, place.begin() - event.triggerEnd());
  }

  private static Optional<PlaceMention> mostNamed(List<PlaceMention> places) {
    Map<Place, Long> counts =
        places.stream()
            .collect(
                Collectors.groupingBy(
                    PlaceMention::place, LinkedHashMap::new, Collectors.counting()));
    Map<Place, PlaceMention> first =
        places.stream()
            .collect(
                Collectors.toMap(
                    PlaceMention::place, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> first.get(e.getKey()));
  }

  private static LocationRef location(PlaceMention mention, String basis) {
    Place place = mention.place();
    return new LocationRef(
        place.name(),
        place.geonameId() == 0 ? null : place.geonameId(),
        place.lat(),
        place.lon(),
        place.country().isEmpty() ? null : place.country(),
        place.admin1Code(),
        place.admin1Name(),
        place.admin2Code(),
        place.admin2Name(),
        place.featureCode(),
        place.precision().name(),
        basis,
        mention.evidence(),
        mention.text(),
        mention.begin(),
        mention.end());
  }

  /** A stable id: the same article, sentence, trigger and type give the same id on every run. */
  static String eventId(String articleId, Event event) {
    String key =
        articleId
            + '\u0000'
            + event.sentence()
            + '\u0000'
            + event.triggerBegin()
            + '\u0000'
            + event.type();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
