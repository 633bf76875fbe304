package org.khaldun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-14|2026-03-14",
        "2026-03-14T23:30:00+03:00|2026-03-14",
        "2026-03-14T23:30:00Z|2026-03-14",
        "2026-03-14T09:30:00|2026-03-14",
        "2026-03-14T09:30:00.123+01:00[Europe/Paris]|2026-03-14",
        "Sat, 14 Mar 2026 09:30:00 GMT|2026-03-14",
        "2009-03-20 12:24:52.002364-05|2009-03-20",
        "2026/03/14|2026-03-14",
        "20260314|2026-03-14",
        "March 14, 2026|2026-03-14",
        "14 March 2026|2026-03-14",
        "Mar 14, 2026|2026-03-14"
      })
  void parsesTheDateFormsSitesAndFeedsUse(String text, LocalDate expected) {
    assertThat(Dates.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2026-13-45", "14/03/2026 maybe", "Tuesday"})
  void givesNoDateRatherThanAWrongOne(String text) {
    assertThat(Dates.parse(text)).isNull();
  }
}
