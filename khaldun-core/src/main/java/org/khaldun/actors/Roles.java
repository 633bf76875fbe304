package org.khaldun.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.khaldun.internal.NameNormalizer;

/**
 * Words that give a person's role, and the sector each implies. Researchers, analysts and academics
 * are {@code EDU} (CAMEO's education sector covers scholars), journalists {@code MED}, activists,
 * lawyers and doctors {@code CVL}. Neutral roles (spokesman, head, leader, commander, member) take
 * the sector of the organisation the person speaks for ("spokesman for the Pentagon" is {@code
 * MIL}), and have none without one. Organisation names are typed by keywords in the same way.
 */
final class Roles {

  private static final Map<String, Sector> ROLE = new HashMap<>();
  private static final Set<String> NEUTRAL = new HashSet<>();

  /**
   * Titles of heads of state and government and of their ministers and local executives: a person
   * with one and no country word is, by default, of the article's dominant country.
   */
  private static final Set<String> GOVERNMENT_TITLES = new HashSet<>();

  private static final Map<String, Sector> ORG_KEYWORD = new HashMap<>();
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "sheikh", "shaikh", "sayyed", "sayed",
          "mullah", "haji", "hajji");

  static {
    role(
        Sector.EDU,
        "researcher",
        "analyst",
        "academic",
        "professor",
        "scholar",
        "expert",
        "historian",
        "lecturer",
        "scientist",
        "political scientist",
        "teacher",
        "specialist");
    role(
        Sector.MED,
        "journalist",
        "reporter",
        "correspondent",
        "editor",
        "photographer",
        "blogger",
        "columnist",
        "photojournalist");
    role(
        Sector.GOV,
        "minister",
        "president",
        "prime minister",
        "premier",
        "governor",
        "mayor",
        "ambassador",
        "diplomat",
        "envoy",
        "official",
        "foreign minister",
        "defence minister",
        "defense minister",
        "interior minister",
        "secretary of state",
        "king",
        "crown prince",
        "vice president",
        "deputy prime minister",
        "adviser",
        "advisor",
        "national security adviser");
    role(
        Sector.GOV,
        "sultan",
        "chancellor",
        "defence secretary",
        "defense secretary",
        "foreign secretary",
        "home secretary",
        "interior secretary",
        "secretary of defense",
        "secretary of defence",
        "vice-president",
        "finance minister",
        "health minister",
        "justice minister",
        "oil minister");
    for (String t :
        new String[] {
          "president",
          "vice president",
          "prime minister",
          "deputy prime minister",
          "premier",
          "minister",
          "foreign minister",
          "defence minister",
          "defense minister",
          "interior minister",
          "finance minister",
          "health minister",
          "justice minister",
          "oil minister",
          "defence secretary",
          "defense secretary",
          "foreign secretary",
          "home secretary",
          "king",
          "crown prince",
          "emir",
          "sultan",
          "chancellor",
          "governor",
          "mayor"
        }) {
      GOVERNMENT_TITLES.add(NameNormalizer.normalize(t));
    }
    role(
        Sector.MIL,
        "general",
        "colonel",
        "major general",
        "brigadier general",
        "lieutenant",
        "captain",
        "officer",
        "soldier",
        "army chief",
        "chief of staff",
        "admiral",
        "major",
        // Ranks as agencies abbreviate them before a name ("Lt. Gen. X", "Col. Y").
        "gen",
        "lt",
        "col",
        "maj",
        "brig",
        "adm",
        "capt",
        "sgt");
    role(
        Sector.LEG,
        "lawmaker",
        "mp",
        "senator",
        "legislator",
        "parliamentarian",
        "member of parliament",
        "congressman",
        "congresswoman",
        "speaker");
    role(Sector.JUD, "judge", "prosecutor", "attorney general", "magistrate");
    role(
        Sector.REL,
        "cleric",
        "imam",
        "priest",
        "bishop",
        "ayatollah",
        "grand ayatollah",
        "pope",
        "rabbi",
        "patriarch",
        "preacher");
    role(
        Sector.CVL,
        "activist",
        "lawyer",
        "doctor",
        "resident",
        "witness",
        "student",
        "farmer",
        "engineer",
        "nurse",
        "writer");
    role(Sector.BUS, "businessman", "businesswoman", "executive", "ceo", "entrepreneur");
    role(Sector.REB, "rebel", "militant", "fighter", "insurgent", "jihadist");
    for (String n :
        new String[] {
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "head",
          "leader",
          "commander",
          "chief",
          "member",
          "founder",
          "director",
          "chairman",
          "chairwoman",
          "secretary general",
          "representative",
          "coordinator",
          "emir",
          "deputy",
          "secretary",
          "deputy head",
          "deputy leader",
          "senior member",
          "co-founder",
          "figure",
          "envoy"
        }) {
      NEUTRAL.add(NameNormalizer.normalize(n));
    }
    org(Sector.PTY, "party", "parties");
    // Associations and foundations are not the state's, whatever they are of.
    org(Sector.NGO, "association", "foundation", "federation");
    org(
        Sector.EDU,
        "university",
        "institute",
        "college",
        "school",
        "academy",
        "centre",
        "center",
        "think tank");
    org(
        Sector.GOV,
        "ministry",
        "government",
        "administration",
        "council",
        "commission",
        "agency",
        "office");
    org(Sector.MIL, "army", "navy", "brigade", "battalion", "division", "corps", "command");
    org(Sector.COP, "police");
    org(
        Sector.MED,
        "news",
        "tv",
        "television",
        "radio",
        "times",
        "post",
        "network",
        "press",
        "channel",
        "newspaper",
        "journal");
    org(
        Sector.BUS,
        "bank",
        "company",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "group",
        "airlines",
        "oil");
    org(Sector.REL, "church", "mosque", "diocese", "waqf");
    org(Sector.JUD, "court", "tribunal");
    org(Sector.LEG, "parliament", "assembly", "congress", "senate");
    org(Sector.REB, "militia", "brigades", "front", "movement", "liberation", "resistance");
  }

  private Roles() {}

  private static void role(Sector sector, String... words) {
    for (String w : words) {
      ROLE.put(NameNormalizer.normalize(w), sector);
    }
  }

  private static void org(Sector sector, String... words) {
    for (String w : words) {
      ORG_KEYWORD.put(NameNormalizer.normalize(w), sector);
    }
  }

  /** Whether a normalised word or phrase is a role, specific or neutral. */
  static boolean isRole(String normalised) {
    return ROLE.containsKey(normalised) || NEUTRAL.contains(normalised);
  }

  /** The sector a role implies, or null for neutral roles and non-roles. */
  static Sector sector(String normalised) {
    return ROLE.get(normalised);
  }

  /** Whether a normalised role is a head of state's, a government's or a minister's title. */
  static boolean isGovernmentTitle(String normalised) {
    return GOVERNMENT_TITLES.contains(normalised);
  }

  static boolean isTitle(String normalised) {
    return TITLES.contains(normalised);
  }

  /** The sector an organisation-name word suggests, or null. */
  static Sector orgSector(String normalisedWord) {
    return ORG_KEYWORD.get(normalisedWord);
  }
}
