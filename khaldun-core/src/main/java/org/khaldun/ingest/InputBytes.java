package org.khaldun.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Byte-level checks and strict decoding of input files. */
final class InputBytes {
  /** How much of an input is looked at to decide its format and whether it is binary. */
  static final int HEAD_BYTES = 8192;

  private InputBytes() {}

  /**
   * Reads at most {@code limit + 1} bytes, so that the caller can tell "exactly at the limit" from
   * "over it" without reading an oversized input to its end.
   */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
    byte[] buffer = new byte[Math.min(cap, 1 << 16)];
    int length = 0;
    while (length < cap) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, cap));
      }
      int read = in.read(buffer, length, buffer.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
  }

  /** Reads up to {@link #HEAD_BYTES} without consuming them; {@code in} must support mark. */
  static byte[] peek(InputStream in) throws IOException {
    in.mark(HEAD_BYTES + 1);
    byte[] head = readAtMost(in, HEAD_BYTES - 1L);
    in.reset();
    return head;
  }

  /** Rejects the kinds of file that are not text at all, judged from their first bytes. */
  static void checkText(byte[] head) throws BadInput {
    if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
      throw new BadInput("file is UTF-16 encoded; save it as UTF-8");
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      throw new BadInput("binary file (a PDF document); extract its text first");
    }
    if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 0x1F, 0x8B)) {
      throw new BadInput("binary file (a compressed archive); unpack it first");
    }
    int controls = 0;
    for (int i = 0; i < head.length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        throw new BadInput("binary file (NUL byte at offset " + i + "); expected text");
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    // text has almost no control bytes; images, executables and databases have plenty
    if (head.length > 0 && controls * 20 > head.length) {
      throw new BadInput(
          "binary file ("
              + (controls * 100 / head.length)
              + "% control bytes in the first "
              + head.length
              + " bytes); expected text");
    }
  }

  /** Whether the bytes hold nothing but white space. */
  static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /** Decodes strictly: malformed or unmappable bytes are reported with their byte offset. */
  static String decode(byte[] bytes, int from, int to, Charset charset) throws BadInput {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min((long) (to - from) + 16, Integer.MAX_VALUE));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
      throw new BadInput(
          "not valid "
              + name
              + " at byte "
              + (in.position() - from)
              + (charset.equals(StandardCharsets.UTF_8) ? "; save the file as UTF-8" : ""));
    }
    out.flip();
    return out.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
