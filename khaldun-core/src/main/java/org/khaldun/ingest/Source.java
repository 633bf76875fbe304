package org.khaldun.ingest;

import java.nio.file.Path;

/**
 * One input to read: a file, or standard input.
 *
 * @param path the file, or null for standard input
 */
public record Source(Path path) {

  /** Standard input, named {@code -} on the command line. */
  public static final Source STDIN = new Source(null);

  /** The origin used in articles and problems: the path as given, or {@code <stdin>}. */
  public String origin() {
    return path == null ? "<stdin>" : path.toString();
  }

  /** Whether this is standard input. */
  public boolean isStdin() {
    return path == null;
  }
}
