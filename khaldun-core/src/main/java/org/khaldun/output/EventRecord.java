package org.khaldun.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One output record: one event, with everything needed to trace it to its sentence.
 *
 * <p>Offsets ({@code begin}, {@code end}) are UTF-16 code units from the start of the article's
 * cleaned text (title, blank line, body), end exclusive; {@code input_begin}/{@code input_end} map
 * the trigger back to the input document (HTML source, JSON string or plain text).
 *
 * @param eventId stable id of this event (article id, sentence and trigger hashed)
 * @param articleId id of the article (the input's own id when it had one)
 * @param sentenceId {@code articleId:sentenceIndex}
 * @param sentenceIndex 0-based index of the sentence in the article
 * @param eventType PLOVER 2.0 event type
 * @param mode PLOVER mode, or null
 * @param quadClass quad class of the event type
 * @param cameoRoot two-digit CAMEO root code
 * @param cameoCode CAMEO code (root or finer)
 * @param goldstein Goldstein score of the CAMEO code (-10 to +10), or null
 * @param acledEventType ACLED event type, or null when ACLED records no such event
 * @param acledSubEventType ACLED sub-event type, or null
 * @param contexts PLOVER contexts the sentence or actors support; empty when none
 * @param contextCues the cue that gave each context, {@code context:cue}
 * @param dead people killed, or null when the text gives no figure
 * @param injured people injured, or null
 * @param arrested people arrested or detained, or null
 * @param size crowd or force size (for an assault, total casualties), or null; vague amounts are
 *     lower bounds ("thousands" is 2000)
 * @param figuresEvidence the words the figures were read from
 * @param source the acting actor, or null
 * @param target the actor acted on, or null
 * @param location where it happened, or null when the article names no place
 * @param date ISO date of the event
 * @param datePrecision DAY, MONTH or YEAR
 * @param dateSource {@code text} when the sentence dates the event, {@code publication} otherwise
 * @param negated whether the text denies the event
 * @param modality ASSERTED, PLANNED, THREATENED, ALLEGED, POSSIBLE or REQUESTED
 * @param reportedBy who reported, claimed or said it, or null
 * @param sentence the sentence text
 * @param trigger the trigger word or phrase with its offsets
 * @param confidence 0 to 1
 * @param rule the rule that produced the event
 * @param article what the input said about the article
 */
@JsonPropertyOrder({
  "event_id",
  "article_id",
  "sentence_id",
  "sentence_index",
  "event_type",
  "mode",
  "quad_class",
  "cameo_root",
  "cameo_code",
  "goldstein",
  "acled_event_type",
  "acled_sub_event_type",
  "contexts",
  "context_cues",
  "dead",
  "injured",
  "arrested",
  "size",
  "figures_evidence",
  "source",
  "target",
  "location",
  "date",
  "date_precision",
  "date_source",
  "negated",
  "modality",
  "reported_by",
  "sentence",
  "trigger",
  "confidence",
  "rule",
  "article"
})
public record EventRecord(
    String eventId,
    String articleId,
    String sentenceId,
    int sentenceIndex,
    String eventType,
    String mode,
    String quadClass,
    String cameoRoot,
    String cameoCode,
    Double goldstein,
    String acledEventType,
    String acledSubEventType,
    List<String> contexts,
    List<String> contextCues,
    Integer dead,
    Integer injured,
    Integer arrested,
    Integer size,
    List<String> figuresEvidence,
    ActorRef source,
    ActorRef target,
    LocationRef location,
    String date,
    String datePrecision,
    String dateSource,
    boolean negated,
    String modality,
    ActorRef reportedBy,
    String sentence,
    Span trigger,
    double confidence,
    String rule,
    ArticleRef article) {

  public EventRecord {
    contexts = List.copyOf(contexts);
    contextCues = List.copyOf(contextCues);
    figuresEvidence = List.copyOf(figuresEvidence);
  }

  /** A builder with every field empty (nulls, empty lists, zeros), for code that makes records. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.eventId = eventId;
    b.articleId = articleId;
    b.sentenceId = sentenceId;
    b.sentenceIndex = sentenceIndex;
    b.eventType = eventType;
    b.mode = mode;
    b.quadClass = quadClass;
    b.cameoRoot = cameoRoot;
    b.cameoCode = cameoCode;
    b.goldstein = goldstein;
    b.acledEventType = acledEventType;
    b.acledSubEventType = acledSubEventType;
    b.contexts = contexts;
    b.contextCues = contextCues;
    b.dead = dead;
    b.injured = injured;
    b.arrested = arrested;
    b.size = size;
    b.figuresEvidence = figuresEvidence;
    b.source = source;
    b.target = target;
    b.location = location;
    b.date = date;
    b.datePrecision = datePrecision;
    b.dateSource = dateSource;
    b.negated = negated;
    b.modality = modality;
    b.reportedBy = reportedBy;
    b.sentence = sentence;
    b.trigger = trigger;
    b.confidence = confidence;
    b.rule = rule;
    b.article = article;
    return b;
  }

  /** Sets fields by name; {@link #build} makes the record. Not thread-safe. */
  public static final class Builder {
    private String eventId;
    private String articleId;
    private String sentenceId;
    private int sentenceIndex = 0;
    private String eventType;
    private String mode;
    private String quadClass;
    private String cameoRoot;
    private String cameoCode;
    private Double goldstein;
    private String acledEventType;
    private String acledSubEventType;
    private List<String> contexts = List.of();
    private List<String> contextCues = List.of();
    private Integer dead;
    private Integer injured;
    private Integer arrested;
    private Integer size;
    private List<String> figuresEvidence = List.of();
    private ActorRef source;
    private ActorRef target;
    private LocationRef location;
    private String date;
    private String datePrecision;
    private String dateSource;
    private boolean negated = false;
    private String modality;
    private ActorRef reportedBy;
    private String sentence;
    private Span trigger;
    private double confidence = 0;
    private String rule;
    private ArticleRef article;

    private Builder() {}

    public Builder eventId(String value) {
      this.eventId = value;
      return this;
    }

    public Builder articleId(String value) {
      this.articleId = value;
      return this;
    }

    public Builder sentenceId(String value) {
      this.sentenceId = value;
      return this;
    }

    public Builder sentenceIndex(int value) {
      this.sentenceIndex = value;
      return this;
    }

    public Builder eventType(String value) {
      this.eventType = value;
      return this;
    }

    public Builder mode(String value) {
      this.mode = value;
      return this;
    }

    public Builder quadClass(String value) {
      this.quadClass = value;
      return this;
    }

    public Builder cameoRoot(String value) {
      this.cameoRoot = value;
      return this;
    }

    public Builder cameoCode(String value) {
      this.cameoCode = value;
      return this;
    }

    public Builder goldstein(Double value) {
      this.goldstein = value;
      return this;
    }

    public Builder acledEventType(String value) {
      this.acledEventType = value;
      return this;
    }

    public Builder acledSubEventType(String value) {
      this.acledSubEventType = value;
      return this;
    }

    public Builder contexts(List<String> value) {
      this.contexts = value;
      return this;
    }

    public Builder contextCues(List<String> value) {
      this.contextCues = value;
      return this;
    }

    public Builder dead(Integer value) {
      this.dead = value;
      return this;
    }

    public Builder injured(Integer value) {
      this.injured = value;
      return this;
    }

    public Builder arrested(Integer value) {
      this.arrested = value;
      return this;
    }

    public Builder size(Integer value) {
      this.size = value;
      return this;
    }

    public Builder figuresEvidence(List<String> value) {
      this.figuresEvidence = value;
      return this;
    }

    public Builder source(ActorRef value) {
      this.source = value;
      return this;
    }

    public Builder target(ActorRef value) {
      this.target = value;
      return this;
    }

    public Builder location(LocationRef value) {
      this.location = value;
      return this;
    }

    public Builder date(String value) {
      this.date = value;
      return this;
    }

    public Builder datePrecision(String value) {
      this.datePrecision = value;
      return this;
    }

    public Builder dateSource(String value) {
      this.dateSource = value;
      return this;
    }

    public Builder negated(boolean value) {
      this.negated = value;
      return this;
    }

    public Builder modality(String value) {
      this.modality = value;
      return this;
    }

    public Builder reportedBy(ActorRef value) {
      this.reportedBy = value;
      return this;
    }

    public Builder sentence(String value) {
      this.sentence = value;
      return this;
    }

    public Builder trigger(Span value) {
      this.trigger = value;
      return this;
    }

    public Builder confidence(double value) {
      this.confidence = value;
      return this;
    }

    public Builder rule(String value) {
      this.rule = value;
      return this;
    }

    public Builder article(ArticleRef value) {
      this.article = value;
      return this;
    }

    public EventRecord build() {
      return new EventRecord(
          eventId,
          articleId,
          sentenceId,
          sentenceIndex,
          eventType,
          mode,
          quadClass,
          cameoRoot,
          cameoCode,
          goldstein,
          acledEventType,
          acledSubEventType,
          contexts,
          contextCues,
          dead,
          injured,
          arrested,
          size,
          figuresEvidence,
          source,
          target,
          location,
          date,
          datePrecision,
          dateSource,
          negated,
          modality,
          reportedBy,
          sentence,
          trigger,
          confidence,
          rule,
          article);
    }
  }

  /** An actor as it appears in a record: who it is and where the text names it. */
  @JsonPropertyOrder({"id", "name", "country", "sector", "cameo", "text", "begin", "end"})
  public record ActorRef(
      String id,
      String name,
      String country,
      String sector,
      String cameo,
      String text,
      int begin,
      int end) {}

  /**
   * A resolved place. {@code basis} says whether the place was named in the event's sentence
   * ({@code sentence}) or taken from the article's most-named place ({@code article}); {@code
   * evidence} says in words why the gazetteer entry was chosen over others of the same name.
   */
  @JsonPropertyOrder({
    "name",
    "geonames_id",
    "lat",
    "lon",
    "country",
    "admin1_code",
    "admin1",
    "admin2_code",
    "admin2",
    "feature_code",
    "precision",
    "basis",
    "evidence",
    "text",
    "begin",
    "end"
  })
  public record LocationRef(
      String name,
      Long geonamesId,
      double lat,
      double lon,
      String country,
      String admin1Code,
      String admin1,
      String admin2Code,
      String admin2,
      String featureCode,
      String precision,
      String basis,
      String evidence,
      String text,
      int begin,
      int end) {

    /** A place with no admin-2 unit known. */
    public LocationRef(
        String name,
        Long geonamesId,
        double lat,
        double lon,
        String country,
        String admin1Code,
        String admin1,
        String featureCode,
        String precision,
        String basis,
        String evidence,
        String text,
        int begin,
        int end) {
      this(
          name,
          geonamesId,
          lat,
          lon,
          country,
          admin1Code,
          admin1,
          null,
          null,
          featureCode,
          precision,
          basis,
          evidence,
          text,
          begin,
          end);
    }
  }

  /** A stretch of the cleaned text, and the same stretch in the input document. */
  @JsonPropertyOrder({"text", "begin", "end", "input_begin", "input_end"})
  public record Span(String text, int begin, int end, int inputBegin, int inputEnd) {}

  /** Article metadata from the input. */
  @JsonPropertyOrder({"url", "title", "source", "published", "origin"})
  public record ArticleRef(
      String url, String title, String source, String published, String origin) {}
}
