package org.khaldun.ontology;

import org.khaldun.events.EventType;

/**
 * A mode of a PLOVER event type: how the event was carried out ({@code aerial} for ASSAULT).
 *
 * @param type the event type it refines
 * @param name the mode name, e.g. {@code "suicide-attack"}
 * @param fromPlover true when PLOVER 2.0 names this mode, false for a Khaldun refinement
 * @param description a short description
 */
public record PloverMode(EventType type, String name, boolean fromPlover, String description) {}
