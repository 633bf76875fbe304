package org.khaldun.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityCorrectionsTest {

  private static List<EntityCorrections.Entry> parse(String text) throws IOException {
    return EntityCorrections.parse(new BufferedReader(new StringReader(text)), "test.tsv");
  }

  @Test
  void readsOneEntityPerLineWithItsSpellings() throws IOException {
    List<EntityCorrections.Entry> entries =
        parse("# comment\n\nLOCATION\tKarbala | Kerbala\nORGANIZATION\tDa'esh\n");

    assertThat(entries)
        .containsExactly(
            new EntityCorrections.Entry("Karbala", EntityType.LOCATION),
            new EntityCorrections.Entry("Kerbala", EntityType.LOCATION),
            new EntityCorrections.Entry("Da'esh", EntityType.ORGANIZATION));
  }

  @Test
  void addsTheCapitalisedFormOfLowerCaseSpellings() throws IOException {
    assertThat(parse("LOCATION\tal-Ramadi\n"))
        .extracting(EntityCorrections.Entry::spelling)
        .containsExactly("al-Ramadi", "Al-Ramadi");
  }

  @Test
  void rejectsUnknownTypeWithFileAndLine() {
    assertThatThrownBy(() -> parse("# header\nPLACE\tKirkuk\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.tsv:2")
        .hasMessageContaining("PLACE");
  }

  @Test
  void rejectsSpellingsThatWouldActAsRegularExpressions() {
    assertThatThrownBy(() -> parse("LOCATION\tKirk.k\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.tsv:1")
        .hasMessageContaining("Kirk.k");
  }

  @Test
  void rejectsLineWithoutTab() {
    assertThatThrownBy(() -> parse("LOCATION Kirkuk\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.tsv:1");
  }

  @Test
  void splitsPossessiveEndingsLikeTheTokenizer() {
    assertThat(EntityCorrections.coreNlpPattern("People's Protection Units"))
        .isEqualTo("People 's Protection Units");
    assertThat(EntityCorrections.coreNlpPattern("Kurdistan Workers' Party"))
        .isEqualTo("Kurdistan Workers ' Party");
    assertThat(EntityCorrections.coreNlpPattern("Ta'izz")).isEqualTo("Ta'izz");
  }

  @Test
  void loadsTheProjectFile() {
    assertThat(EntityCorrections.load())
        .contains(
            new EntityCorrections.Entry("Salah ad-Din", EntityType.LOCATION),
            new EntityCorrections.Entry("Hashd al-Shaabi", EntityType.ORGANIZATION));
  }
}
