package org.khaldun.events;

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
    String rule) {}
