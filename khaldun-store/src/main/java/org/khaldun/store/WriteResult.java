package org.khaldun.store;

/**
 * What one write did.
 *
 * @param written articles stored (new or replaced)
 * @param unchanged articles skipped because the store already held them unchanged
 * @param events events stored
 */
public record WriteResult(int written, int unchanged, int events) {
  public WriteResult plus(WriteResult other) {
    return new WriteResult(
        written + other.written, unchanged + other.unchanged, events + other.events);
  }

  public static final WriteResult NONE = new WriteResult(0, 0, 0);
}
