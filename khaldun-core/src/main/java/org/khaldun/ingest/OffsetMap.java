package org.khaldun.ingest;

import java.util.Arrays;

/**
 * Maps offsets in an article's cleaned text back to offsets in its input (UTF-16 code units from
 * the start of the input document: the HTML source, the JSON string value, or the plain text).
 *
 * <p>Stored as one input offset per cleaned character; characters the cleaner inserted (paragraph
 * breaks, the title separator) map to the input offset of the next real character.
 */
public final class OffsetMap {
  private final int[] inputOffsets;

  private OffsetMap(int[] inputOffsets) {
    this.inputOffsets = inputOffsets;
  }

  /** The map for text that was not changed: offset i maps to i. */
  public static OffsetMap identity(int length) {
    int[] offsets = new int[length];
    Arrays.setAll(offsets, i -> i);
    return new OffsetMap(offsets);
  }

  /** A map from explicit input offsets, one per cleaned character. The array is copied. */
  public static OffsetMap of(int[] inputOffsets) {
    return new OffsetMap(inputOffsets.clone());
  }

  /** Number of cleaned characters mapped. */
  public int length() {
    return inputOffsets.length;
  }

  /**
   * The input offset of the cleaned character at {@code cleanedOffset}; an offset equal to {@link
   * #length()} (an exclusive end) maps to one past the last mapped input character.
   */
  public int toInput(int cleanedOffset) {
    if (cleanedOffset < 0 || cleanedOffset > inputOffsets.length) {
      throw new IndexOutOfBoundsException(
          "offset " + cleanedOffset + " outside cleaned text of length " + inputOffsets.length);
    }
    if (cleanedOffset == inputOffsets.length) {
      return inputOffsets.length == 0 ? 0 : inputOffsets[inputOffsets.length - 1] + 1;
    }
    return inputOffsets[cleanedOffset];
  }
}
