package org.khaldun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  private static final String BODY =
      "A spokesman for Kataib Hezbollah said on Friday that the group would respond to any"
          + " attack on its positions near the Syrian border.";

  private final Ingestor ingestor = Ingestor.create(IngestOptions.defaults());

  private CollectingSink read(Path dir, String content) throws IOException {
    Path file = dir.resolve("articles.jsonl");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    ingestor.read(List.of(file.toString()), sink);
    return sink;
  }

  @Test
  void keepsTheIdGivenInTheInputAndReadsEveryField(@TempDir Path dir) throws IOException {
    CollectingSink sink =
        read(
            dir,
            "{\"id\": \"story-7\", \"url\": \"https://example.org/7\", \"title\": \"Militia warns"
                + " of response\", \"date\": \"2026-03-13T18:00:00+03:00\", \"source\": \"Example"
                + " Wire\", \"byline\": \"R. Karim\", \"text\": \""
                + BODY
                + "\"}\n");

    assertThat(sink.problems).isEmpty();
    Article article = sink.articles.get(0);
    assertThat(article.id()).isEqualTo("story-7");
    assertThat(article.url()).isEqualTo("https://example.org/7");
    assertThat(article.title()).isEqualTo("Militia warns of response");
    assertThat(article.date()).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(article.source()).isEqualTo("Example Wire");
    assertThat(article.byline()).isEqualTo("R. Karim");
    assertThat(article.text()).isEqualTo("Militia warns of response\n\n" + BODY);
    assertThat(article.origin()).endsWith("articles.jsonl:1");
  }

  @Test
  void reportsAnInvalidLineWithItsNumberAndReadsTheRest(@TempDir Path dir) throws IOException {
    String good = "{\"id\": \"%s\", \"text\": \"" + BODY + "\"}\n";
    CollectingSink sink =
        read(
            dir,
            good.formatted("a")
                + "\n"
                + "{\"id\": \"b\", \"text\": \"unterminated}\n"
                + good.formatted("c")
                + "{\"id\": \"d\", \"title\": \"no text\"}\n"
                + good.formatted("e"));

    assertThat(sink.articles).extracting(Article::id).containsExactly("a", "c", "e");
    assertThat(sink.problems).hasSize(2);
    assertThat(sink.problems.get(0).line()).isEqualTo(3);
    assertThat(sink.problems.get(0).reason()).startsWith("invalid JSON: ");
    assertThat(sink.problems.get(0).message()).contains("articles.jsonl:3: invalid JSON");
    assertThat(sink.problems.get(1).line()).isEqualTo(5);
    assertThat(sink.problems.get(1).reason()).contains("neither \"text\" nor \"html\"");
  }

  @Test
  void reportsALineThatIsNotUtf8WithItsNumber(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    byte[] good =
        ("{\"id\": \"a\", \"text\": \"" + BODY + "\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\": \"b\", \"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, concat(good, bad, good));
    CollectingSink sink = new CollectingSink();

    ingestor.read(List.of(file.toString()), sink);

    assertThat(sink.articles).hasSize(2);
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.reason())
                  .isEqualTo("not valid UTF-8 at byte 24; save the file as UTF-8");
            });
  }

  @Test
  void extractsArticlesGivenAsHtmlAndLetsFieldsOverrideThePage(@TempDir Path dir)
      throws IOException {
    String page =
        "<html><head><title>Page title | Site</title></head><body><article><p>"
            + BODY
            + "</p></article></body></html>";
    String line =
        "{\"id\": 42, \"title\": \"Given title\", \"html\": \""
            + page.replace("\"", "\\\"")
            + "\"}";
    CollectingSink sink = read(dir, line + "\n");

    assertThat(sink.problems).isEmpty();
    Article article = sink.articles.get(0);
    assertThat(article.id()).isEqualTo("42");
    assertThat(article.title()).isEqualTo("Given title");
    assertThat(article.text()).isEqualTo("Given title\n\n" + BODY);
    int body = article.text().indexOf("A spokesman");
    assertThat(page.substring(article.offsets().toInput(body))).startsWith("A spokesman");
  }

  @Test
  void mapsOffsetsIntoTheJsonStringValue(@TempDir Path dir) throws IOException {
    String text = "First  paragraph\\u00a0about Kerbala.\\n\\n\\n" + BODY;
    CollectingSink sink = read(dir, "{\"text\": \"" + text + "\"}\n");

    Article article = sink.articles.get(0);
    String value = "First  paragraph\u00a0about Kerbala.\n\n\n" + BODY;
    assertThat(article.text()).isEqualTo("First paragraph about Kerbala.\n\n" + BODY);
    int kerbala = article.text().indexOf("Kerbala");
    assertThat(value.substring(article.offsets().toInput(kerbala))).startsWith("Kerbala");
    int spokesman = article.text().indexOf("spokesman");
    assertThat(value.substring(article.offsets().toInput(spokesman))).startsWith("spokesman");
  }

  @Test
  void doesNotRepeatATitleTheTextAlreadyOpensWith(@TempDir Path dir) throws IOException {
    CollectingSink sink =
        read(
            dir,
            "{\"title\": \"Militia warns of response\", \"text\": \"Militia warns of response "
                + BODY
                + "\"}\n");

    assertThat(sink.articles.get(0).text()).isEqualTo("Militia warns of response\n\n" + BODY);
  }

  @Test
  void derivesAStableIdFromTheUrlWhenNoneIsGiven(@TempDir Path dir) throws IOException {
    String line = "{\"url\": \"https://example.org/story/9\", \"text\": \"" + BODY + "\"}\n";
    CollectingSink first = read(dir, line);
    CollectingSink second = read(dir, line.replace("story/9", "story/9/"));

    assertThat(first.articles.get(0).id()).matches("[0-9a-f]{16}");
    assertThat(second.articles.get(0).id()).isEqualTo(first.articles.get(0).id());
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  @Test
  void readsAShortFirstLineOfUntitledTextAsTheTitle(@TempDir Path dir) throws IOException {
    CollectingSink sink = read(dir, "{\"text\": \"Militia warns of response\\n" + BODY + "\"}\n");

    Article article = sink.articles.get(0);
    assertThat(article.title()).isEqualTo("Militia warns of response");
    assertThat(article.text()).isEqualTo("Militia warns of response\n\n" + BODY);
  }

  @Test
  void reportsANonEnglishLineWithItsNumberAndLanguageCode(@TempDir Path dir) throws IOException {
    String french =
        "Un porte-parole du groupe a d\u00e9clar\u00e9 vendredi que ses combattants"
            + " r\u00e9pondraient \u00e0 toute attaque contre leurs positions pr\u00e8s de la"
            + " fronti\u00e8re syrienne.";
    CollectingSink sink =
        read(
            dir,
            "{\"id\": \"en\", \"text\": \""
                + BODY
                + "\"}\n{\"id\": \"fr\", \"text\": \""
                + french
                + "\"}\n");

    assertThat(sink.articles).extracting(Article::id).containsExactly("en");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.reason()).contains("detected language \"fra\" (ISO 639-3)");
            });
  }

  @Test
  void readsOneLineGivenApartAsAFileLineIsRead(@TempDir Path dir) throws IOException {
    String line =
        "{\"id\": \"story-7\", \"title\": \"Militia warns of response\", \"date\":"
            + " \"2026-03-13\", \"text\": \""
            + BODY
            + "\"}";
    CollectingSink fromFile = read(dir, line + "\n");
    CollectingSink alone = new CollectingSink();
    ingestor.readJsonLine(line, "part-0:1", alone);

    assertThat(alone.problems).isEmpty();
    Article article = alone.articles.get(0);
    Article expected = fromFile.articles.get(0);
    assertThat(article.id()).isEqualTo(expected.id());
    assertThat(article.title()).isEqualTo(expected.title());
    assertThat(article.date()).isEqualTo(expected.date());
    assertThat(article.text()).isEqualTo(expected.text());
    int body = article.text().indexOf("Kataib");
    assertThat(article.offsets().toInput(body)).isEqualTo(expected.offsets().toInput(body));
    assertThat(article.origin()).isEqualTo("part-0:1");
  }

  @Test
  void reportsABadLineGivenApartWithItsOrigin() {
    CollectingSink sink = new CollectingSink();
    ingestor.readJsonLine("{\"id\": \"b\", \"text\": \"unterminated}", "part-0:2", sink);
    ingestor.readJsonLine("   ", "part-0:3", sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).hasSize(1);
    assertThat(sink.problems.get(0).message()).startsWith("part-0:2: invalid JSON");
  }
}
