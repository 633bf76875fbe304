/**
 * Ingest, the first stage: reads plain text, HTML pages and JSON Lines from files, directories and
 * standard input, extracts and cleans each article's text, and reports every input it cannot use as
 * an {@link org.khaldun.ingest.InputProblem} instead of stopping. {@link
 * org.khaldun.ingest.Ingestor} is the facade and documents the input formats; {@link
 * org.khaldun.ingest.IngestOptions} holds its limits. The result is an immutable {@link
 * org.khaldun.ingest.Article} whose {@link org.khaldun.ingest.OffsetMap} leads every character of
 * the cleaned text back to the input.
 */
package org.khaldun.ingest;
