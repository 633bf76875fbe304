/**
 * The code sets Khaldun codes events in, and how they correspond: PLOVER 2.0 types, modes and
 * contexts, CAMEO codes with their Goldstein scores, ACLED event and sub-event types.
 *
 * <p>{@link org.khaldun.ontology.Ontology} is the facade. The sets are documented resource files
 * ({@code org/khaldun/ontology/*.tsv}, see their README) loaded strictly: an unknown code, a
 * duplicate key or a score off the scale fails with {@code file:line: reason}. PLOVER types and
 * quad classes are {@link org.khaldun.events.EventType} and {@link org.khaldun.events.QuadClass};
 * the resource only describes them and is checked against them.
 */
package org.khaldun.ontology;
