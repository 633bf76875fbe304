package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  @Test
  void dropsArabicArticlesHyphensAndCase() {
    assertThat(PlaceNames.key("al-Ramadi")).isEqualTo(PlaceNames.key("Ramadi"));
    assertThat(PlaceNames.key("Ar Ramadi")).isEqualTo(PlaceNames.key("Ramadi"));
    assertThat(PlaceNames.key("Salah ad-Din")).isEqualTo(PlaceNames.key("Salah ad Din"));
    assertThat(PlaceNames.key("Deir ez-Zor")).isEqualTo(PlaceNames.key("Deir Zor"));
  }

  @Test
  void foldsDiacriticsApostrophesAndDoubledLetters() {
    assertThat(PlaceNames.key("Karbalā’")).isEqualTo(PlaceNames.key("Karbala"));
    assertThat(PlaceNames.key("Al-Hassakeh")).isEqualTo(PlaceNames.key("Hasakeh"));
    assertThat(PlaceNames.key("Basrah")).isEqualTo(PlaceNames.key("Basra"));
    assertThat(PlaceNames.key("Île-de-France")).isEqualTo("ile de france");
  }

  @Test
  void keepsALoneArticleWord() {
    assertThat(PlaceNames.key("El")).isEqualTo("el");
  }

  @Test
  void leavesVowelVariantsApartForTheAliasLists() {
    assertThat(PlaceNames.key("Kerbala")).isNotEqualTo(PlaceNames.key("Karbala"));
  }

  @Test
  void writesOutShortPlaceWordsOnlyWhenAsked() {
    assertThat(PlaceNames.key("St. Paul")).isEqualTo("st paul");
    assertThat(PlaceNames.unabbreviated(PlaceNames.key("St. Paul")))
        .isEqualTo(PlaceNames.key("Saint Paul"));
    assertThat(PlaceNames.unabbreviated("mt pleasant")).isEqualTo("mount pleasant");
    assertThat(PlaceNames.unabbreviated("ft worth")).isEqualTo("fort worth");
    assertThat(PlaceNames.unabbreviated("stanton")).isEqualTo("stanton");
  }
}
