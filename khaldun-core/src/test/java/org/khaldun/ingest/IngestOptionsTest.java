package org.khaldun.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IngestOptionsTest {

  @Test
  void defaultsAreValid() {
    IngestOptions options = IngestOptions.defaults();

    assertThat(options.maxFileBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(options.requireEnglish()).isTrue();
    assertThat(options.format()).isEqualTo(Format.AUTO);
  }

  @Test
  void rejectsBadSettingsNamingThem() {
    assertThatThrownBy(() -> IngestOptions.defaults().withMaxFileBytes(0))
        .hasMessageContaining("maxFileBytes");
    assertThatThrownBy(() -> IngestOptions.defaults().withMinTextChars(-1))
        .hasMessageContaining("minTextChars");
    assertThatThrownBy(() -> new IngestOptions(100, 0, 0, true, Format.AUTO))
        .hasMessageContaining("maxArticleChars");
    assertThatThrownBy(() -> new IngestOptions(100, 10, 20, true, Format.AUTO))
        .hasMessageContaining("minTextChars (20) must not exceed maxArticleChars (10)");
    assertThatThrownBy(() -> IngestOptions.defaults().withFormat(null))
        .hasMessageContaining("format");
  }
}
