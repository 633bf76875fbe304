package org.khaldun.actors;

/**
 * A malformed actor dictionary. The message starts with {@code file:line:} and gives the reason,
 * e.g. {@code groups.txt:12: unknown sector 'RBL'}.
 */
public final class DictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DictionaryException(String fileName, int line, String reason) {
    super(fileName + ":" + line + ": " + reason);
  }

  DictionaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
