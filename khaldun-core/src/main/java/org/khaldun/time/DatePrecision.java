package org.khaldun.time;

/** How much of an {@link EventDate} the evidence supports. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
