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
 * people ("Iraqi civilians") are {@code CVL}. Beyond the state, a country word also composes with
 * rebels ({@code REB}), opposition ({@code OPP}), media ({@code MED}), refugees ({@code REF}),
 * business ({@code BUS}), labour ({@code LAB}), clergy ({@code REL}), education ({@code EDU}) and
 * health ({@code HLH}), as CAMEO codes do ({@code SYRREB}).
 */
final class StateOrgans {

  /** Sector, then the phrases that compose with a country into that organ. */
  private static final String TABLE =
      """
      GOV: government, governments, authorities, administration, cabinet, regime, officials, \
        government officials, leadership, presidency, foreign ministry, \
        ministry of foreign affairs, interior ministry, defence ministry, defense ministry, \
        ministry of defence, ministry of defense, ministry of interior, diplomats, envoys, \
        official, minister, ministers, negotiators, delegation, leader, leaders, president, \
        prime minister, spokesman, spokeswoman, envoy, diplomat, ambassador, foreign minister, \
        government spokesman
      MIL: army, armies, military, militaries, troops, forces, soldiers, navy, air force, \
        armed forces, government forces, ground forces, ground troops, special forces, marines, \
        defence forces, defense forces, military forces, army forces, warplanes, jets, \
        fighter jets, drones, army units, units, commandos, servicemen, service members, \
        counterterrorism forces, counter-terrorism forces, counter-terrorism service, \
        coast guard, warships, military officials, army officers, peacekeepers, peacekeeping troops, \
        officers, generals
      COP: police, police forces, police force, policemen, police officers, security forces, \
        security services, security personnel, border guards, border police, federal police, \
        riot police
      LEG: parliament, congress, lawmakers, legislature, legislators, mps, senate, \
        national assembly, parliamentarians, senators
      JUD: court, courts, judge, prosecutor, judges, judiciary, supreme court, prosecutors, federal court, high court
      SPY: intelligence, intelligence services, intelligence service, intelligence agency, \
        intelligence agencies, spies, spy agency
      CVL: civilians, people, citizens, residents, nationals, villagers
      REB: rebels, rebel, insurgents, militants, militant, guerrillas, separatists, extremists, \
        gunmen, fighters, rebel forces, \
        rebel groups, rebel leaders, insurgent groups
      OPP: opposition, opposition parties, opposition leaders, dissidents, opposition groups, \
        protesters, demonstrators, activists, opposition activists
      MED: media, journalists, press, reporters, state media, news agency, state television, \
        state tv
      REF: refugees, asylum seekers, displaced, migrants
      BUS: businessmen, companies, firms, business, businesses, investors
      LAB: workers, unions, trade unions, labour unions, labor unions
      REL: clerics, clergy, religious leaders, imams
      EDU: students, student, teachers, academics, researchers, universities, scholars
      HLH: doctors, medics, health workers, nurses, hospitals, health officials, health ministry
      """;

  private static final Map<String, Sector> PHRASES = new HashMap<>();

  /** Organs that, unqualified, denote the state the article is about ("the government said"). */
  private static final Set<String> UNQUALIFIED =
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

  static {
    for (String line : TABLE.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Sector sector = new Sector(line.substring(0, 3));
      for (String phrase : line.substring(4).split(",")) {
        PHRASES.put(NameNormalizer.normalize(phrase.strip()), sector);
      }
    }
  }

  private StateOrgans() {}

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
      case "REB" -> "rebels";
      case "OPP" -> "opposition";
      case "MED" -> "media";
      case "REF" -> "refugees";
      case "BUS" -> "business";
      case "LAB" -> "labour";
      case "REL" -> "clergy";
      case "EDU" -> "education";
      case "HLH" -> "health";
      default -> throw new IllegalArgumentException("not an organ sector: " + sectorCode);
    };
  }
}
