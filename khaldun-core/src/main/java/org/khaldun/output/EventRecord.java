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
      String featureCode,
      String precision,
      String basis,
      String evidence,
      String text,
      int begin,
      int end) {}

  /** A stretch of the cleaned text, and the same stretch in the input document. */
  @JsonPropertyOrder({"text", "begin", "end", "input_begin", "input_end"})
  public record Span(String text, int begin, int end, int inputBegin, int inputEnd) {}

  /** Article metadata from the input. */
  @JsonPropertyOrder({"url", "title", "source", "published", "origin"})
  public record ArticleRef(
      String url, String title, String source, String published, String origin) {}
}
