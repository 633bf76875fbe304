package org.khaldun.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.khaldun.internal.NameNormalizer;

/**
 * The nouns that name a state's organs, composed with a country by the recognizer ("the Iraqi
 * army", "US troops", "Iraq's government", "government forces of Syria") instead of one dictionary
 * line per country.
 *
 * <p>"Security forces" and "police" are {@code COP}: in CAMEO they are the interior ministry's
 * forces, distinct from the army ({@code MIL}). "Government forces" are {@code MIL}. A country's
 * people ("Iraqi civilians") are {@code CVL}.
 */
final class StateOrgans {

  private static final Map<String, Sector> PHRASES = new HashMap<>();

  /** Organs that, unqualified, denote the state the article is about ("the government said"). */
  private static final Set<String> UNQUALIFIED;

  static {
    put(
        Sector.GOV,
        "government",
        "governments",
        "authorities",
        "administration",
        "cabinet",
        "regime",
        "officials",
        "government officials",
        "leadership",
        "presidency",
        "foreign ministry",
        "ministry of foreign affairs",
        "interior ministry",
        "defence ministry",
        "defense ministry",
        "ministry of defence",
        "ministry of defense",
        "ministry of interior",
        "diplomats",
        "envoys");
    put(
        Sector.MIL,
        "army",
        "armies",
        "military",
        "militaries",
        "troops",
        "forces",
        "soldiers",
        "navy",
        "air force",
        "armed forces",
        "government forces",
        "ground forces",
        "ground troops",
        "special forces",
        "marines",
        "defence forces",
        "defense forces",
        "military forces",
        "army forces",
        "warplanes",
        "jets",
        "fighter jets",
        "drones",
        "army units",
        "units",
        "commandos",
        "servicemen",
        "service members",
        "counterterrorism forces",
        "counter terrorism forces",
        "counter-terrorism service",
        "coast guard");
    put(
        Sector.COP,
        "police",
        "police forces",
        "police force",
        "policemen",
        "police officers",
        "security forces",
        "security services",
        "security personnel",
        "border guards",
        "border police",
        "federal police",
        "riot police");
    put(
        Sector.LEG,
        "parliament",
        "congress",
        "lawmakers",
        "legislature",
        "legislators",
        "mps",
        "senate",
        "national assembly",
        "parliamentarians",
        "senators");
    put(
        Sector.JUD,
        "court",
        "courts",
        "judges",
        "judiciary",
        "supreme court",
        "prosecutors",
        "federal court",
        "high court");
    put(
        Sector.SPY,
        "intelligence",
        "intelligence services",
        "intelligence service",
        "intelligence agency",
        "intelligence agencies",
        "spies",
        "spy agency");
    put(Sector.CVL, "civilians", "people", "citizens", "residents", "nationals", "villagers");
    UNQUALIFIED =
        Set.of(
            "government",
            "authorities",
            "army",
            "military",
            "security forces",
            "government forces",
            "armed forces",
            "police",
            "parliament",
            "judiciary",
            "regime",
            "federal police");
  }

  private StateOrgans() {}

  private static void put(Sector sector, String... phrases) {
    for (String p : phrases) {
      PHRASES.put(NameNormalizer.normalize(p), sector);
    }
  }

  static final int MAX_WORDS = 4;

  /** The sector of an organ phrase given as its normalised words, or null. */
  static Sector sector(String normalisedPhrase) {
    return PHRASES.get(normalisedPhrase);
  }

  /** Whether the normalised phrase, with no country, means the article's country. */
  static boolean unqualified(String normalisedPhrase) {
    return UNQUALIFIED.contains(normalisedPhrase);
  }

  /** The noun used in composed organ names: "Iraqi military". */
  static String displayNoun(String sectorCode) {
    return switch (sectorCode) {
      case "GOV" -> "government";
      case "MIL" -> "military";
      case "COP" -> "police";
      case "LEG" -> "legislature";
      case "JUD" -> "judiciary";
      case "SPY" -> "intelligence";
      case "CVL" -> "civilians";
      default -> throw new IllegalArgumentException("not an organ sector: " + sectorCode);
    };
  }
}
