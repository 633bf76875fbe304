package org.khaldun.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes event records to a character stream in one {@link OutputFormat}. Not thread-safe: one
 * writer per output, fed in order.
 */
public interface EventWriter extends Closeable {

  void write(EventRecord record);

  /** Flushes what was written; the underlying stream stays open until {@link #close()}. */
  void flush();

  static EventWriter create(OutputFormat format, Writer out) {
    return switch (format) {
      case JSONL -> new JsonLinesEventWriter(out);
      case CSV -> new CsvEventWriter(out);
    };
  }

  /** Closes the underlying stream. */
  @Override
  void close();

  /** Wraps an I/O failure of the output, which ends the run (unlike bad input, which does not). */
  static UncheckedIOException outputFailed(IOException e) {
    return new UncheckedIOException("cannot write output: " + e.getMessage(), e);
  }
}
