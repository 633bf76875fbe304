package org.khaldun.text;

import java.util.Arrays;

/**
 * Cleaned text plus, for each of its characters, the offset of the input character it came from
 * (UTF-16 code units from the start of the input the caller described). Offsets never decrease.
 */
public final class CleanText {
  private final String text;
  private final int[] inputOffsets;

  CleanText(String text, int[] inputOffsets) {
    if (text.length() != inputOffsets.length) {
      throw new IllegalArgumentException(
          "text has " + text.length() + " chars but " + inputOffsets.length + " offsets");
    }
    this.text = text;
    this.inputOffsets = inputOffsets;
  }

  /** The cleaned text. */
  public String text() {
    return text;
  }

  /** Number of cleaned characters. */
  public int length() {
    return text.length();
  }

  /** The input offset of the cleaned character at {@code index}. */
  public int inputOffset(int index) {
    return inputOffsets[index];
  }

  /** The characters {@code start} (inclusive) to {@code end} (exclusive), with their offsets. */
  public CleanText slice(int start, int end) {
    return new CleanText(text.substring(start, end), Arrays.copyOfRange(inputOffsets, start, end));
  }

  /** A copy of the input offsets, one per cleaned character. */
  public int[] inputOffsets() {
    return inputOffsets.clone();
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CleanText that
        && text.equals(that.text)
        && Arrays.equals(inputOffsets, that.inputOffsets);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + Arrays.hashCode(inputOffsets);
  }
}
