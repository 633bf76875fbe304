package org.khaldun.ingest;

import java.util.Objects;

/**
 * Limits and choices for ingest.
 *
 * @param maxFileBytes largest text or HTML file read, in bytes; a larger one is reported, not read.
 *     JSON Lines files may be any size: the cap applies to each line instead
 * @param maxArticleChars largest cleaned article text kept, in characters; a longer one is reported
 * @param minTextChars shortest cleaned body (title not counted) kept, in characters; a shorter one
 *     is reported as too short to code
 * @param requireEnglish report and skip articles whose language is not English
 * @param format how files are read; {@link Format#AUTO} decides by extension, then content
 */
public record IngestOptions(
    long maxFileBytes,
    long maxArticleChars,
    int minTextChars,
    boolean requireEnglish,
    Format format) {

  /** 20 MB per file (or per JSON line). */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** One million characters per article, far above any news story. */
  public static final long DEFAULT_MAX_ARTICLE_CHARS = 1_000_000L;

  /**
   * 100 characters: a one-sentence news brief passes, while the residue of a page whose content
   * could not be found ("Subscribe to continue reading") usually does not.
   */
  public static final int DEFAULT_MIN_TEXT_CHARS = 100;

  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
    }
    if (maxFileBytes > Integer.MAX_VALUE - 8) {
      // files are read into one array
      throw new IllegalArgumentException(
          "maxFileBytes must be at most " + (Integer.MAX_VALUE - 8) + ", was " + maxFileBytes);
    }
    if (maxArticleChars <= 0) {
      throw new IllegalArgumentException(
          "maxArticleChars must be positive, was " + maxArticleChars);
    }
    if (minTextChars < 0) {
      throw new IllegalArgumentException("minTextChars must not be negative, was " + minTextChars);
    }
    if (minTextChars > maxArticleChars) {
      throw new IllegalArgumentException(
          "minTextChars ("
              + minTextChars
              + ") must not exceed maxArticleChars ("
              + maxArticleChars
              + ")");
    }
    Objects.requireNonNull(format, "format");
  }

  /** 20 MB files, 1M-character articles, 100-character minimum, English only, format by name. */
  public static IngestOptions defaults() {
    return new IngestOptions(
        DEFAULT_MAX_FILE_BYTES,
        DEFAULT_MAX_ARTICLE_CHARS,
        DEFAULT_MIN_TEXT_CHARS,
        true,
        Format.AUTO);
  }

  /** These options with another file size cap. */
  public IngestOptions withMaxFileBytes(long bytes) {
    return new IngestOptions(bytes, maxArticleChars, minTextChars, requireEnglish, format);
  }

  /** These options with another minimum text length. */
  public IngestOptions withMinTextChars(int chars) {
    return new IngestOptions(maxFileBytes, maxArticleChars, chars, requireEnglish, format);
  }

  /** These options with the language check on or off. */
  public IngestOptions withRequireEnglish(boolean required) {
    return new IngestOptions(maxFileBytes, maxArticleChars, minTextChars, required, format);
  }

  /** These options with another input format. */
  public IngestOptions withFormat(Format newFormat) {
    return new IngestOptions(
        maxFileBytes, maxArticleChars, minTextChars, requireEnglish, newFormat);
  }
}
