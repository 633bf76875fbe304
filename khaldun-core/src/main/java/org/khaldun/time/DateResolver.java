package org.khaldun.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khaldun.nlp.Sentence;

/**
 * Dates a sentence's event: the first date expression in the sentence (longest at a position), else
 * the publication date. English only; month and weekday names must be capitalised ("May 3", not
 * "may"). A pure function of the sentence text and the publication date.
 *
 * <p>Rules, for publication date P:
 *
 * <ul>
 *   <li>"2024-03-03", "3 March 2024", "March 3, 2024" (also "Mar." and ordinals): that day.
 *   <li>"March 3", "3 March": that day in the year (P's, the one before or after) closest to P.
 *   <li>"March 2024": MONTH; "in 2024" / "during 2024": YEAR.
 *   <li>"today", "tonight", "this morning/afternoon/evening": P. "yesterday": P - 1 day.
 *   <li>"Tuesday", "on Tuesday": the latest Tuesday on or before P (P itself counts: news style
 *       names the weekday even for the day of publication). "last Tuesday": strictly before P.
 *       "next Tuesday": strictly after P.
 *   <li>"last week": P - 7 days with MONTH precision (the week is not pinned down to a day, and
 *       WEEK is not a precision). "last month": the first of the previous month, MONTH. "last
 *       year": 1 January of the previous year, YEAR. "this month"/"this year": likewise for P.
 * </ul>
 *
 * Forms that need P give nothing when P is null; the sentence is then dated only by a full date.
 */
public final class DateResolver {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** A pattern and how to turn its match into a date given P (which may be null). */
  private record Rule(Pattern pattern, BiFunction<MatchResult, LocalDate, EventDate> resolve) {}

  private static final List<Rule> RULES =
      List.of(
          rule(
              "\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b",
              (m, p) -> day(m, m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
          rule(
              "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b",
              (m, p) -> day(m, m.group(3), month(m.group(2)), m.group(1))),
          rule(
              "\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b",
              (m, p) -> day(m, m.group(3), month(m.group(1)), m.group(2))),
          rule(
              "\\b" + MONTH + "\\s+" + DAY + "\\b",
              (m, p) -> closest(m, p, m.group(1), m.group(2))),
          rule(
              "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?!\\w)",
              (m, p) -> closest(m, p, m.group(2), m.group(1))),
          rule(
              "\\b" + MONTH + "\\s+(?:of\\s+)?" + YEAR + "\\b",
              (m, p) ->
                  of(
                      m,
                      LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1),
                      DatePrecision.MONTH)),
          rule(
              "\\b(?:[Ii]n|[Dd]uring)\\s+" + YEAR + "\\b",
              (m, p) ->
                  of(m, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR)),
          rule(
              "\\b(?i:today|tonight|this morning|this afternoon|this evening)\\b",
              (m, p) -> p == null ? null : of(m, p, DatePrecision.DAY)),
          rule(
              "\\b(?i:yesterday)\\b",
              (m, p) -> p == null ? null : of(m, p.minusDays(1), DatePrecision.DAY)),
          rule(
              "\\b(?:(?i:last|this past)\\s+)?(?:(?i:next)\\s+)?" + WEEKDAY + "\\b",
              DateResolver::weekday),
          rule(
              "\\b(?i:last|past)\\s+(?i:(week|month|year))\\b",
              (m, p) -> p == null ? null : last(m, p, m.group(1).toLowerCase(Locale.ROOT))),
          rule(
              "\\b(?i:this)\\s+(?i:(month|year))\\b",
              (m, p) -> p == null ? null : current(m, p, m.group(1).toLowerCase(Locale.ROOT))));

  private DateResolver() {}

  public static DateResolver create() {
    return new DateResolver();
  }

  /**
   * The event date of {@code sentence}: from its text when it has a date expression, else {@code
   * published} (DAY precision, not from text); empty when neither gives a date.
   */
  public Optional<EventDate> resolve(Sentence sentence, LocalDate published) {
    String text = sentence.text() == null ? "" : sentence.text();
    List<MatchResult> matches = new ArrayList<>();
    List<Rule> owners = new ArrayList<>();
    for (Rule r : RULES) {
      Matcher m = r.pattern.matcher(text);
      while (m.find()) {
        matches.add(m.toMatchResult());
        owners.add(r);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(i -> matches.get(i).start())
            .thenComparing(i -> -(matches.get(i).end() - matches.get(i).start())));
    for (int i : order) {
      EventDate d;
      try {
        d = owners.get(i).resolve.apply(matches.get(i), published);
      } catch (DateTimeException e) {
        continue; // "February 30": not a date, look further
      }
      if (d != null) {
        return Optional.of(d);
      }
    }
    return published == null
        ? Optional.empty()
        : Optional.of(new EventDate(published, DatePrecision.DAY, false, null));
  }

  private static Rule rule(String regex, BiFunction<MatchResult, LocalDate, EventDate> resolve) {
    return new Rule(Pattern.compile(regex), resolve);
  }

  private static EventDate of(MatchResult m, LocalDate date, DatePrecision precision) {
    return new EventDate(date, precision, true, m.group());
  }

  private static EventDate day(MatchResult m, String year, int month, String day) {
    return of(
        m, LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), DatePrecision.DAY);
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  /** Month and day without a year: the year that puts the date closest to publication. */
  private static EventDate closest(MatchResult m, LocalDate p, String monthName, String dayText) {
    if (p == null) {
      return null;
    }
    int month = month(monthName);
    int day = Integer.parseInt(dayText);
    LocalDate best = null;
    for (int year = p.getYear() - 1; year <= p.getYear() + 1; year++) {
      LocalDate d = LocalDate.of(year, month, day);
      if (best == null
          || Math.abs(ChronoUnit.DAYS.between(d, p)) < Math.abs(ChronoUnit.DAYS.between(best, p))) {
        best = d;
      }
    }
    return of(m, best, DatePrecision.DAY);
  }

  private static EventDate weekday(MatchResult m, LocalDate p) {
    if (p == null) {
      return null;
    }
    DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    String lead = m.group().toLowerCase(Locale.ROOT);
    LocalDate d;
    if (lead.startsWith("next")) {
      d = p.with(TemporalAdjusters.next(dow));
    } else if (lead.startsWith("last") || lead.startsWith("this past")) {
      d = p.with(TemporalAdjusters.previous(dow));
    } else {
      d = p.with(TemporalAdjusters.previousOrSame(dow));
    }
    return of(m, d, DatePrecision.DAY);
  }

  private static EventDate last(MatchResult m, LocalDate p, String unit) {
    return switch (unit) {
      case "week" -> of(m, p.minusDays(7), DatePrecision.MONTH);
      case "month" -> of(m, p.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH);
      default -> of(m, LocalDate.of(p.getYear() - 1, 1, 1), DatePrecision.YEAR);
    };
  }

  private static EventDate current(MatchResult m, LocalDate p, String unit) {
    return unit.equals("month")
        ? of(m, p.withDayOfMonth(1), DatePrecision.MONTH)
        : of(m, LocalDate.of(p.getYear(), 1, 1), DatePrecision.YEAR);
  }
}
