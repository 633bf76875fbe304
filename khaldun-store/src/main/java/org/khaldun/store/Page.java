package org.khaldun.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param total number of rows matching, over all pages
 * @param page 1-based page number
 * @param pageSize requested rows per page
 * @param items the rows of this page
 */
public record Page<T>(long total, int page, int pageSize, List<T> items) {
  public Page {
    items = List.copyOf(items);
  }
}
