package org.khaldun.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khaldun.nlp.Token;

/**
 * AP-style US state abbreviations ("Smyrna, Tenn."), trusted only right after "Town," since most
 * are words once their full stop is gone (Ten, Ark, Ore, Miss, Mass, Pa). Two-letter dotted forms
 * such as N.Y. and D.C. are safe anywhere and live in the supplement instead.
 */
final class StateAbbreviations {

  private static final Map<String, String> STATES =
      Map.ofEntries(
          Map.entry("Ala", "Alabama"),
          Map.entry("Ariz", "Arizona"),
          Map.entry("Ark", "Arkansas"),
          Map.entry("Calif", "California"),
          Map.entry("Colo", "Colorado"),
          Map.entry("Conn", "Connecticut"),
          Map.entry("Del", "Delaware"),
          Map.entry("Fla", "Florida"),
          Map.entry("Ga", "Georgia"),
          Map.entry("Ill", "Illinois"),
          Map.entry("Ind", "Indiana"),
          Map.entry("Kan", "Kansas"),
          Map.entry("Kans", "Kansas"),
          Map.entry("Ky", "Kentucky"),
          Map.entry("La", "Louisiana"),
          Map.entry("Md", "Maryland"),
          Map.entry("Mass", "Massachusetts"),
          Map.entry("Mich", "Michigan"),
          Map.entry("Minn", "Minnesota"),
          Map.entry("Miss", "Mississippi"),
          Map.entry("Mo", "Missouri"),
          Map.entry("Mont", "Montana"),
          Map.entry("Neb", "Nebraska"),
          Map.entry("Nebr", "Nebraska"),
          Map.entry("Nev", "Nevada"),
          Map.entry("Okla", "Oklahoma"),
          Map.entry("Ore", "Oregon"),
          Map.entry("Oreg", "Oregon"),
          Map.entry("Pa", "Pennsylvania"),
          Map.entry("Tenn", "Tennessee"),
          Map.entry("Vt", "Vermont"),
          Map.entry("Va", "Virginia"),
          Map.entry("Wash", "Washington"),
          Map.entry("Wis", "Wisconsin"),
          Map.entry("Wisc", "Wisconsin"),
          Map.entry("Wyo", "Wyoming"));

  private StateAbbreviations() {}

  /**
   * The state named by the abbreviation at token {@code i} ("Tenn." as one token, or "Tenn"
   * followed by "."), when it follows a capitalised word and a comma; empty otherwise.
   */
  static Optional<String> afterTownComma(List<Token> tokens, int i) {
    if (i < 2 || i >= tokens.size() || !tokens.get(i - 1).text().equals(",")) {
      return Optional.empty();
    }
    String previous = tokens.get(i - 2).text();
    if (previous.isEmpty() || !Character.isUpperCase(previous.codePointAt(0))) {
      return Optional.empty();
    }
    String text = tokens.get(i).text();
    String bare;
    if (text.endsWith(".")) {
      bare = text.substring(0, text.length() - 1);
    } else if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")) {
      bare = text;
    } else {
      return Optional.empty();
    }
    return Optional.ofNullable(STATES.get(bare));
  }

  /** The state an abbreviation without its full stop names ("Tenn" is Tennessee); empty if none. */
  static Optional<String> state(String bare) {
    return Optional.ofNullable(STATES.get(bare));
  }
}
