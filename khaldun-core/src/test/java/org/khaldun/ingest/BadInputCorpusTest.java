package org.khaldun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad inputs must each give one problem a user can act on, never an exception. */
class BadInputCorpusTest {
  private static final Map<String, String> EXPECTED_REASONS =
      Map.ofEntries(
          Map.entry("empty.txt", "empty file"),
          Map.entry("blank.txt", "empty file (only white space)"),
          Map.entry("binary.bin", "binary file (NUL byte at offset 8)"),
          Map.entry("control-bytes.dat", "binary file"),
          Map.entry("latin1.txt", "not valid UTF-8 at byte 19"),
          Map.entry("french.txt", "not in English: detected language \"fra\""),
          Map.entry("arabic.txt", "not in English: detected language \"ara\""),
          Map.entry("too-short.txt", "text too short: 26 characters"),
          Map.entry("pretty-printed.json", "not JSON Lines"),
          Map.entry("array.json", "not JSON Lines"),
          Map.entry("no-text-field.jsonl", "neither \"text\" nor \"html\""),
          Map.entry("unterminated-string.jsonl", "invalid JSON"),
          Map.entry("utf16.txt", "UTF-16"),
          Map.entry("bad-charset.html", "charset \"x-no-such-charset\""),
          Map.entry("pdf-document.txt", "PDF"),
          Map.entry("no-text.html", "no article text found"),
          Map.entry("frameset.html", "no article text found"),
          Map.entry("malformed.html", ""));

  private final Ingestor ingestor = Ingestor.create(IngestOptions.defaults());

  static Stream<Arguments> corpus() throws URISyntaxException, IOException {
    Path dir = Path.of(BadInputCorpusTest.class.getResource("bad").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().map(f -> Arguments.of(f.getFileName().toString(), f)).toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void reportsOneProblemAndNoArticle(String name, Path file) {
    CollectingSink sink = new CollectingSink();

    ingestor.read(List.of(file.toString()), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).hasSize(1);
    InputProblem problem = sink.problems.get(0);
    assertThat(problem.origin()).isEqualTo(file.toString());
    assertThat(EXPECTED_REASONS).as("expected reason for %s", name).containsKey(name);
    assertThat(problem.reason()).contains(EXPECTED_REASONS.get(name));
  }

  @Test
  void readsTheWholeCorpusAsOneBatchWithOneProblemPerFile() throws Exception {
    Path dir = Path.of(BadInputCorpusTest.class.getResource("bad").toURI());
    CollectingSink sink = new CollectingSink();

    ingestor.read(List.of(dir.toString()), sink);

    assertThat(sink.problems).hasSize(EXPECTED_REASONS.size());
  }

  @Test
  void reportsAFileOverTheSizeCapWithoutReadingIt(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line =
        "Forces attacked the town of Tikrit on Monday. \n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 25_000; i++) {
        out.write(line);
      }
    }
    long size = Files.size(big);
    Ingestor small = Ingestor.create(IngestOptions.defaults().withMaxFileBytes(1_000_000));
    CollectingSink sink = new CollectingSink();

    small.read(List.of(big.toString()), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .extracting(InputProblem::reason)
        .asString()
        .contains("file is " + size + " bytes, over the limit of 1000000 bytes");
  }

  @Test
  void capsEachJsonLineInsteadOfTheWholeFile(@TempDir Path dir) throws IOException {
    String text =
        "Militants attacked an army post near Baiji on Sunday, killing three soldiers, security"
            + " officials in Salahuddin province said.";
    String good = "{\"id\": \"ok\", \"text\": \"" + text + "\"}\n";
    String huge = "{\"id\": \"huge\", \"text\": \"" + "word ".repeat(400) + "\"}\n";
    Path file = dir.resolve("many.jsonl");
    Files.writeString(file, good.repeat(5) + huge + good, StandardCharsets.UTF_8);
    Ingestor small = Ingestor.create(IngestOptions.defaults().withMaxFileBytes(1000));
    CollectingSink sink = new CollectingSink();

    small.read(List.of(file.toString()), sink);

    assertThat(Files.size(file)).isGreaterThan(1000);
    assertThat(sink.articles).hasSize(6);
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(6);
              assertThat(p.reason()).contains("over the limit of 1000 bytes");
            });
  }

  @Test
  void reportsAMissingPathAndGoesOn(@TempDir Path dir) throws IOException {
    Path real = dir.resolve("real.txt");
    Files.writeString(
        real,
        "Iraqi forces said on Monday they had arrested four suspected members of a cell in Diyala"
            + " province after a raid on a farm.",
        StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();

    ingestor.read(List.of(dir.resolve("missing.txt").toString(), real.toString()), sink);

    assertThat(sink.problems)
        .singleElement()
        .extracting(InputProblem::reason)
        .isEqualTo("no such file or directory");
    assertThat(sink.articles).hasSize(1);
  }

  @Test
  void neverThrowsOnTruncatedHtml() {
    String page = HtmlExtractionTest.fixture("typical-article.html");
    IngestOptions lenient = IngestOptions.defaults().withMinTextChars(0).withRequireEnglish(false);
    for (int end = 1; end <= page.length(); end += 37) {
      byte[] bytes = page.substring(0, end).getBytes(StandardCharsets.UTF_8);
      Ingestor fromStdin =
          new Ingestor(lenient.withFormat(Format.HTML), () -> new ByteArrayInputStream(bytes));
      CollectingSink sink = new CollectingSink();

      fromStdin.read(List.of("-"), sink);

      assertThat(sink.articles.size() + sink.problems.size()).as("prefix of %d chars", end).isOne();
    }
  }
}
