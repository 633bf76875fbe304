package org.khaldun.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventModelOptionsTest {

  @Test
  void isOnByDefaultAndOffWhenDisabled() {
    assertThat(EventModelOptions.defaults().enabled()).isTrue();
    assertThat(EventModelOptions.disabled().enabled()).isFalse();
    assertThat(EventModelOptions.defaults().withEnabled(false))
        .isEqualTo(EventModelOptions.disabled());
  }

  @Test
  void rejectsThresholdsOutsideZeroToOneNamingThem() {
    assertThatThrownBy(() -> new EventModelOptions(true, 1.5, 0.1))
        .hasMessage("minScore must be between 0 and 1, got 1.5");
    assertThatThrownBy(() -> new EventModelOptions(true, 0.2, Double.NaN))
        .hasMessage("minMargin must be between 0 and 1, got NaN");
  }
}
