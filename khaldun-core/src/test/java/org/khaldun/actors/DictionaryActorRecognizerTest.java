package org.khaldun.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khaldun.actors.TestArticles.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.nlp.AnnotatedArticle;

class DictionaryActorRecognizerTest extends ActorRecognizerContract {

  private static final DictionaryActorRecognizer RECOGNIZER =
      DictionaryActorRecognizer.create(ActorDictionary.loadDefault());

  @Override
  protected ActorRecognizer recognizer() {
    return RECOGNIZER;
  }

  private static List<ActorMention> recognize(String... sentences) {
    return RECOGNIZER.recognize(article(sentences));
  }

  private static Actor person(List<ActorMention> mentions, String name) {
    return mentions.stream()
        .map(ActorMention::actor)
        .filter(a -> a.id().startsWith("person:") && a.name().contains(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> ids(List<ActorMention> mentions) {
    return mentions.stream().map(m -> m.actor().id()).toList();
  }

  @Test
  void matchesIslamicStateSpellings() {
    List<ActorMention> m =
        recognize(
            "Daech/NNP/MISC has/VBZ cells/NNS ./.",
            "The/DT daechists/NNS attacked/VBD ./.",
            "ISIL/NNP and/CC Daesh/NNP and/CC IS/NNP fighters/NNS",
            "the/DT Islamic/NNP State/NNP of/IN Iraq/NNP and/CC the/DT Levant/NNP");
    assertThat(ids(m)).containsExactly("ISIS", "ISIS", "ISIS", "ISIS", "ISIS", "ISIS");
    assertThat(m.get(5).text()).isEqualTo("Islamic State of Iraq and the Levant");
  }

  @Test
  void lowerCaseIsIsNotIslamicState() {
    assertThat(recognize("This/DT is/VBZ what/WP they/PRP told/VBD us/PRP ./.")).isEmpty();
  }

  @Test
  void matchesMilitiasAcrossTransliterations() {
    List<ActorMention> m =
        recognize(
            "Harakat/NNP Hezbollah/NNP al-Nujaba/NNP ,/, part/NN of/IN the/DT Hashd/NNP al-Shabi/NNP",
            "el/NNP Nujaba/NNP and/CC Kata'ib/NNP Hizbullah/NNP and/CC Asaib/NNP Ahl/NNP al-Haq/NNP");
    assertThat(ids(m)).containsExactly("NUJABA", "PMF", "NUJABA", "KH", "AAH");
    assertThat(m.get(1).text()).isEqualTo("Hashd al-Shabi");
    assertThat(m.get(2).text()).isEqualTo("el Nujaba");
  }

  @Test
  void matchesVowelVariantsOfCapitalisedNames() {
    assertThat(ids(recognize("Hizballah/NNP fired/VBD rockets/NNS"))).containsExactly("HEZBOLLAH");
    assertThat(ids(recognize("Al-Shebaab/NNP attacked/VBD"))).containsExactly("SHABAAB");
  }

  @Test
  void offsetsPointIntoTheCleanedText() {
    AnnotatedArticle a = article("Title/NN", "Yesterday/NN the/DT Iraqi/JJ army/NN moved/VBD");
    ActorMention m = RECOGNIZER.recognize(a).get(0);
    assertThat(m.sentence()).isEqualTo(1);
    assertThat(m.firstToken()).isEqualTo(2);
    assertThat(m.endToken()).isEqualTo(4);
    assertThat(a.article().text().substring(m.begin(), m.end())).isEqualTo("Iraqi army");
    assertThat(m.text()).isEqualTo("Iraqi army");
  }

  @Test
  void composesStateOrgansWithCountries() {
    List<ActorMention> m =
        recognize(
            "the/DT Iraqi/JJ army/NN advanced/VBD",
            "US/NNP troops/NNS withdrew/VBD",
            "Iraq/NNP 's/POS government/NN said/VBD",
            "the/DT Iraqi/JJ government/NN said/VBD",
            "government/NN forces/NNS of/IN Syria/NNP shelled/VBD",
            "U.S./NNP forces/NNS and/CC Iraqi/JJ security/NN forces/NNS",
            "Turkish/JJ lawmakers/NNS and/CC the/DT Iranian/JJ judiciary/NN");
    assertThat(ids(m))
        .containsExactly(
            "IRQ.MIL", "USA.MIL", "IRQ.GOV", "IRQ.GOV", "SYR.MIL", "USA.MIL", "IRQ.COP", "TUR.LEG",
            "IRN.JUD");
    assertThat(m.get(2).text()).isEqualTo("Iraq 's government");
    assertThat(m.get(4).text()).isEqualTo("government forces of Syria");
    assertThat(m.get(0).actor().cameo()).isEqualTo("IRQMIL");
  }

  @Test
  void unqualifiedOrgansTakeTheArticlesCountry() {
    List<ActorMention> m =
        recognize(
            "Iraqi/JJ officials/NNS met/VBD in/IN Baghdad/NNP ./.",
            "Security/NN forces/NNS arrested/VBD two/CD men/NNS ,/, and/CC the/DT government/NN"
                + " called/VBD on/IN the/DT army/NN to/TO act/VB ./.",
            "A/DT Syrian/JJ delegation/NN visited/VBD Iraq/NNP");
    assertThat(ids(m))
        .containsExactly("IRQ.GOV", "IRQ.COP", "IRQ.GOV", "IRQ.MIL", "SYR.GOV", "IRQ");
  }

  @Test
  void unqualifiedOrgansWithoutAnyCountryAreGivenNone() {
    List<ActorMention> m = recognize("The/DT government/NN resigned/VBD ./.");
    assertThat(ids(m)).containsExactly(DictionaryActorRecognizer.UNNAMED_STATE + "GOV");
    assertThat(m.get(0).actor().country()).isNull();
  }

  @Test
  void capitalIsTheGovernmentOnlyWhenItActs() {
    assertThat(ids(recognize("Washington/NNP said/VBD it/PRP would/MD respond/VB ./.")))
        .containsExactly("USA.GOV");
    assertThat(ids(recognize("Washington/NNP 's/POS decision/NN angered/VBD Tehran/NNP")))
        .containsExactly("USA.GOV");
    assertThat(recognize("He/PRP lives/VBZ in/IN Washington/NNP ./.")).isEmpty();
    assertThat(recognize("He/PRP lives/VBZ in/IN Washington/NNP/PERSON ./.")).isEmpty();
    assertThat(ids(recognize("Washington/NNP and/CC Baghdad/NNP agreed/VBD ./.")))
        .containsExactly("USA.GOV", "IRQ.GOV");
    assertThat(recognize("Talks/NNS were/VBD held/VBN in/IN Washington/NNP and/CC Baghdad/NNP"))
        .isEmpty();
  }

  @Test
  void unqualifiedMinistryIsTheArticlesGovernment() {
    List<ActorMention> m =
        recognize(
            "Iraqi/JJ police/NN arrested/VBD five/CD suspects/NNS ,/, the/DT"
                + " interior/NN/ORGANIZATION ministry/NN/ORGANIZATION said/VBD ./.",
            "The/DT ministry/NN of/IN interior/NN and/CC the/DT defence/NN ministry/NN agreed/VBD",
            "The/DT foreign/JJ ministry/NN and/CC the/DT health/NN ministry/NN said/VBD");
    assertThat(ids(m))
        .containsExactly("IRQ.COP", "IRQ.GOV", "IRQ.GOV", "IRQ.GOV", "IRQ.GOV", "IRQ.GOV");
    assertThat(m.get(1).text()).isEqualTo("interior ministry");
  }

  @Test
  void organisationNamedAfterAnOrganIsNotTheOrgan() {
    assertThat(
            ids(
                recognize(
                    "Iraqi/JJ officials/NNS said/VBD",
                    "the/DT Army/NNP/ORGANIZATION of/IN/ORGANIZATION Islam/NNP/ORGANIZATION"
                        + " attacked/VBD")))
        .containsExactly("IRQ.GOV", "org:army-of-islam");
  }

  @Test
  void unqualifiedPeopleBelongToTheDominantCountry() {
    List<ActorMention> m =
        recognize(
            "Iraqi/JJ police/NN fired/VBD tear/NN gas/NN ./.",
            "Thousands/NNS of/IN protesters/NNS demonstrated/VBD and/CC twelve/CD"
                + " demonstrators/NNS were/VBD arrested/VBN ./.",
            "Gunmen/NNS killed/VBD three/CD civilians/NNS and/CC officials/NNS said/VBD so/RB");
    assertThat(ids(m))
        .containsExactly("IRQ.COP", "IRQ.OPP", "IRQ.OPP", "IRQ.REB", "IRQ.CVL", "IRQ.GOV");
    assertThat(m.get(1).text()).isEqualTo("protesters");
  }

  @Test
  void unqualifiedPeopleHaveNoCountryInAStoryAboutTwo() {
    assertThat(
            ids(
                recognize(
                    "Russian/JJ forces/NNS shelled/VBD Ukrainian/JJ towns/NNS ./.",
                    "Civilians/NNS fled/VBD as/IN the/DT government/NN met/VBD ./.")))
        .containsExactly("RUS.MIL", "RUS.GOV");
  }

  @Test
  void theMilitantsAfterANamedGroupAreThatGroup() {
    assertThat(
            ids(
                recognize(
                    "Iraqi/JJ troops/NNS fought/VBD Daesh/NNP in/IN Iraq/NNP ./.",
                    "The/DT militants/NNS fled/VBD ./.")))
        .containsExactly("IRQ.MIL", "ISIS", "ISIS");
    assertThat(
            ids(
                recognize(
                    "Iraqi/JJ troops/NNS fought/VBD in/IN Iraq/NNP ./.",
                    "The/DT militants/NNS fled/VBD before/IN Daesh/NNP came/VBD ./.")))
        .containsExactly("IRQ.MIL", "IRQ.REB", "ISIS");
  }

  @Test
  void membersNamedAfterTheirGroupAreThatGroup() {
    assertThat(
            ids(
                recognize(
                    "Iraqi/JJ troops/NNS patrolled/VBD in/IN Iraq/NNP ./.",
                    "Islamic/NNP State/NNP militants/NNS attacked=attack/VBD an/DT Iraqi/JJ"
                        + " army/NN checkpoint/NN ./.")))
        .containsExactly("IRQ.MIL", "ISIS", "ISIS", "IRQ.MIL");
  }

  @Test
  void capitalAddressedByAVerbOfCommunicationIsTheGovernment() {
    assertThat(
            ids(
                recognize(
                    "Ukraine/NNP accused=accuse/VBD Moscow/NNP of/IN shelling/VBG"
                        + " || nsubj:1>0 obj:1>2 root:-1>1")))
        .containsExactly("UKR", "RUS.GOV");
    assertThat(
            ids(
                recognize(
                    "Paris/NNP held/VBD talks=talk/NNS with/IN Beijing/NNP"
                        + " || nsubj:1>0 obj:1>2 nmod:2>4 case:4>3")))
        .containsExactly("FRA.GOV", "CHN.GOV");
    assertThat(
            ids(
                recognize(
                    "He/PRP urged=urge/VBD Tehran/NNP to/TO talk/VB"
                        + " || nsubj:1>0 obj:1>2 xcomp:1>4 mark:4>3")))
        .containsExactly("IRN.GOV");
  }

  @Test
  void capitalAttackedOrVisitedStaysAPlace() {
    assertThat(
            recognize(
                "Drones/NNS attacked=attack/VBD Kyiv/NNP || nsubj:1>0 obj:1>2",
                "They/PRP met=meet/VBD in/IN Moscow/NNP || nsubj:1>0 obl:1>3 case:3>2",
                "He/PRP flew=fly/VBD to/TO Tehran/NNP || nsubj:1>0 obl:1>3 case:3>2"))
        .isEmpty();
  }

  @Test
  void titledHeadOfGovernmentTakesTheDominantCountry() {
    List<ActorMention> m =
        recognize(
            "Iraqi/JJ police/NN fired/VBD ./.",
            "Prime/NNP Minister/NNP Mohammed/NNP/PERSON Shia/NNP/PERSON al-Sudani/NNP/PERSON"
                + " urged/VBD calm/NN");
    assertThat(m.get(1).actor().cameo()).isEqualTo("IRQGOV");
    assertThat(m.get(1).actor().sector()).isEqualTo(Sector.GOV);
  }

  @Test
  void stateOrganOfAnUnnamedCountryIsKeptWithoutCountry() {
    List<ActorMention> m =
        recognize(
            "The/DT government/NN of/IN Sindh/NNP/LOCATION province/NN ordered/VBD"
                + " patrols/NNS");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).actor().id()).isEqualTo(DictionaryActorRecognizer.UNNAMED_STATE + "GOV");
    assertThat(m.get(0).actor().country()).isNull();
    assertThat(m.get(0).actor().sector()).isEqualTo(Sector.GOV);
  }

  @Test
  void unAgenciesAreInternationalOrganisations() {
    List<ActorMention> m =
        recognize(
            "The/DT International/NNP Labor/NNP Office/NNP demanded/VBD that/IN Israel/NNP"
                + " ease/VB restrictions/NNS");
    assertThat(m.get(0).actor().id()).isEqualTo("ILO");
    assertThat(m.get(0).actor().cameo()).startsWith("IGOUNO");
  }

  @Test
  void unknownOrganisationInAOneCountryStoryIsOfThatCountry() {
    List<ActorMention> m =
        recognize(
            "The/DT Umma/NNP/ORGANIZATION party/NN/ORGANIZATION will/MD boycott/VB"
                + " Algeria/NNP/LOCATION 's/POS elections/NNS");
    assertThat(m.get(0).actor().id()).isEqualTo("org:umma-party");
    assertThat(m.get(0).actor().country()).isEqualTo("DZA");
  }

  @Test
  void unknownOrganisationNamedAsInternationalTakesNoCountry() {
    List<ActorMention> m =
        recognize(
            "The/DT World/NNP/ORGANIZATION Water/NNP/ORGANIZATION Forum/NNP/ORGANIZATION"
                + " met/VBD in/IN Algeria/NNP/LOCATION");
    assertThat(m.get(0).actor().id()).isEqualTo("org:world-water-forum");
    assertThat(m.get(0).actor().country()).isNull();
  }

  @Test
  void unknownInternationalAssociationIsANonGovernmentalOrganisation() {
    List<ActorMention> m =
        recognize(
            "The/DT Association/NNP/ORGANIZATION of/IN/ORGANIZATION African/NNP/ORGANIZATION"
                + " Jurists/NNPS/ORGANIZATION visited/VBD Libya/NNP/LOCATION");
    assertThat(m.get(0).actor().country()).isNull();
    assertThat(m.get(0).actor().sector()).isEqualTo(Sector.NGO);
    assertThat(m.get(0).actor().cameo()).isEqualTo("NGO");
  }

  @Test
  void acronymInBracketsIsTheActorNamedBeforeIt() {
    List<ActorMention> m =
        recognize(
            "Iraqi/JJ workers/NNS (/-LRB- IWU/NNP/ORGANIZATION )/-RRB- went/VBD on/IN"
                + " strike/NN");
    assertThat(ids(m)).hasSize(2);
    assertThat(m.get(1).actor()).isEqualTo(m.get(0).actor());
  }

  @Test
  void abbreviatedMilitaryRankIsAnOfficeOfTheDominantCountry() {
    List<ActorMention> m =
        recognize(
            "Lt./NNP Gen./NNP Prosper/NNP/PERSON Avril/NNP/PERSON resigned/VBD to/TO allow/VB"
                + " Haiti/NNP/LOCATION 's/POS elections/NNS");
    assertThat(person(m, "Avril").country()).isEqualTo("HTI");
    assertThat(person(m, "Avril").sector()).isEqualTo(Sector.MIL);
  }

  @Test
  void titledPersonHasNoCountryWithoutADominantOne() {
    List<ActorMention> m =
        recognize(
            "Russian/JJ and/CC Ukrainian/JJ officials/NNS met/VBD ./.",
            "President/NNP Ali/NNP/PERSON Hassan/NNP/PERSON said/VBD");
    assertThat(m.get(2).actor().country()).isNull();
    assertThat(m.get(2).actor().sector()).isEqualTo(Sector.GOV);
  }

  @Test
  void localSourcesAndExecutivesBelongToTheDominantCountry() {
    List<ActorMention> m =
        recognize(
            "Iraqi/JJ police/NN fired/VBD ,/, according/VBG to/IN a/DT local/JJ rights/NNS"
                + " group/NN ./.",
            "The/DT governor/NN of/IN Basra/NNP/LOCATION said/VBD ,/, citing/VBG medics/NNS ./.");
    assertThat(ids(m)).containsExactly("IRQ.COP", "IRQ.HRI", "IRQ.GOV", "IRQ.HLH");
    assertThat(m.get(1).text()).isEqualTo("rights group");
    assertThat(m.get(1).actor().cameo()).isEqualTo("IRQHRI");
  }

  @Test
  void titleBeforeANameIsNotAnUnqualifiedOrgan() {
    List<ActorMention> m =
        recognize(
            "Iraqi/JJ police/NN fired/VBD ./.",
            "Governor/NNP Asaad/NNP/PERSON al-Eidani/NNP/PERSON said/VBD");
    assertThat(ids(m)).containsExactly("IRQ.COP", "person:asaad-al-eidani");
    assertThat(m.get(1).actor().cameo()).isEqualTo("IRQGOV");
  }

  @Test
  void organAfterItsBelongsToTheSentencesFirstActor() {
    assertThat(
            ids(
                recognize(
                    "The/DT Sudanese/JJ army/NN said/VBD its/PRP$ aircraft/NN struck/VBD ./.",
                    "NATO/NNP will/MD deploy/VB to/TO Poland/NNP ,/, its/PRP$ secretary/NN"
                        + " general/NN said/VBD ./.",
                    "The/DT government/NN said/VBD its/PRP$ forces/NNS advanced/VBD ./.",
                    "Iraqi/JJ protesters/NNS said/VBD their/PRP$ leaders/NNS were/VBD held/VBN")))
        .containsExactly(
            "SDN.MIL", "SDN.MIL", "NATO", "POL", "NATO", "SDN.GOV", "SDN.MIL", "IRQ.OPP",
            "IRQ.OPP");
  }

  @Test
  void nationalLeaderIsTheGovernmentAndOppositionLeaderTheOpposition() {
    List<ActorMention> m =
        recognize(
            "Palestinian/JJ leader/NN Yasser/NNP/PERSON Arafat/NNP/PERSON rejected/VBD it/PRP",
            "Pakistani/JJ opposition/NN leader/NN Imran/NNP/PERSON Khan/NNP/PERSON spoke/VBD",
            "Tribal/JJ leader/NN Ali/NNP/PERSON Saleh/NNP/PERSON spoke/VBD");
    assertThat(person(m, "Arafat").cameo()).isEqualTo("PSEGOV");
    assertThat(person(m, "Khan").cameo()).isEqualTo("PAKOPP");
    assertThat(person(m, "Saleh").sector()).isNull();
  }

  @Test
  void countryWordRightBeforeANameGivesItsCountry() {
    List<ActorMention> m =
        recognize("Israeli/JJ right-winger/NN Ariel/NNP/PERSON Sharon/NNP/PERSON vowed/VBD");
    assertThat(m.get(0).actor().country()).isEqualTo("ISR");
  }

  @Test
  void capitalAfterACompassWordIsAPlace() {
    assertThat(recognize("A/DT paper/NN in/IN east/JJ Beirut/NNP has/VBZ closed/VBN")).isEmpty();
    assertThat(recognize("Shops/NNS in/IN Christian/JJ east/JJ Beirut/NNP have/VBP closed/VBN"))
        .isEmpty();
  }

  @Test
  void rebelsInACountryAreThatCountrysRebels() {
    assertThat(
            ids(
                recognize(
                    "Rebels/NNS in/IN the/DT Ivory/NNP Coast/NNP dismissed/VBD it/PRP",
                    "Seven/CD opposition/NN parties/NNS in/IN Nepal/NNP struck/VBD",
                    "US/NNP troops/NNS in/IN Iraq/NNP withdrew/VBD")))
        .containsExactly("CIV.REB", "NPL.OPP", "USA.MIL");
  }

  @Test
  void organMayHaveAdjectivesAfterItsCountry() {
    List<ActorMention> m =
        recognize(
            "Iraq/NNP 's/POS interim/JJ government/NN announced/VBD it/PRP",
            "Nicaragua/NNP 's/POS Sandinista/NNP government/NN ordered/VBD it/PRP");
    assertThat(ids(m)).containsExactly("IRQ.GOV", "NIC.GOV");
    assertThat(m.get(0).text()).isEqualTo("Iraq 's interim government");
  }

  @Test
  void roleBeforeAPrepositionDoesNotDescribeTheName() {
    List<ActorMention> m =
        recognize(
            "Syria/NNP offered/VBD its/PRP$ troops/NNS to/TO Lebanon/NNP 's/POS new/JJ"
                + " President/NNP Elias/NNP/PERSON Hrawi/NNP/PERSON");
    assertThat(person(m, "Hrawi").cameo()).isEqualTo("LBNGOV");
  }

  @Test
  void researcherWithoutANameIsTheCountrysEducationSector() {
    List<ActorMention> m =
        recognize(
            "Daesh/NNP rebuilds/VBZ cells/NNS ,/, researcher/NN warns/VBZ",
            "a/DT report/NN by/IN an/DT Iraqi/JJ researcher/NN ./.",
            "an/DT Iraqi/JJ researcher/NN ,/, Hisham/NNP/PERSON al-Hashimi/NNP/PERSON ,/,"
                + " said/VBD");
    assertThat(ids(m)).containsExactly("ISIS", "IRQ.EDU", "IRQ.EDU", "person:hisham-al-hashimi");
    assertThat(person(m, "Hashimi").cameo()).isEqualTo("IRQEDU");
  }

  @Test
  void secretariesAndParticipleModifiedTitlesDescribeThePerson() {
    List<ActorMention> m =
        recognize(
            "British/JJ Foreign/NNP Secretary/NNP Jack/NNP/PERSON Straw/NNP/PERSON said/VBD",
            "Katsav/NNP/PERSON refused/VBD to/TO meet/VB Jordan/NNP 's/POS visiting/VBG"
                + " King/NNP Abdullah/NNP/PERSON");
    assertThat(person(m, "Straw").cameo()).isEqualTo("GBRGOV");
    assertThat(person(m, "Abdullah").cameo()).isEqualTo("JORGOV");
  }

  @Test
  void countryNamesAfterLocativeWordsArePlaces() {
    assertThat(
            ids(recognize("Iraq/NNP condemned/VBD the/DT attack/NN in/IN northern/JJ Syria/NNP")))
        .containsExactly("IRQ");
    assertThat(ids(recognize("cells/NNS in/IN eight/CD Iraqi/JJ provinces/NNS"))).isEmpty();
    assertThat(ids(recognize("Iraqis/NNPS protested/VBD"))).containsExactly("IRQ.CVL");
    assertThat(recognize("exports/NNS to/TO Latin/NNP/LOCATION America/NNP/LOCATION")).isEmpty();
  }

  @Test
  void matchesInternationalAndNonGovernmentalOrganisations() {
    List<ActorMention> m =
        recognize(
            "the/DT UN/NNP ,/, the/DT European/NNP Union/NNP ,/, NATO/NNP and/CC the/DT WHO/NNP",
            "Amnesty/NNP International/NNP ,/, Human/NNP Rights/NNPS Watch/NNP ,/, the/DT"
                + " Red/NNP Cross/NNP and/CC Médecins/NNP Sans/NNP Frontières/NNP",
            "who/WP knows/VBZ");
    assertThat(ids(m)).containsExactly("UN", "EU", "NATO", "WHO", "AI", "HRW", "ICRC", "MSF");
  }

  @Test
  void personsTakeRoleAndCountryFromAnApposition() {
    List<ActorMention> m =
        recognize(
            "An/DT Iraqi/JJ researcher/NN ,/, Hisham/NNP/PERSON al-Hashimi/NNP/PERSON ,/,"
                + " said/VBD the/DT cells/NNS were/VBD active/JJ ./.",
            "Mr/NNP Hashimi/NNP/PERSON added/VBD that/IN al-Hashimi/NNP/PERSON had/VBD warned/VBN");
    assertThat(m).hasSize(3);
    Actor hashimi = m.get(0).actor();
    assertThat(hashimi.id()).isEqualTo("person:hisham-al-hashimi");
    assertThat(hashimi.country()).isEqualTo("IRQ");
    assertThat(hashimi.sector()).isEqualTo(Sector.EDU);
    assertThat(m.get(1).actor()).isSameAs(hashimi);
    assertThat(m.get(2).actor()).isSameAs(hashimi);
    assertThat(m.get(1).text()).isEqualTo("Hashimi");
  }

  @Test
  void findsTheRoleAtTheEndOfALongApposition() {
    Actor a =
        recognize(
                "Karim/NNP/PERSON Haddad/NNP/PERSON ,/, Lebanon/NNP 's/POS best-known/JJ"
                    + " human/JJ rights/NNS lawyer/NN ,/, said/VBD")
            .get(0)
            .actor();
    assertThat(a.id()).isEqualTo("person:karim-haddad");
    assertThat(a.country()).isEqualTo("LBN");
  }

  @Test
  void readsARoleWithAnOfPhraseBeforeTheName() {
    Actor a =
        recognize(
                "A/DT member/NN of/IN the/DT Syrian/JJ parliament/NN ,/, Karim/NNP/PERSON"
                    + " Haddad/NNP/PERSON ,/, said/VBD")
            .stream()
            .filter(m -> m.actor().id().startsWith("person:"))
            .findFirst()
            .orElseThrow()
            .actor();
    assertThat(a.country()).isEqualTo("SYR");
  }

  @Test
  void appositionBeforeANameDescribesThatName() {
    List<ActorMention> m =
        recognize(
            "cells/NNS in/IN Salah/NNP/PERSON ad-Din/NNP/PERSON ,/, an/DT Iraqi/JJ researcher/NN ,/,"
                + " Hisham/NNP/PERSON al-Hashimi/NNP/PERSON ,/, told/VBD AFP/NNP");
    assertThat(m.get(0).actor().sector()).isNull();
    assertThat(m.get(1).actor().sector()).isEqualTo(Sector.EDU);
  }

  @Test
  void personsTakeRoleFromAPreModifier() {
    Actor a =
        recognize("said/VBD Iraqi/JJ researcher/NN Hisham/NNP/PERSON al-Hashimi/NNP/PERSON ./.")
            .get(0)
            .actor();
    assertThat(a.country()).isEqualTo("IRQ");
    assertThat(a.sector()).isEqualTo(Sector.EDU);
  }

  @Test
  void personsAreAffiliatedWithTheGroupTheySpeakFor() {
    List<ActorMention> m =
        recognize(
            "Ali/NNP/PERSON al-Asadi/NNP/PERSON ,/, head/NN of/IN the/DT political/JJ council/NN"
                + " of/IN al-Nujaba/NNP ,/, said/VBD :/: US/NNP forces/NNS must/MD leave/VB",
            "Al-Assadi/NNP/PERSON called/VBD on/IN the/DT government/NN to/TO act/VB");
    Actor asadi = m.get(0).actor();
    assertThat(asadi.country()).isEqualTo("IRQ");
    assertThat(asadi.sector()).isEqualTo(Sector.MIL);
    assertThat(asadi.cameo()).isEqualTo("IRQMILSHI");
    assertThat(ids(m)).containsExactly(asadi.id(), "NUJABA", "USA.MIL", asadi.id(), "IRQ.GOV");
  }

  @Test
  void spokesmanForThePentagonIsMilitary() {
    List<ActorMention> m =
        recognize(
            "John/NNP/PERSON Kirby/NNP/PERSON ,/, spokesman/NN for/IN the/DT Pentagon/NNP ,/,"
                + " said/VBD");
    assertThat(m.get(0).actor().country()).isEqualTo("USA");
    assertThat(m.get(0).actor().sector()).isEqualTo(Sector.MIL);
    assertThat(m.get(1).actor().id()).isEqualTo("USA.MIL");
  }

  @Test
  void matchesNamesThatTheTokenizerSplits() {
    assertThat(
            ids(
                recognize(
                    "the/DT Kurdistan/NNP Workers/NNPS '/POS Party/NNP and/CC Hashd/NNP al/NNP"
                        + " -/HYPH Shaabi/NNP and/CC the/DT Democratic/NNP People/NNP 's/POS"
                        + " Republic/NNP of/IN Korea/NNP")))
        .containsExactly("PKK", "PMF", "PRK");
  }

  @Test
  void coordinatedCountryWordsShareTheOrgan() {
    assertThat(ids(recognize("Senior/JJ Hungarian/JJ and/CC Romanian/JJ officials/NNS agreed/VBD")))
        .containsExactly("HUN.GOV", "ROU.GOV");
  }

  @Test
  void titleBeforeAPersonDescribesThePerson() {
    List<ActorMention> m =
        recognize(
            "Iraqi/JJ Prime/NNP Minister/NNP Mustafa/NNP/PERSON al-Kadhimi/NNP/PERSON said/VBD");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).actor().country()).isEqualTo("IRQ");
    assertThat(m.get(0).actor().sector()).isEqualTo(Sector.GOV);
  }

  @Test
  void countryWordInsideAPersonNameIsThePerson() {
    assertThat(ids(recognize("Jordan/NNP/PERSON Peterson/NNP/PERSON said/VBD")))
        .containsExactly("person:jordan-peterson");
  }

  @Test
  void dictionaryNamesWinOverPersonTags() {
    assertThat(ids(recognize("Hashd/NNP/PERSON al-Shaabi/NNP/PERSON fighters/NNS")))
        .containsExactly("PMF");
  }

  @Test
  void countryInsideAnOrganisationNameIsThatOrganisation() {
    List<ActorMention> m =
        recognize(
            "the/DT Central/NNP/ORGANIZATION Bank/NNP/ORGANIZATION of/IN/ORGANIZATION"
                + " Iraq/NNP/ORGANIZATION said/VBD");
    assertThat(ids(m)).containsExactly("org:central-bank-of-iraq");
    assertThat(m.get(0).actor().country()).isEqualTo("IRQ");
    assertThat(m.get(0).actor().sector()).isEqualTo(Sector.BUS);
  }

  @Test
  void unknownOrganisationsBecomeOrgActorsWithTheirCountry() {
    List<ActorMention> m =
        recognize(
            "the/DT Iraqi/NNP/ORGANIZATION Communist/NNP/ORGANIZATION Party/NNP/ORGANIZATION"
                + " said/VBD");
    assertThat(m).hasSize(1);
    Actor party = m.get(0).actor();
    assertThat(party.id()).isEqualTo("org:iraqi-communist-party");
    assertThat(party.country()).isEqualTo("IRQ");
    assertThat(party.sector()).isEqualTo(Sector.PTY);
  }

  @Test
  void knownLeaderNamedByTitleAloneIsOfTheirOwnCountry() {
    // "President Putin" in a story that names only Georgia is still Russia's government.
    List<ActorMention> m =
        recognize(
            "President/NNP Putin/NNP/PERSON threatened/VBD sanctions/NNS against/IN"
                + " Georgia/NNP ./.");
    Actor putin = person(m, "Putin");
    assertThat(putin.country()).isEqualTo("RUS");
    assertThat(putin.sector()).isEqualTo(Sector.GOV);
  }

  @Test
  void namesakeOfAKnownLeaderIsNotThatLeader() {
    List<ActorMention> m =
        recognize("Jeb/NNP/PERSON Bush/NNP/PERSON criticised/VBD the/DT plan/NN ./.");
    assertThat(ids(m)).doesNotContain("person:george-w-bush");
  }

  @Test
  void knownLeaderSurnameMatchesOnlyCapitalisedText() {
    assertThat(ids(recognize("They/PRP hid/VBD in/IN the/DT bush/NN ./."))).isEmpty();
  }

  @Test
  void nounModifiersMayStandBetweenACountryWordAndItsPeople() {
    assertThat(ids(recognize("Greek/JJ dock/NN workers/NNS blocked/VBD the/DT port/NN")))
        .containsExactly("GRC.LAB");
    assertThat(ids(recognize("Iraqi/JJ Kurds/NNPS protested/VBD ./."))).containsExactly("IRQ.CVL");
  }

  @Test
  void ethnicGroupWordsGiveTheCountrysPeopleNeverItsState() {
    assertThat(ids(recognize("Chechen/JJ leaders/NNS met/VBD ./."))).containsExactly("RUS.CVL");
    assertThat(ids(recognize("Chechen/JJ rebels/NNS attacked/VBD ./."))).containsExactly("RUS.REB");
  }

  @Test
  void ethnicMinorityBelongsToTheCountryItLivesIn() {
    assertThat(
            ids(
                recognize(
                    "Ethnic/JJ Albanians/NNPS demonstrated/VBD in/IN Serbia/NNP/LOCATION ./.")))
        .startsWith("SRB.CVL");
    assertThat(ids(recognize("Albanians/NNPS demonstrated/VBD in/IN Tirana/NNP/LOCATION ./.")))
        .startsWith("ALB.CVL");
  }

  @Test
  void peopleOfAnotherCountryBelongToIt() {
    assertThat(
            ids(
                recognize(
                    "The/DT Albanians/NNPS of/IN southern/JJ Serbia/NNP/LOCATION demand/VBP"
                        + " autonomy/NN ./.")))
        .startsWith("SRB.CVL");
    // "in" says where they are, not whose people they are.
    assertThat(ids(recognize("Americans/NNPS in/IN Iraq/NNP/LOCATION were/VBD evacuated/VBN")))
        .startsWith("USA.CVL");
  }

  @Test
  void countryAdjectiveModifyingANounIsTheCountry() {
    assertThat(
            ids(
                recognize(
                    "Palestinian/JJ riots/NNS continued/VBD || amod:1>0 nsubj:2>1",
                    "Iraqi/JJ Kurdistan/NNP/LOCATION voted/VBD || compound:1>0 nsubj:2>1",
                    "the/DT Iraqi/JJ city/NN of/IN Basra/NNP/LOCATION || amod:2>1")))
        .containsExactly("PSE");
  }

  @Test
  void knownLeadersAdministrationIsTheirCountrysGovernment() {
    assertThat(
            ids(
                recognize(
                    "The/DT Bush/NNP/PERSON administration/NN declared/VBD ./.",
                    "The/DT Assad/NNP/PERSON regime/NN fell/VBD ./.")))
        .containsExactly("USA.GOV", "SYR.GOV");
  }

  @Test
  void forcesLedByACountryAreThatCountrys() {
    assertThat(ids(recognize("Vietnamese-led/JJ forces/NNS attacked/VBD ./.")))
        .containsExactly("VNM.MIL");
    assertThat(ids(recognize("Saudi/JJ -/HYPH led/VBN coalition/NN forces/NNS struck/VBD")))
        .containsExactly("SAU.MIL");
  }

  @Test
  void studentsThroughoutACountryAreItsStudents() {
    assertThat(ids(recognize("students/NNS throughout/IN Indonesia/NNP/LOCATION marched/VBD")))
        .containsExactly("IDN.EDU");
  }

  @Test
  void judgeWithNoCountryWordIsOfTheDominantCountry() {
    Actor judge =
        person(
            recognize(
                "Judge/NNP Ana/NNP/PERSON Ruiz/NNP/PERSON charged/VBD Chilean/JJ officials/NNS"),
            "Ruiz");
    assertThat(judge.country()).isEqualTo("CHL");
    assertThat(judge.sector()).isEqualTo(Sector.JUD);
  }
}
