package org.khaldun.ingest;

/** How an input file is read. */
public enum Format {
  /**
   * By file name extension ({@code .txt .text}, {@code .html .htm}, {@code .jsonl .ndjson .json}),
   * else sniffed from the first bytes.
   */
  AUTO,
  /** Plain text, one article per file. */
  TEXT,
  /** An HTML page, one article per file. */
  HTML,
  /** JSON Lines, one article per line. */
  JSONL
}
