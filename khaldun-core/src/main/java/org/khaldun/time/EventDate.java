package org.khaldun.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened.
 *
 * @param date the day; for MONTH precision the first of the month, for YEAR the first of January,
 *     unless the rule that produced it says otherwise ({@link DateResolver})
 * @param precision how much of {@code date} is supported by the evidence
 * @param fromText true when the sentence dated the event, false when it is the publication date
 * @param evidence the words of the sentence that gave the date, or null for the publication date
 */
public record EventDate(
    LocalDate date, DatePrecision precision, boolean fromText, String evidence) {
  public EventDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
  }
}
