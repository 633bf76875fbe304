package org.khaldun.ontology;

/**
 * An ACLED sub-event type with the event type it belongs to.
 *
 * @param eventType e.g. {@code "Explosions/Remote violence"}
 * @param name e.g. {@code "Air/drone strike"}
 * @param description a short description
 */
public record AcledSubEventType(String eventType, String name, String description) {}
