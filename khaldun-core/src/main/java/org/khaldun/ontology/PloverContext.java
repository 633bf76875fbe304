package org.khaldun.ontology;

/**
 * A PLOVER context: the subject area an event belongs to ({@code military}, {@code election}).
 *
 * @param name the context name as PLOVER writes it
 * @param description a short description
 */
public record PloverContext(String name, String description) {}
