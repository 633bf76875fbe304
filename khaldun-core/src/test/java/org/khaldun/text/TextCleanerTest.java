package org.khaldun.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void normalisesTypographicQuotesAndGuillemetsToAscii() {
    String input =
        "\u201CNo,\u201D he said. \u00ABOui\u00BB \u201Elow\u201F \u2018it\u2019s\u2019 \u2039a\u203A";

    assertThat(TextCleaner.clean(input).text())
        .isEqualTo("\"No,\" he said. \"Oui\" \"low\" 'it's' 'a'");
  }

  @Test
  void writesTransliterationApostrophesAndUnicodeHyphensInAscii() {
    assertThat(
            TextCleaner.clean("Ba\u02BFath, Shi\u02BCa, Salah ad\u2011Din, al\u2010Nujaba").text())
        .isEqualTo("Ba'ath, Shi'a, Salah ad-Din, al-Nujaba");
  }

  @Test
  void keepsDashes() {
    assertThat(TextCleaner.clean("Baghdad \u2013 the army \u2014 and police").text())
        .isEqualTo("Baghdad \u2013 the army \u2014 and police");
  }

  @Test
  void turnsOddSpacesIntoOneSpaceAndDropsInvisibleCharacters() {
    String input = "al-\u200BNujaba\u00A0\u00A0said\u2009 on\tSaturday\u00AD\u200E\u0007.";

    assertThat(TextCleaner.clean(input).text()).isEqualTo("al-Nujaba said on Saturday.");
  }

  @Test
  void keepsParagraphBreaksAndLineBreaks() {
    String input = "  Title line\r\n\r\n\r\nFirst  paragraph\nwrapped.\n \n Second.  \n";

    assertThat(TextCleaner.clean(input).text())
        .isEqualTo("Title line\n\nFirst paragraph\nwrapped.\n\nSecond.");
  }

  @Test
  void readsNewlinesAsSpacesInHtmlMode() {
    CleanText clean =
        TextCleaner.builder(TextCleaner.Newlines.AS_SPACE)
            .append("one\n  two", 0)
            .paragraphBreak()
            .append("three", 20)
            .build();

    assertThat(clean.text()).isEqualTo("one two\n\nthree");
  }

  @Test
  void mapsEveryCleanedCharacterBackToItsInputCharacter() {
    String input = "\u00A0\u201CIS\u201D  fighters\u200B attacked\n\n\nKarbala";
    CleanText clean = TextCleaner.clean(input);

    assertThat(clean.text()).isEqualTo("\"IS\" fighters attacked\n\nKarbala");
    for (int i = 0; i < clean.length(); i++) {
      char cleaned = clean.text().charAt(i);
      char original = input.charAt(clean.inputOffset(i));
      if (Character.isLetter(cleaned)) {
        assertThat(original).as("character %d", i).isEqualTo(cleaned);
      }
    }
    int karbala = clean.text().indexOf("Karbala");
    assertThat(clean.inputOffset(karbala)).isEqualTo(input.indexOf("Karbala"));
  }

  @Test
  void mapsInsertedParagraphBreakToTheNextRealCharacter() {
    CleanText clean =
        TextCleaner.builder(TextCleaner.Newlines.AS_SPACE)
            .append("Title", 100)
            .paragraphBreak()
            .append("Body", 7)
            .build();

    assertThat(clean.text()).isEqualTo("Title\n\nBody");
    assertThat(clean.inputOffset(5)).isEqualTo(7);
    assertThat(clean.inputOffset(6)).isEqualTo(7);
  }

  @Test
  void cleaningCleanTextChangesNothing() {
    String once = TextCleaner.clean("\u00AB A \u00BB\u00A0 b\n\n\n c \u2019").text();

    assertThat(TextCleaner.clean(once).text()).isEqualTo(once);
  }
}
