package org.khaldun.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  private static final String BODY =
      "Security forces repelled an attack by Islamic State militants on a village in Kirkuk"
          + " province overnight, local officials said on Wednesday.";

  private final Ingestor ingestor = Ingestor.create(IngestOptions.defaults());

  @Test
  void takesAShortFirstLineWithoutFullStopAsTheTitle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, "Attack repelled in Kirkuk\n" + BODY + "\n", StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();

    ingestor.read(List.of(file.toString()), sink);

    Article article = sink.articles.get(0);
    assertThat(article.title()).isEqualTo("Attack repelled in Kirkuk");
    assertThat(article.text()).isEqualTo("Attack repelled in Kirkuk\n\n" + BODY);
    assertThat(article.origin()).isEqualTo(file.toString());
    assertThat(article.id()).matches("[0-9a-f]{16}");
  }

  @Test
  void mapsTextOffsetsBackToTheFile(@TempDir Path dir) throws IOException {
    String content = "\uFEFFAttack repelled\r\n\r\n\u201CWe held,\u201D a commander said. " + BODY;
    Path file = dir.resolve("story.txt");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();

    ingestor.read(List.of(file.toString()), sink);

    Article article = sink.articles.get(0);
    assertThat(article.text()).startsWith("Attack repelled\n\n\"We held,\" a commander");
    for (String word : List.of("Attack", "We held", "commander", "Kirkuk", "Wednesday")) {
      int at = article.offsets().toInput(article.text().indexOf(word));
      assertThat(content.substring(at)).startsWith(word);
    }
    int quote = article.offsets().toInput(article.text().indexOf('"'));
    assertThat(content.charAt(quote)).isEqualTo('\u201C');
  }

  @Test
  void readsDirectoriesRecursivelyInSortedOrderSkippingHiddenFiles(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".git"));
    write(dir.resolve("b/inner/3.txt"), "three");
    write(dir.resolve("b/2.txt"), "two");
    write(dir.resolve("a.txt"), "one");
    write(dir.resolve(".hidden.txt"), "hidden");
    write(dir.resolve(".git/config.txt"), "hidden too");
    CollectingSink sink = new CollectingSink();

    List<Source> sources = ingestor.sources(List.of(dir.toString()), sink);
    ingestor.read(List.of(dir.toString()), sink);

    assertThat(sources)
        .extracting(s -> dir.relativize(s.path()).toString().replace('\\', '/'))
        .containsExactly("a.txt", "b/2.txt", "b/inner/3.txt");
    assertThat(sink.articles)
        .extracting(Article::text)
        .containsExactly(text("one"), text("two"), text("three"));
    assertThat(sink.problems).isEmpty();
  }

  @Test
  void readsStandardInputNamedByADash() {
    String page =
        "<!DOCTYPE html><html><head><title>Raid in Diyala</title></head><body><p>"
            + BODY
            + "</p></body></html>";
    Ingestor fromStdin =
        new Ingestor(
            IngestOptions.defaults(),
            () -> new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    CollectingSink sink = new CollectingSink();

    fromStdin.read(List.of("-"), sink);

    assertThat(sink.problems).isEmpty();
    Article article = sink.articles.get(0);
    assertThat(article.origin()).isEqualTo("<stdin>");
    assertThat(article.title()).isEqualTo("Raid in Diyala");
    assertThat(article.text()).isEqualTo("Raid in Diyala\n\n" + BODY);
  }

  @Test
  void sniffsTheFormatOfAFileWithoutExtension(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("page");
    write(page, "<html><body><article><p>" + BODY + "</p></article></body></html>");
    Path lines = dir.resolve("feed");
    write(
        lines,
        "{\"id\": \"x\", \"text\": \"" + BODY + "\"}\n{\"id\": \"y\", \"text\": \"" + BODY + "\"}");
    CollectingSink sink = new CollectingSink();

    ingestor.read(List.of(page.toString(), lines.toString()), sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).extracting(Article::text).containsOnly(BODY);
    assertThat(sink.articles).extracting(Article::id).endsWith("x", "y");
  }

  @Test
  void honoursTheCharsetAnHtmlPageDeclares(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("latin.html");
    String html =
        "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 bombing</title></head><body>"
            + "<p>"
            + BODY
            + " The caf\u00e9 was \u201Cclosed\u201D.</p></body></html>";
    Files.write(page, html.getBytes(Charset.forName("windows-1252")));
    CollectingSink sink = new CollectingSink();

    ingestor.read(List.of(page.toString()), sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles.get(0).title()).isEqualTo("Caf\u00e9 bombing");
    assertThat(sink.articles.get(0).text()).endsWith("The caf\u00e9 was \"closed\".");
  }

  @Test
  void buildsArticlesFromTextForProgrammaticUse() {
    Article article = ingestor.fromText("id-1", "Headline", LocalDate.of(2026, 1, 2), BODY);

    assertThat(article.id()).isEqualTo("id-1");
    assertThat(article.text()).isEqualTo("Headline\n\n" + BODY);
    assertThat(article.offsets().toInput(0)).isZero();
    assertThat(article.offsets().toInput(article.text().indexOf("Security"))).isZero();
    assertThat(article.offsets().toInput(article.text().indexOf("forces")))
        .isEqualTo(BODY.indexOf("forces"));
    assertThat(ingestor.fromText(null, null, null, BODY).id())
        .isEqualTo(ingestor.fromText(null, null, null, BODY).id());
    assertThatThrownBy(() -> ingestor.fromText(null, null, null, " \u200B "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no article text found");
  }

  @Test
  void checksLanguageOnlyWhenAsked(@TempDir Path dir) throws IOException {
    Path french = dir.resolve("fr.txt");
    write(
        french,
        "Les forces de s\u00e9curit\u00e9 irakiennes ont repouss\u00e9 une attaque contre un"
            + " village de la province de Kirkouk, ont indiqu\u00e9 mercredi les autorit\u00e9s"
            + " locales.");
    CollectingSink sink = new CollectingSink();

    Ingestor.create(IngestOptions.defaults().withRequireEnglish(false))
        .read(List.of(french.toString()), sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).hasSize(1);
  }

  private static String text(String word) {
    return word + " " + BODY;
  }

  private static void write(Path file, String word) throws IOException {
    String content = word.startsWith("<") || word.startsWith("{") ? word : text(word);
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
