package org.khaldun.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryCodesTest {

  private final CountryCodes codes = new CountryCodes(EvalFixtures.gazetteer());

  @Test
  void convertsAlpha2Alpha3AndEnglishNamesToAlpha3() {
    assertThat(codes.toAlpha3("FR")).isEqualTo("FRA");
    assertThat(codes.toAlpha3("irq")).isEqualTo("IRQ");
    assertThat(codes.toAlpha3("United States")).isEqualTo("USA");
    assertThat(codes.toAlpha3("Saint Kitts and Nevis"))
        .isEqualTo("KNA"); // JDK: "St. Kitts & Nevis"
    assertThat(codes.toAlpha3("Palestinian Territory")).isEqualTo("PSE");
  }

  @Test
  void returnsNullForWhatNamesNoCountry() {
    assertThat(codes.toAlpha3(null)).isNull();
    assertThat(codes.toAlpha3("Atlantis")).isNull();
  }
}
