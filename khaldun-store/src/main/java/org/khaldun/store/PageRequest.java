package org.khaldun.store;

/**
 * Which page of a result to return.
 *
 * @param page 1-based page number, at most {@link #MAX_PAGE}
 * @param pageSize rows per page, 1 to {@link #MAX_PAGE_SIZE}
 */
public record PageRequest(int page, int pageSize) {
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;

  /** Far enough for any paging by hand; keeps the row offset well inside a long. */
  public static final int MAX_PAGE = 1_000_000;

  public static final PageRequest FIRST = new PageRequest(1, DEFAULT_PAGE_SIZE);

  public PageRequest {
    if (page < 1 || page > MAX_PAGE) {
      throw new InvalidParameterException(
          "page", "page must be between 1 and " + MAX_PAGE + ", was " + page);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidParameterException(
          "page_size", "page_size must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
    }
  }

  long offset() {
    return (long) (page - 1) * pageSize;
  }
}
