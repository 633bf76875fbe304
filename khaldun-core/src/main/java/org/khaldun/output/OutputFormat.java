package org.khaldun.output;

/** The formats Khaldun writes events in. */
public enum OutputFormat {
  /** One JSON object per line, nested as {@link EventRecord} (the default). */
  JSONL,
  /** One row per event with a header row; nested fields flattened with underscores. */
  CSV
}
