package org.khaldun.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khaldun.nlp.SentenceFixture.sentence;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {

  /** A Tuesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);

  private final DateResolver resolver = DateResolver.create();

  private Optional<EventDate> resolve(String text) {
    return resolver.resolve(sentence(text), PUBLISHED);
  }

  private EventDate expect(String text) {
    return resolve(text).orElseThrow();
  }

  @Test
  void usesThePublicationDateWhenTheSentenceGivesNone() {
    assertThat(expect("Gunmen attacked a checkpoint."))
        .isEqualTo(new EventDate(PUBLISHED, DatePrecision.DAY, false, null));
  }

  @Test
  void readsIsoDates() {
    assertThat(expect("The raid on 2024-02-28 killed three."))
        .isEqualTo(new EventDate(LocalDate.of(2024, 2, 28), DatePrecision.DAY, true, "2024-02-28"));
  }

  @Test
  void readsDayMonthYear() {
    assertThat(expect("On 3 March 2023 the army withdrew.").date()).isEqualTo("2023-03-03");
    assertThat(expect("On 1st Feb. 2023 it began.").date()).isEqualTo("2023-02-01");
    assertThat(expect("On the 3rd of March 2023 the army withdrew.").date())
        .isEqualTo("2023-03-03");
  }

  @Test
  void readsMonthDayCommaYear() {
    EventDate d = expect("Clashes broke out on March 3, 2023, near the border.");
    assertThat(d.date()).isEqualTo("2023-03-03");
    assertThat(d.evidence()).isEqualTo("March 3, 2023");
  }

  @Test
  void givesAYearlessDayTheYearClosestToPublication() {
    assertThat(expect("The convoy was hit on March 3.").date()).isEqualTo("2024-03-03");
    assertThat(expect("The convoy was hit on 28 December.").date()).isEqualTo("2023-12-28");
  }

  @Test
  void readsMonthYearAsMonthPrecision() {
    assertThat(expect("Since January 2023 the group has regrouped."))
        .extracting(EventDate::date, EventDate::precision)
        .containsExactly(LocalDate.of(2023, 1, 1), DatePrecision.MONTH);
  }

  @Test
  void readsInYearAsYearPrecision() {
    assertThat(expect("The city fell in 2014."))
        .extracting(EventDate::date, EventDate::precision)
        .containsExactly(LocalDate.of(2014, 1, 1), DatePrecision.YEAR);
  }

  @Test
  void readsYesterdayAndToday() {
    assertThat(expect("Police said yesterday that two died.").date()).isEqualTo("2024-03-04");
    assertThat(expect("Talks resume today.").date()).isEqualTo(PUBLISHED);
  }

  @Test
  void readsAWeekdayAsTheLatestOnOrBeforePublication() {
    assertThat(expect("The attack happened on Sunday.").date()).isEqualTo("2024-03-03");
    assertThat(expect("Officials met on Tuesday.").date()).isEqualTo(PUBLISHED);
    assertThat(expect("Officials met last Tuesday.").date()).isEqualTo("2024-02-27");
    assertThat(expect("They will meet next Friday.").date()).isEqualTo("2024-03-08");
  }

  @Test
  void readsLastWeekAsAMonthPrecisionDate() {
    assertThat(expect("Fighting flared last week."))
        .extracting(EventDate::date, EventDate::precision, EventDate::fromText)
        .containsExactly(LocalDate.of(2024, 2, 27), DatePrecision.MONTH, true);
    assertThat(expect("Prices rose last month.").date()).isEqualTo("2024-02-01");
    assertThat(expect("The law passed last year.").precision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void takesTheFirstDateInTheSentence() {
    assertThat(expect("On Monday, after the March 1 raid, troops left.").date())
        .isEqualTo("2024-03-04");
  }

  @Test
  void ignoresLowerCaseMonthAndWeekdayWords() {
    assertThat(expect("Protesters may march 5 kilometres.").fromText()).isFalse();
  }

  @Test
  void skipsImpossibleDays() {
    assertThat(expect("Reports dated February 30, 2024 were false.").fromText()).isFalse();
  }

  @Test
  void isEmptyWithoutPublicationDateUnlessTheTextGivesAFullDate() {
    assertThat(resolver.resolve(sentence("Officials met on Tuesday."), null)).isEmpty();
    assertThat(resolver.resolve(sentence("Officials met on March 3, 2023."), null))
        .get()
        .extracting(EventDate::date)
        .isEqualTo(LocalDate.of(2023, 3, 3));
  }
}
