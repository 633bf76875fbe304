/**
 * The event store: coded articles and their events in an embedded DuckDB file.
 *
 * <p>{@link org.khaldun.store.EventStore} is the facade: idempotent batch writes ({@link
 * org.khaldun.store.StoredArticle}), loading of event files coded elsewhere, and the reads behind
 * the API: events by {@link org.khaldun.store.EventQuery}, articles, {@link
 * org.khaldun.store.Aggregation aggregates} and {@link org.khaldun.store.ExportFormat exports}. The
 * events table has one column per leaf of {@link org.khaldun.output.EventRecord}, named as in the
 * CSV output; that column list is also the Parquet interchange format.
 */
package org.khaldun.store;
