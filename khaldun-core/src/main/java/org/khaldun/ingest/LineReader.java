package org.khaldun.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line with a cap on the bytes kept per line: the rest of an over-long
 * line is skipped, not buffered, so one huge line cannot exhaust memory.
 */
final class LineReader {
  /** One line without its terminator; {@code bytes} holds nothing when {@code tooLong}. */
  record Line(byte[] bytes, long length, boolean tooLong) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean eof;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int kept = 0;
    long length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        if (eof || !fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      int count = end - start;
      length += count;
      if (!tooLong && kept + (long) count > maxLineBytes) {
        tooLong = true;
        line = new byte[0];
        kept = 0;
      }
      if (!tooLong) {
        if (kept + count > line.length) {
          line =
              Arrays.copyOf(line, Math.max(kept + count, Math.min(line.length * 2, maxLineBytes)));
        }
        System.arraycopy(buffer, start, line, kept, count);
        kept += count;
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    if (kept > 0 && line[kept - 1] == '\r') {
      kept--;
    }
    return new Line(tooLong ? new byte[0] : Arrays.copyOf(line, kept), length, tooLong);
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read <= 0) {
      eof = read < 0;
      if (read == 0) {
        // a stream that returns 0 would spin: read one byte to block until data or the end
        int b = in.read();
        if (b < 0) {
          eof = true;
          return false;
        }
        buffer[0] = (byte) b;
        position = 0;
        limit = 1;
        return true;
      }
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
