package org.khaldun.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {

  static String fixture(String name) {
    try (InputStream in = DuplicateIndexTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void linksAWireCopyWithSmallEditsToTheOriginal() {
    DuplicateIndex index = new DuplicateIndex(FusionOptions.defaults());
    assertThat(index.add("a", fixture("wire-original.txt"))).isNull();
    DuplicateLink link = index.add("b", fixture("wire-copy.txt"));
    assertThat(link).isNotNull();
    assertThat(link.originalId()).isEqualTo("a");
    assertThat(link.similarity()).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void doesNotLinkAReportOfTheSameEventInOtherWords() {
    DuplicateIndex index = new DuplicateIndex(FusionOptions.defaults());
    index.add("a", fixture("wire-original.txt"));
    assertThat(index.add("c", fixture("own-words.txt"))).isNull();
    assertThat(index.add("d", fixture("unrelated.txt"))).isNull();
  }

  @Test
  void estimatesSimilarityAboveThresholdForCopiesAndNearZeroForUnrelatedTexts() {
    MinHasher hasher = new MinHasher(5, 128);
    int[] original = hasher.signature(fixture("wire-original.txt"));
    assertThat(MinHasher.similarity(original, hasher.signature(fixture("wire-copy.txt"))))
        .isGreaterThan(0.5);
    assertThat(MinHasher.similarity(original, hasher.signature(fixture("own-words.txt"))))
        .isLessThan(0.2);
    assertThat(MinHasher.similarity(original, hasher.signature(fixture("unrelated.txt"))))
        .isLessThan(0.1);
  }

  @Test
  void linksACopyOfACopyToTheEarliestSeenOriginal() {
    DuplicateIndex index = new DuplicateIndex(FusionOptions.defaults());
    index.add("first", fixture("wire-original.txt"));
    index.add("second", fixture("wire-copy.txt"));
    DuplicateLink third = index.add("third", fixture("wire-copy.txt") + " Updated at noon.");
    assertThat(third.originalId()).isEqualTo("first");
  }

  @Test
  void givesTheSameSignatureInEveryRun() {
    String text = fixture("wire-original.txt");
    assertThat(new MinHasher(5, 128).signature(text))
        .containsExactly(new MinHasher(5, 128).signature(text));
  }

  @Test
  void ignoresTextWithNoWords() {
    DuplicateIndex index = new DuplicateIndex(FusionOptions.defaults());
    assertThat(index.add("a", " -- ")).isNull();
    assertThat(index.add("b", " -- ")).isNull();
  }
}
