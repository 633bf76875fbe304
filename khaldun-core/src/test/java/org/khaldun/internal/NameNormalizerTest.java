package org.khaldun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

  @Test
  void ignoresCaseDiacriticsAndApostrophes() {
    assertThat(NameNormalizer.normalize("Médecins Sans Frontières"))
        .isEqualTo(NameNormalizer.normalize("MEDECINS sans frontieres"));
    assertThat(NameNormalizer.normalize("Asa'ib Ahl al-Haq"))
        .isEqualTo(NameNormalizer.normalize("Asaib Ahl al Haq"));
    assertThat(NameNormalizer.normalize("U.S.")).isEqualTo("us");
  }

  @Test
  void dropsArabicArticlesInAnySpelling() {
    String nujaba = NameNormalizer.normalize("Nujaba");
    assertThat(NameNormalizer.normalize("al-Nujaba")).isEqualTo(nujaba);
    assertThat(NameNormalizer.normalize("el Nujaba")).isEqualTo(nujaba);
    assertThat(NameNormalizer.normalize("Al-Nujaba")).isEqualTo(nujaba);
    assertThat(NameNormalizer.normalize("Salah ad-Din")).isEqualTo("salah din");
  }

  @Test
  void keepsEnglishWordsThatLookLikeArticles() {
    assertThat(NameNormalizer.normalize("an attack at dawn")).isEqualTo("an atack at dawn");
  }

  @Test
  void collapsesDoubledLetters() {
    assertThat(NameNormalizer.normalize("al-Assadi"))
        .isEqualTo(NameNormalizer.normalize("al-Asadi"));
    assertThat(NameNormalizer.normalize("Hashd al-Shaabi"))
        .isEqualTo(NameNormalizer.normalize("Hashd al-Shabi"));
  }

  @Test
  void treatsHyphensAsSpaces() {
    assertThat(NameNormalizer.normalize("Tehrik-i-Taliban"))
        .isEqualTo(NameNormalizer.normalize("Tehrik i Taliban"));
  }

  @Test
  void looseKeyFoldsTransliteratedVowels() {
    assertThat(NameNormalizer.looseKey(NameNormalizer.normalize("Kerbala")))
        .isEqualTo(NameNormalizer.looseKey(NameNormalizer.normalize("Karbala")));
    assertThat(NameNormalizer.looseKey(NameNormalizer.normalize("Hizbullah")))
        .isEqualTo(NameNormalizer.looseKey(NameNormalizer.normalize("Hezbollah")));
    assertThat(NameNormalizer.looseKey("iran")).isNotEqualTo(NameNormalizer.looseKey("iron"));
  }

  @Test
  void dropsArticlesAcrossTokensAndKeepsTokenIndexes() {
    assertThat(NameNormalizer.words(List.of("Hashd", "al", "Shaabi")))
        .containsExactly(new NameNormalizer.Word("hashd", 0), new NameNormalizer.Word("shabi", 2));
  }

  @Test
  void possessiveIsTheSameWrittenOrSplitOff() {
    assertThat(NameNormalizer.normalize("People's Protection Units"))
        .isEqualTo(NameNormalizer.normalize("People 's Protection Units"))
        .isEqualTo("people protection units");
  }

  @Test
  void slugKeepsArticles() {
    assertThat(NameNormalizer.slug("Hisham al-Hashimi")).isEqualTo("hisham-al-hashimi");
  }
}
