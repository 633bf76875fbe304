package org.khaldun.store;

import java.nio.file.Path;

/**
 * Another process holds the database file. DuckDB lets one process open a file at a time (even
 * read-only), so a second {@code khaldun ingest} or {@code khaldun serve} on the same file gets
 * this at once rather than waiting.
 */
public final class StoreLockedException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  StoreLockedException(Path file, String detail, Throwable cause) {
    super(file + " is in use by another process (" + detail + ")", cause);
    this.file = file;
  }

  /** The database file that is held. */
  public Path file() {
    return file;
  }
}
