package org.khaldun.ingest;

/**
 * Input that could not be coded, reported and skipped so that the rest of a batch goes on.
 *
 * @param origin the file (or {@code <stdin>}) the problem is in
 * @param line 1-based line number for line-oriented input (JSON Lines), 0 when not applicable
 * @param reason what is wrong, in words a user can act on
 */
public record InputProblem(String origin, int line, String reason) {

  /** One line for stderr: {@code origin:line: reason}. */
  public String message() {
    return line > 0 ? origin + ":" + line + ": " + reason : origin + ": " + reason;
  }
}
