package org.khaldun.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.eval.SpanMatcher.Span;

class SpanMatcherTest {

  @Test
  void pairsEachGoldSpanWithItsLargestOverlapOnce() {
    // Gold "Rapides Parish" [10, 24) and "Alexandria" [30, 40); predictions "Rapides" [10, 17),
    // "Rapides Parish" [10, 24), "Alexandria" [30, 40), "Monday" [50, 56).
    List<Span> gold = List.of(new Span(10, 24), new Span(30, 40));
    List<Span> predicted =
        List.of(new Span(10, 17), new Span(10, 24), new Span(30, 40), new Span(50, 56));

    assertThat(SpanMatcher.match(gold, predicted)).containsExactly(1, 2);
  }

  @Test
  void leavesAGoldSpanUnpairedWhenNothingOverlaps() {
    assertThat(SpanMatcher.match(List.of(new Span(0, 5)), List.of(new Span(5, 9))))
        .containsExactly(-1);
  }
}
