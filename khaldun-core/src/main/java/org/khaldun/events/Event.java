package org.khaldun.events;

import java.util.List;
import java.util.Objects;
import org.khaldun.actors.ActorMention;

/**
 * One event found in one sentence. Offsets are UTF-16 code units of the article's cleaned text.
 *
 * @param type PLOVER event type
 * @param mode PLOVER mode of the type (e.g. {@code "airstrike"} for ASSAULT), or null
 * @param cameo CAMEO event code (root or finer), e.g. {@code "190"}
 * @param source who acted, or null when the text does not say
 * @param target who was acted on, or null
 * @param sentence index of the sentence
 * @param triggerBegin first character of the trigger word or phrase
 * @param triggerEnd one past its last character
 * @param trigger the trigger as written
 * @param negated whether the text denies the event ("did not attack")
 * @param modality asserted, planned, threatened, alleged, possible or requested
 * @param reportedBy who reported, claimed or said it, or null when the text does not attribute it
 * @param confidence 0 to 1
 * @param rule the lexicon entry and pattern that produced the event, e.g. {@code
 *     "ASSAULT:attack/nsubj-obj"}
 * @param goldstein Goldstein score of the CAMEO code, or null when it has none
 * @param acledEventType ACLED event type, or null when ACLED records no such event
 * @param acledSubEventType ACLED sub-event type, or null with {@code acledEventType}
 * @param contexts PLOVER contexts the sentence or actors support, in the ontology's order; empty
 *     when none
 * @param contextCues for each context, the cue that gave it, e.g. {@code "military:airstrike"}
 * @param figures casualty, arrest and size figures, {@link Figures#NONE} when the text gives none
 */
public record Event(
    EventType type,
    String mode,
    String cameo,
    ActorMention source,
    ActorMention target,
    int sentence,
    int triggerBegin,
    int triggerEnd,
    String trigger,
    boolean negated,
    Modality modality,
    ActorMention reportedBy,
    double confidence,
    String rule,
    Double goldstein,
    String acledEventType,
    String acledSubEventType,
    List<String> contexts,
    List<String> contextCues,
    Figures figures) {

  public Event {
    contexts = List.copyOf(contexts);
    contextCues = List.copyOf(contextCues);
    Objects.requireNonNull(figures, "figures");
  }

  /** An event as the rules find it, before the ontology codes and figures are added. */
  public Event(
      EventType type,
      String mode,
      String cameo,
      ActorMention source,
      ActorMention target,
      int sentence,
      int triggerBegin,
      int triggerEnd,
      String trigger,
      boolean negated,
      Modality modality,
      ActorMention reportedBy,
      double confidence,
      String rule) {
    this(
        type,
        mode,
        cameo,
        source,
        target,
        sentence,
        triggerBegin,
        triggerEnd,
        trigger,
        negated,
        modality,
        reportedBy,
        confidence,
        rule,
        null,
        null,
        null,
        List.of(),
        List.of(),
        Figures.NONE);
  }

  /** This event with its ontology codes, contexts and figures. */
  Event enriched(
      Double goldstein,
      String acledEventType,
      String acledSubEventType,
      List<String> contexts,
      List<String> contextCues,
      Figures figures) {
    return new Event(
        type,
        mode,
        cameo,
        source,
        target,
        sentence,
        triggerBegin,
        triggerEnd,
        trigger,
        negated,
        modality,
        reportedBy,
        confidence,
        rule,
        goldstein,
        acledEventType,
        acledSubEventType,
        contexts,
        contextCues,
        figures);
  }
}
