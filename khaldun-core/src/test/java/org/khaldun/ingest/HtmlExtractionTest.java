package org.khaldun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {
  private final Ingestor ingestor = Ingestor.create(IngestOptions.defaults());

  static String fixture(String name) {
    try (InputStream in = HtmlExtractionTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Article typical() {
    return ingestor.fromHtml(fixture("typical-article.html"), null, "typical-article.html");
  }

  @Test
  void keepsTheArticleParagraphsSeparatedByBlankLines() {
    String text = typical().text();

    assertThat(text)
        .contains("The Islamic State group, known in Arabic as Daesh, has rebuilt sleeper cells")
        .contains("Ahmed al-Assadi")
        .contains("accused US forces of allowing the militants")
        .contains("sectors.\n\nA spokesman for Harakat Hezbollah al-Nujaba");
  }

  @Test
  void startsTheTextWithTheTitleOnItsOwnParagraph() {
    Article article = typical();

    assertThat(article.title())
        .isEqualTo("Daesh rebuilds cells in eight Iraqi provinces, researcher warns");
    assertThat(article.text())
        .startsWith(article.title() + "\n\nBAGHDAD \u2013 The Islamic State group");
  }

  @Test
  void dropsCommentFormBoilerplate() {
    String text = typical().text();

    assertThat(text)
        .doesNotContain("Leave a Reply")
        .doesNotContain("email address will not be published")
        .doesNotContain("Required fields")
        .doesNotContain("Post Comment");
  }

  @Test
  void dropsShareWidgetsRelatedListsCookieNoticeAndNewsletterBox() {
    String text = typical().text();

    assertThat(text)
        .doesNotContain("Share on Facebook")
        .doesNotContain("Tweet")
        .doesNotContain("Related articles")
        .doesNotContain("arrest ISIS suspects in Kirkuk")
        .doesNotContain("cookies")
        .doesNotContain("newsletter")
        .doesNotContain("Advertisement")
        .doesNotContain("Most read")
        .doesNotContain("All rights reserved")
        .doesNotContain("Region");
  }

  @Test
  void normalisesQuotesWrittenAsEntities() {
    assertThat(typical().text())
        .contains("\"The daechists are moving in small groups of five to ten fighters,\" said")
        .contains("\"The government must end the presence of foreign troops,\" the spokesman");
  }

  @Test
  void readsMetadataFromMetaTagsAndJsonLdGraph() {
    Article article = typical();

    assertThat(article.date()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(article.byline()).isEqualTo("Layla Haddad, Omar Farouk");
    assertThat(article.source()).isEqualTo("The Tigris Observer");
    assertThat(article.url())
        .isEqualTo("https://tigris-observer.example/2026/03/daesh-cells-eight-provinces/");
  }

  @Test
  void derivesTheIdFromTheCanonicalUrl() {
    Article article = typical();
    Article sameStoryOtherLink =
        ingestor.fromHtml(
            fixture("typical-article.html")
                .replace(
                    "<link rel=\"canonical\" href=\"https://tigris-observer.example/2026/03/daesh-cells-eight-provinces/\">",
                    "<link rel=\"canonical\" href=\"https://Tigris-Observer.example/2026/03/daesh-cells-eight-provinces?utm_source=x#top\">"),
            null,
            "copy.html");

    assertThat(article.id()).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(sameStoryOtherLink.id()).isEqualTo(article.id());
  }

  @Test
  void mapsCleanedOffsetsBackToTheHtmlSource() {
    String html = fixture("typical-article.html");
    Article article = typical();

    for (String phrase :
        new String[] {"Kerbala", "Hashd al-Shaabi", "Ahmed al-Assadi", "BAGHDAD"}) {
      int cleaned = article.text().indexOf(phrase);
      int input = article.offsets().toInput(cleaned);
      assertThat(html.substring(input, input + phrase.length())).isEqualTo(phrase);
    }
    int quote = article.text().indexOf("\"The daechists");
    assertThat(html.substring(article.offsets().toInput(quote))).startsWith("&#8220;The daechists");
    int titleInText = article.text().indexOf("researcher warns");
    int titleInHtml = article.offsets().toInput(titleInText);
    assertThat(html.substring(titleInHtml)).startsWith("researcher warns</h1>");
  }

  @Test
  void endsTheArticleAtACommentHeadingAndStripsTheSiteFromTheTitle() {
    Article article =
        ingestor.fromHtml(
            fixture("plain-comment-form.html"), "https://www.kerbala-news.example/a/1", "p.html");

    assertThat(article.title()).isEqualTo("Militia spokesman calls on government to act");
    assertThat(article.text())
        .contains("called on the Iraqi government to reaffirm")
        .endsWith("The spokesman said the units would support the army if asked.")
        .doesNotContain("Home")
        .doesNotContain("Leave a Reply")
        .doesNotContain("Website");
    assertThat(article.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(article.byline()).isEqualTo("Sami Rahim");
    assertThat(article.source()).isEqualTo("kerbala-news.example");
    assertThat(article.url()).isEqualTo("https://www.kerbala-news.example/a/1");
  }

  @Test
  void readsTheDateFromTimeElementsAndMicrodata() {
    String html =
        "<html><body><article><h1>Convoy attacked near Ramadi</h1>"
            + "<span itemprop=\"author\"><span itemprop=\"name\">Nadia Saleh</span></span>"
            + "<time datetime=\"2025-12-01T08:00:00Z\">1 December</time>"
            + "<p>Gunmen attacked a supply convoy on the road west of Ramadi early on Monday,"
            + " killing two drivers, a police officer in Anbar province said.</p></article>"
            + "</body></html>";

    Article article = ingestor.fromHtml(html, null, "t.html");

    assertThat(article.date()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(article.byline()).isEqualTo("Nadia Saleh");
    assertThat(article.title()).isEqualTo("Convoy attacked near Ramadi");
    assertThat(article.text())
        .isEqualTo(
            "Convoy attacked near Ramadi\n\nGunmen attacked a supply convoy on the road west of"
                + " Ramadi early on Monday, killing two drivers, a police officer in Anbar province"
                + " said.");
  }

  @Test
  void picksTheDensestContainerWhenThePageHasNoArticleElement() {
    String html =
        "<html><body><div class=\"top\"><a href=\"/\">Home</a> <a href=\"/w\">World</a></div>"
            + "<div class=\"x\"><div class=\"teaser\"><p>Short teaser about the weather today in"
            + " town.</p></div>"
            + "<div class=\"y\"><p>The first long paragraph of the story reports that officials"
            + " met in Baghdad on Sunday to discuss security.</p><p>The second long paragraph"
            + " adds that the talks will continue next week in Erbil with Kurdish leaders.</p>"
            + "</div></div></body></html>";

    Article article = ingestor.fromHtml(html, null, "d.html");

    assertThat(article.text())
        .startsWith("The first long paragraph")
        .contains("\n\nThe second long paragraph")
        .doesNotContain("teaser about the weather");
  }

  @Test
  void dropsWidgetsWhoseClassNamesRunWordsTogether() {
    String html =
        "<html><body><div class=\"entry-content\"><p>Officials in Nineveh said on Thursday that"
            + " reconstruction of the old city of Mosul would take at least another five years.</p>"
            + "<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><p>Mosul dam repairs begin"
            + " after years of delay, engineers say in a statement on Monday morning</p></div>"
            + "<ol class=\"commentlist\"><li><p>Great article, thanks for sharing this with all of"
            + " us here, I learned a lot from it today</p></li></ol></div></body></html>";

    Article article = ingestor.fromHtml(html, null, "wp.html");

    assertThat(article.text()).doesNotContain("dam repairs").doesNotContain("Great article");
  }

  @Test
  void takesTheHeadlineRatherThanTheSiteNameInTheHeader() {
    String html =
        "<html><head><title>Ignored</title></head><body><header><h1 class=\"logo\">Daily"
            + " Bulletin</h1></header><div class=\"story\"><h1>Curfew lifted in Basra</h1><p>"
            + "Authorities in Basra lifted a night curfew on Thursday after a week of protests over"
            + " power cuts, the provincial governor said.</p></div></body></html>";

    Article article = ingestor.fromHtml(html, null, "h.html");

    assertThat(article.title()).isEqualTo("Curfew lifted in Basra");
    assertThat(article.text()).startsWith("Curfew lifted in Basra\n\nAuthorities in Basra");
  }

  @Test
  void readsDoubleLineBreaksAsParagraphsInPagesWithoutParagraphElements() {
    String html =
        "<html><body><div class=\"text\">Gunmen opened fire on a checkpoint near Tarmiyah late on"
            + " Tuesday, wounding two policemen.<br>\n<br>\nThe attackers fled towards the"
            + " orchards north of Baghdad,<br>police sources said.</div></body></html>";

    Article article = ingestor.fromHtml(html, null, "br.html");

    assertThat(article.text())
        .isEqualTo(
            "Gunmen opened fire on a checkpoint near Tarmiyah late on Tuesday, wounding two"
                + " policemen.\n\nThe attackers fled towards the orchards north of Baghdad,\npolice"
                + " sources said.");
  }

  @Test
  void keepsShortListItemsOfTheStoryAndDropsAHeadlineThatDiffersFromOgTitle() {
    String html =
        "<html><head><meta property=\"og:title\" content=\"IS cells active in Iraq\"></head>"
            + "<body><article><h1>Islamic State cells active in three provinces</h1><p>The"
            + " researcher listed the provinces where the group has rebuilt its cells over the"
            + " past year:</p><ul><li>Kerbala</li><li>Anbar</li><li>Salah ad-Din</li></ul>"
            + "</article></body></html>";

    Article article = ingestor.fromHtml(html, null, "list.html");

    assertThat(article.title()).isEqualTo("IS cells active in Iraq");
    assertThat(article.text())
        .startsWith("IS cells active in Iraq\n\nThe researcher listed")
        .endsWith("past year:\n\nKerbala\n\nAnbar\n\nSalah ad-Din");
  }
}
