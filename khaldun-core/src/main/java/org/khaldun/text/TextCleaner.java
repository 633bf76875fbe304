package org.khaldun.text;

import java.util.Arrays;

/**
 * Normalises article text for NLP and keeps, for every cleaned character, the offset of the input
 * character it came from.
 *
 * <p>What cleaning does, character by character:
 *
 * <ul>
 *   <li>typographic double quotes and guillemets ({@code “ ” „ ‟ « » 〝 〞 ＂}) become {@code "},
 *       single quotes and angle quotes ({@code ‘ ’ ‚ ‛ ‹ › ＇}) become {@code '}: CoreNLP's quote
 *       finder misses a quote opened with one style and closed with another;
 *   <li>apostrophe-like modifier letters of transliteration ({@code ʼ ʻ ʾ ʿ}) become {@code '}; the
 *       Unicode hyphens U+2010 and U+2011 become {@code -};
 *   <li>dashes ({@code – —}) and all other letters, digits and punctuation are kept as they are;
 *   <li>no-break and other odd spaces and tabs become a space; zero-width characters, soft hyphens,
 *       bidirectional marks and other control characters are dropped;
 *   <li>a run of spaces becomes one space, a run of white space with one line break becomes {@code
 *       "\n"}, one with two or more line breaks becomes a paragraph break {@code "\n\n"}; white
 *       space at the start and end is dropped.
 * </ul>
 *
 * <p>Every character keeps its length, so the offset map is exact: a kept or replaced character
 * maps to its input character, a space or line break left from a run of white space maps to the
 * first white-space character of the run, and a break the caller inserted ({@link
 * Builder#paragraphBreak()}) maps to the next real character.
 */
public final class TextCleaner {

  /** How line breaks in the input are read. */
  public enum Newlines {
    /**
     * Line breaks are structure (plain text, JSON strings): kept, and blank lines make paragraphs.
     */
    KEEP,
    /** Line breaks are layout (HTML source): read as spaces; the caller marks paragraphs. */
    AS_SPACE
  }

  private static final int DROP = -1;
  private static final int SPACE = -2;
  private static final int NEWLINE = -3;
  private static final int PARAGRAPH = -4;

  private TextCleaner() {}

  /** Cleans plain text whose input offsets start at 0. */
  public static CleanText clean(CharSequence input) {
    return builder(Newlines.KEEP).append(input, 0).build();
  }

  /** A builder that cleans text appended in pieces, each with its own input offsets. */
  public static Builder builder(Newlines newlines) {
    return new Builder(newlines);
  }

  /** The cleaned form of {@code c}: a character, or one of DROP, SPACE, NEWLINE, PARAGRAPH. */
  static int classify(char c) {
    switch (c) {
      case '\n', '\r', '\u000B', '\u0085', '\u2028':
        return NEWLINE;
      case '\u2029':
        return PARAGRAPH;
      case '\t', '\f':
        return SPACE;
      case '\u201C',
      '\u201D',
      '\u201E',
      '\u201F',
      '\u00AB',
      '\u00BB',
      '\u301D',
      '\u301E',
      '\u301F',
      '\uFF02':
        return '"';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\uFF07':
        return '\'';
      case '\u02BC', '\u02BB', '\u02BE', '\u02BF':
        // apostrophe-like letters of transliterated Arabic (Ba\u02BFath, Shi\u02BCa): written ' in
        // the ASCII spellings that dictionaries and gazetteers use
        return '\'';
      case '\u2010', '\u2011':
        // hyphens, not dashes: Salah ad\u2011Din must match Salah ad-Din
        return '-';
      default:
        break;
    }
    int type = Character.getType(c);
    if (type == Character.SPACE_SEPARATOR) {
      return SPACE;
    }
    if (type == Character.CONTROL || type == Character.FORMAT) {
      // FORMAT covers zero-width spaces and joiners, the soft hyphen, BOM and bidi marks
      return DROP;
    }
    return c;
  }

  /**
   * Cleans text appended piece by piece. Pieces are joined as if they were one text: white space at
   * the end of one piece and the start of the next collapses to one separator.
   */
  public static final class Builder {
    private final Newlines newlines;
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[256];
    private boolean pendingSpace;
    private int pendingNewlines;
    private int pendingOffset = -1;
    private boolean afterCarriageReturn;

    private Builder(Newlines newlines) {
      this.newlines = newlines;
    }

    /** Appends {@code input}, whose character i has input offset {@code inputStart + i}. */
    public Builder append(CharSequence input, int inputStart) {
      for (int i = 0; i < input.length(); i++) {
        append(input.charAt(i), inputStart + i);
      }
      return this;
    }

    /** Appends {@code input}, whose character i has input offset {@code inputOffsets[i]}. */
    public Builder append(CharSequence input, int[] inputOffsets) {
      if (inputOffsets.length != input.length()) {
        throw new IllegalArgumentException(
            input.length() + " chars but " + inputOffsets.length + " offsets");
      }
      for (int i = 0; i < input.length(); i++) {
        append(input.charAt(i), inputOffsets[i]);
      }
      return this;
    }

    /** Appends one input character found at {@code inputOffset}. */
    public Builder append(char c, int inputOffset) {
      boolean crlf = c == '\n' && afterCarriageReturn;
      afterCarriageReturn = c == '\r';
      if (crlf) {
        return this;
      }
      int cleaned = classify(c);
      if (cleaned == DROP) {
        return this;
      }
      if (cleaned < 0) {
        if (pendingOffset < 0) {
          pendingOffset = inputOffset;
        }
        if (cleaned == SPACE || newlines == Newlines.AS_SPACE) {
          pendingSpace = true;
        } else {
          pendingNewlines += cleaned == PARAGRAPH ? 2 : 1;
        }
        return this;
      }
      flushSeparator(inputOffset);
      put((char) cleaned, inputOffset);
      return this;
    }

    /** Makes the next character start a new paragraph ({@code "\n\n"} before it). */
    public Builder paragraphBreak() {
      pendingNewlines = Math.max(pendingNewlines, 2);
      return this;
    }

    /** Makes the next character start a new line, unless a paragraph break is already pending. */
    public Builder lineBreak() {
      pendingNewlines = Math.max(pendingNewlines, 1);
      return this;
    }

    /** Number of cleaned characters so far (a pending separator not counted). */
    public int length() {
      return text.length();
    }

    /** The cleaned text so far; white space pending at the end is dropped. */
    public CleanText build() {
      return new CleanText(text.toString(), Arrays.copyOf(offsets, text.length()));
    }

    private void flushSeparator(int nextOffset) {
      if (text.length() > 0) {
        int offset = pendingOffset >= 0 ? pendingOffset : nextOffset;
        if (pendingNewlines >= 2) {
          put('\n', offset);
          put('\n', offset);
        } else if (pendingNewlines == 1) {
          put('\n', offset);
        } else if (pendingSpace) {
          put(' ', offset);
        }
      }
      pendingSpace = false;
      pendingNewlines = 0;
      pendingOffset = -1;
    }

    private void put(char c, int offset) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = offset;
      text.append(c);
    }
  }
}
