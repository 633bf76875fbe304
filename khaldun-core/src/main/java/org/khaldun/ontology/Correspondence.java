package org.khaldun.ontology;

/**
 * What a PLOVER event corresponds to in CAMEO and ACLED.
 *
 * @param cameo CAMEO code
 * @param acledEventType ACLED event type, or null when ACLED records no such event
 * @param acledSubEventType ACLED sub-event type, or null exactly when {@code acledEventType} is
 * @param rule {@code mappings.tsv:LINE}, the row that gave it
 */
public record Correspondence(
    String cameo, String acledEventType, String acledSubEventType, String rule) {}
