package org.khaldun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.khaldun.ingest.Article;
import org.khaldun.output.EventRecord;
import org.khaldun.output.Json;

/**
 * Whole-article output compared with expected files, as jsoup's printer tests do: each input under
 * {@code golden/} has a {@code NAME.expected.jsonl} beside it. After a deliberate change in output,
 * regenerate them with {@code mvn test -Dtest=GoldenArticlesTest -Dkhaldun.golden.update} and
 * review the diff before committing.
 */
class GoldenArticlesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/org/khaldun/pipeline/golden");

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files
          .filter(f -> !f.getFileName().toString().endsWith(".expected.jsonl"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void codesArticleAsExpected(Path input) throws IOException {
    List<String> actual = new ArrayList<>();
    for (Article article : TestPipeline.read(input.toString())) {
      for (EventRecord record : TestPipeline.get().code(article).events()) {
        actual.add(Json.mapper().writeValueAsString(record));
      }
    }
    String name = input.getFileName().toString();
    Path expected = GOLDEN.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.jsonl");
    if (System.getProperty("khaldun.golden.update") != null) {
      write(expected, actual);
    }
    assertThat(expected).as("expected output for %s", input).exists();
    assertThat(actual)
        .as("events of %s (regenerate with -Dkhaldun.golden.update after review)", input)
        .containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
