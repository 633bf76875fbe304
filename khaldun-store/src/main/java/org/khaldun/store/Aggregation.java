package org.khaldun.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What events are grouped by. Day and week buckets come in date order, the others by count. */
public enum Aggregation {
  DAY,
  WEEK,
  ADMIN1,
  COUNTRY,
  TYPE,
  ACTOR;

  /** Reads a {@code by} parameter value. */
  public static Aggregation parse(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException("by", "by is required: one of " + names());
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("by", "by \"" + value + "\" is not one of " + names());
    }
  }

  private static String names() {
    return Arrays.stream(values())
        .map(v -> v.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
