package org.khaldun.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parsing of publication dates as sites and feeds write them. A date-time keeps the
 * calendar date it was written in (the publisher's local date), not its UTC date.
 */
final class Dates {
  private static final Pattern NUMERIC =
      Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![0-9])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");

  private static final DateTimeFormatter MONTH_DAY_YEAR = english("MMMM d, uuuu");
  private static final DateTimeFormatter MON_DAY_YEAR = english("MMM d, uuuu");
  private static final DateTimeFormatter DAY_MONTH_YEAR = english("d MMMM uuuu");
  private static final DateTimeFormatter DAY_MON_YEAR = english("d MMM uuuu");
  private static final DateTimeFormatter WEEKDAY_MONTH_DAY_YEAR = english("EEEE, MMMM d, uuuu");

  private static final List<Function<String, LocalDate>> PARSERS =
      List.of(
          s -> OffsetDateTime.parse(s).toLocalDate(),
          s -> ZonedDateTime.parse(s).toLocalDate(),
          s -> LocalDateTime.parse(s).toLocalDate(),
          LocalDate::parse,
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(),
          s -> LocalDate.parse(s, MONTH_DAY_YEAR),
          s -> LocalDate.parse(s, MON_DAY_YEAR),
          s -> LocalDate.parse(s, DAY_MONTH_YEAR),
          s -> LocalDate.parse(s, DAY_MON_YEAR),
          s -> LocalDate.parse(s, WEEKDAY_MONTH_DAY_YEAR));

  private Dates() {}

  /** The date in {@code text}, or null when it holds none this parser knows. */
  static LocalDate parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty() || s.length() > 100) {
      return null;
    }
    for (Function<String, LocalDate> parser : PARSERS) {
      try {
        return parser.apply(s);
      } catch (DateTimeParseException e) {
        // not this form; try the next
      }
    }
    return numericPrefix(s);
  }

  /** A date at the start of text such as {@code 2009-03-20 12:24:52.002364-05} or 20260314. */
  private static LocalDate numericPrefix(String s) {
    Matcher m = NUMERIC.matcher(s);
    Matcher compact = COMPACT.matcher(s);
    try {
      if (m.find()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)));
      }
      if (compact.find()) {
        return LocalDate.of(
            Integer.parseInt(compact.group(1)),
            Integer.parseInt(compact.group(2)),
            Integer.parseInt(compact.group(3)));
      }
    } catch (DateTimeException e) {
      // a month 13 or a 31 April: no date rather than a wrong one
    }
    return null;
  }

  private static DateTimeFormatter english(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
