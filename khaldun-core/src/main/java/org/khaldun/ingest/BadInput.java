package org.khaldun.ingest;

/**
 * Thrown inside ingest when an input cannot be used; caught where the input was opened and turned
 * into one {@link InputProblem}, so that the batch goes on.
 */
final class BadInput extends Exception {
  private static final long serialVersionUID = 1L;

  BadInput(String reason) {
    super(reason, null, false, false);
  }

  String reason() {
    return getMessage();
  }
}
