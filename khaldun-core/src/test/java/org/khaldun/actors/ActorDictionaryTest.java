package org.khaldun.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

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
