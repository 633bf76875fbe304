package org.khaldun.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * business ({@code BUS}), labour ({@code LAB}), clergy ({@code REL}), education ({@code EDU}),
 * health ({@code HLH}) and rights groups ({@code HRI}), as CAMEO codes do ({@code SYRREB}).
 *
 * <p>Without a country word, two sets of nouns still get the article's country. State organs ("the
 * government", "the army", "the interior ministry", "the ministry of interior") take the country
 * the article names most. Groups of people ("officials", "protesters" and "demonstrators" as {@code
 * OPP}, "civilians" and "residents" as {@code CVL}, "militants", "gunmen" and "insurgents" as
 * {@code REB}, "medics" and "doctors" as {@code HLH}, "a local rights group" as {@code HRI}, and
 * local executives: "the governor", "the mayor") take it only when that country dominates the
 * article, since in a story about two countries they may belong to either. A ministry is {@code
 * GOV}, whatever its field: CAMEO codes the health ministry as government, not as the health
 * sector.
 */
final class StateOrgans {

  /** Sector, then the phrases that compose with a country into that organ. */
  private static final String TABLE =
      """
      GOV: government, governments, authorities, administration, cabinet, regime, officials, \
        government officials, leadership, presidency, foreign ministry, \
        ministry of foreign affairs, interior ministry, defence ministry, defense ministry, \
        ministry of defence, ministry of defense, ministry of interior, health ministry, \
        ministry of health, finance ministry, ministry of finance, oil ministry, \
        justice ministry, ministry of justice, education ministry, diplomats, envoys, \
        official, minister, ministers, negotiators, delegation, leader, leaders, president, \
        prime minister, spokesman, spokeswoman, envoy, diplomat, ambassador, foreign minister, \
        government spokesman, governor, provincial governor, governors, mayor
      MIL: army, armies, military, militaries, troops, forces, soldiers, navy, air force, \
        armed forces, government forces, ground forces, ground troops, special forces, marines, \
        defence forces, defense forces, military forces, army forces, warplanes, jets, aircraft, \
        helicopters, artillery, \
        fighter jets, drones, army units, units, commandos, servicemen, service members, \
        counterterrorism forces, counter-terrorism forces, counter-terrorism service, \
        coast guard, warships, military officials, army officers, peacekeepers, peacekeeping troops, \
        officers, generals, tanks, tank, gunboats, gunships, helicopter gunships, paratroopers, \
        infantry, battalion, battalions, brigade, brigades, sailors, conscripts, reservists, \
        troop, soldier, artillery units, air defences, air defenses, air defence, air defense, \
        engineers
      COP: police, police forces, police force, policemen, police officers, security forces, \
        security services, security personnel, border guards, border police, federal police, \
        riot police, security officials
      LEG: parliament, congress, lawmakers, legislature, legislators, mps, senate, \
        national assembly, parliamentarians, senators
      JUD: court, courts, judge, prosecutor, judges, judiciary, supreme court, prosecutors, federal court, high court
      SPY: intelligence, intelligence services, intelligence service, intelligence agency, \
        intelligence agencies, spies, spy agency
      CVL: civilians, people, citizens, residents, nationals, villagers, farmers, prisoners, \
        landowners, tribesmen, youths, youth, men, women, children, families, pilgrims, \
        tourists, fishermen, peasants, crowds, crowd, mob, mobs, inhabitants, voters, hostages, \
        settlers, elders, tribal leaders, community leaders, kurds, arabs, shiites, shias, \
        sunnis, muslims, moslems, christians, jews, hindus, sikhs, buddhists
      REB: rebels, rebel, insurgents, militants, militant, guerrillas, separatists, extremists, \
        gunmen, fighters, rebel forces, \
        rebel groups, rebel leaders, insurgent groups, guerillas, guerilla, guerrilla, \
        militiamen, militia, militias, militia members, suicide bombers, suicide bomber, \
        jihadists, separatist rebels, rebel fighters
      OPP: opposition, opposition parties, opposition leaders, dissidents, opposition groups, \
        protesters, demonstrators, activists, opposition activists, protest organisers, \
        protest organizers, protest leaders, rioters, marchers, strikers
      MED: media, journalists, press, reporters, state media, news agency, state television, \
        state tv, newspaper, newspapers, television, radio, broadcaster
      REF: refugees, asylum seekers, displaced, migrants
      BUS: businessmen, companies, firms, business, businesses, investors
      LAB: workers, unions, trade unions, labour unions, labor unions, miners, dockers, \
        truckers, employees
      REL: clerics, clergy, religious leaders, imams
      EDU: students, student, teachers, academics, researchers, researcher, universities, scholars, \
        scholar, academic
      HLH: doctors, medics, health workers, nurses, hospitals, health officials
      HRI: rights group, rights groups, human rights group, human rights groups, \
        rights organisation, rights organization, human rights organisation, \
        human rights organization, rights organisations, rights organizations, rights monitor
      """;

  private static final Map<String, Sector> PHRASES = new HashMap<>();

  /**
   * Organs that, unqualified, are the state the article is about ("the government said", "the
   * interior ministry said"): the article's country, the one it names most.
   */
  private static final Set<String> UNQUALIFIED_STATE =
      normalised(
          "government",
          "authorities",
          "army",
          "military",
          "security forces",
          "government forces",
          "armed forces",
          "police",
          "riot police",
          "parliament",
          "judiciary",
          "regime",
          "federal police",
          "interior ministry",
          "ministry of interior",
          "defence ministry",
          "defense ministry",
          "ministry of defence",
          "ministry of defense",
          "foreign ministry",
          "ministry of foreign affairs",
          "health ministry",
          "ministry of health",
          "finance ministry",
          "ministry of finance",
          "oil ministry",
          "justice ministry",
          "ministry of justice",
          "education ministry");

  /**
   * Groups of people that, unqualified, are taken as the article's country's own ("thousands of
   * protesters", "gunmen killed three"), but only when one country dominates the article: in a
   * story about one country the protesters, civilians and militants are that country's, while in a
   * story about two ("Russian strikes killed civilians") they could be either side's. Militants,
   * gunmen and insurgents are the country's {@code REB} in CAMEO terms (a domestic armed
   * opposition); "the militants" after a named armed group is that group, resolved by the
   * recognizer.
   */
  private static final Set<String> UNQUALIFIED_PEOPLE =
      normalised(
          "officials",
          "government officials",
          "governor",
          "provincial governor",
          "mayor",
          "security officials",
          "protesters",
          "demonstrators",
          "protest organisers",
          "protest organizers",
          "protest leaders",
          "researcher",
          "researchers",
          "civilians",
          "people",
          "residents",
          "villagers",
          "militants",
          "gunmen",
          "insurgents",
          "medics",
          "doctors",
          "health workers",
          "health officials",
          "rights group",
          "rights groups",
          "human rights group",
          "human rights groups",
          "rights organisation",
          "rights organization");

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

  /** Phrases are compared normalised, where doubled letters fold ("officials" is "oficials"). */
  private static Set<String> normalised(String... phrases) {
    return Stream.of(phrases)
        .map(NameNormalizer::normalize)
        .collect(Collectors.toUnmodifiableSet());
  }

  static final int MAX_WORDS = 4;

  /** The sector of an organ phrase given as its normalised words, or null. */
  static Sector sector(String normalisedPhrase) {
    return PHRASES.get(normalisedPhrase);
  }

  /** Whether the normalised phrase, with no country, means the article's country's state. */
  static boolean unqualified(String normalisedPhrase) {
    return UNQUALIFIED_STATE.contains(normalisedPhrase);
  }

  /**
   * Whether the normalised phrase, with no country, means people of the article's country when one
   * country dominates it.
   */
  static boolean unqualifiedPeople(String normalisedPhrase) {
    return UNQUALIFIED_PEOPLE.contains(normalisedPhrase);
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
      case "HRI" -> "rights groups";
      default -> throw new IllegalArgumentException("not an organ sector: " + sectorCode);
    };
  }
}
