package org.khaldun.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {

  private static final ActorDictionary DEFAULT = ActorDictionary.loadDefault();

  private static ActorDictionary parse(String text) {
    return ActorDictionary.load(new StringReader(text), "t.txt");
  }

  @Test
  void bundledDictionaryCoversEveryIsoCountryWithItsOrgans() {
    for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
      assertThat(DEFAULT.findById(code)).as(code).isPresent();
      assertThat(DEFAULT.findById(code + ".MIL")).as(code).isPresent();
    }
    Actor army = DEFAULT.expectById("IRQ.MIL");
    assertThat(army.cameo()).isEqualTo("IRQMIL");
    assertThat(army.sector()).isEqualTo(Sector.MIL);
    assertThat(army.name()).isEqualTo("Iraqi military");
  }

  @Test
  void findsIslamicStateUnderEveryTransliteration() {
    for (String name :
        new String[] {
          "ISIS", "ISIL", "Daesh", "Daech", "daechists", "Islamic State of Iraq and the Levant"
        }) {
      assertThat(DEFAULT.findByName(name)).as(name).map(Actor::id).contains("ISIS");
    }
  }

  @Test
  void findsMilitiasWithOrWithoutArticles() {
    for (String name : new String[] {"al-Nujaba", "Nujaba", "el Nujaba", "Al Nujaba"}) {
      assertThat(DEFAULT.findByName(name)).as(name).map(Actor::id).contains("NUJABA");
    }
    for (String name :
        new String[] {"Hashd al-Shaabi", "Hashd al-Shabi", "PMF", "Popular Mobilisation Units"}) {
      assertThat(DEFAULT.findByName(name)).as(name).map(Actor::id).contains("PMF");
    }
    assertThat(DEFAULT.findByName("Asa'ib Ahl al-Haq")).map(Actor::id).contains("AAH");
  }

  @Test
  void adjectivesAreNotNames() {
    assertThat(DEFAULT.findByName("Iraqi")).isEmpty();
    assertThat(DEFAULT.findByName("Iraqis")).map(Actor::id).contains("IRQ");
  }

  @Test
  void expectByIdNamesTheMissingId() {
    assertThatThrownBy(() -> DEFAULT.expectById("NOPE"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("NOPE");
  }

  @Test
  void exposesAliasesForNamedEntityGazetteers() {
    assertThat(DEFAULT.aliases()).contains("Daesh", "Hashd al-Shaabi", "Iraqi", "Pentagon");
  }

  @Test
  void addsOrganAliasesAndComposesOrgans() {
    ActorDictionary d =
        parse(
            "IRQ | type=country | name=Iraq | adjectives=Iraqi\nIRQ.GOV | aliases=Green Zone government\n");
    assertThat(d.findByName("green zone government")).map(Actor::id).contains("IRQ.GOV");
    assertThat(d.size()).isEqualTo(1 + DictionaryParser.ORGAN_SECTORS.size());
  }

  @Test
  void userFilesExtendTheBundledDictionary(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.txt");
    Files.writeString(
        file,
        "# local militia\nTRIBE1 | type=group | name=Albu Nimr fighters | country=IRQ | sector=MIL\n"
            + "USA.MIL | aliases=CJTF-OIR\n",
        StandardCharsets.UTF_8);
    ActorDictionary d = ActorDictionary.loadDefaultAnd(List.of(file));
    assertThat(d.findByName("Albu Nimr fighters")).map(Actor::country).contains("IRQ");
    assertThat(d.findByName("CJTF-OIR")).map(Actor::id).contains("USA.MIL");
    assertThat(d.findByName("Daesh")).isPresent();
    assertThatThrownBy(() -> ActorDictionary.load(List.of(file)))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("mine.txt:3: organ USA.MIL of unknown country USA");
  }

  @Test
  void rejectsUnknownSector() {
    assertThatThrownBy(() -> parse("# groups\nX | name=X | sector=RBL\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessage("t.txt:2: unknown sector 'RBL'");
  }

  @Test
  void rejectsBadAlpha3() {
    assertThatThrownBy(() -> parse("X | name=X | country=IRK\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("t.txt:1: country 'IRK' is not an ISO 3166 alpha-3 code");
    assertThatThrownBy(() -> parse("IRK | type=country | name=Irak\n"))
        .hasMessageStartingWith("t.txt:1: country id 'IRK'");
  }

  @Test
  void rejectsDuplicateId() {
    assertThatThrownBy(() -> parse("X | name=X\n\nX | name=Y\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessage("t.txt:3: duplicate id 'X' (first at t.txt:1)");
  }

  @Test
  void rejectsMissingName() {
    assertThatThrownBy(() -> parse("X | sector=REB\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessage("t.txt:1: missing name");
  }

  @Test
  void rejectsBadCameoShape() {
    assertThatThrownBy(() -> parse("X | name=X | cameo=IRQREBX\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("t.txt:1: bad CAMEO code 'IRQREBX'");
  }

  @Test
  void rejectsUnknownKeyAndAliasNamingTwoActors() {
    assertThatThrownBy(() -> parse("X | name=X | colour=red\n"))
        .hasMessage("t.txt:1: unknown key 'colour'");
    assertThatThrownBy(() -> parse("X | name=X | aliases=Shared\nY | name=Y | aliases=shared\n"))
        .hasMessageStartingWith("t.txt:2: alias 'shared' already names X");
  }
}
