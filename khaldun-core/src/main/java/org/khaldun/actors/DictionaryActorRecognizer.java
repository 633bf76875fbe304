package org.khaldun.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.khaldun.internal.NameNormalizer;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Dependency;
import org.khaldun.nlp.EntityMention;
import org.khaldun.nlp.EntityType;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Recognises actors with an {@link ActorDictionary} and the named entities of the NLP stage.
 *
 * <ol>
 *   <li>Dictionary names are matched token by token, longest match first, on normalised words
 *       ({@link NameNormalizer}); when no exact key matches at a capitalised token, the loose key
 *       (vowels folded) is tried, so Hizbullah finds Hezbollah.
 *   <li>Countries compose with state-organ nouns ({@link StateOrgans}): "the Iraqi army", "US
 *       troops", "Iraq's government", "government forces of Syria", "Hungarian and Romanian
 *       officials" (and with rebels, media, refugees...: "Syrian rebels"). A title right before a
 *       person ("Iraqi Prime Minister Mustafa al-Kadhimi") describes the person instead. An
 *       unqualified "the government", "the army", "security forces" or "the interior ministry" is
 *       the organ of the article's country: the country named most often in the article, counting
 *       the home countries of the groups named (ties: the first named); with no country, no actor.
 *       Unqualified people ("thousands of protesters", "civilians", "gunmen") are the article's
 *       country's only when it dominates the article; "the militants" after a named insurgent group
 *       are that group; an organ after "its"/"their" belongs to the sentence's first actor.
 *   <li>A country name is an actor except after a locative word ("in Iraq", "northern Iraq"); an
 *       adjective alone ("Iraqi provinces") is not; a plural demonym ("Iraqis") is the country's
 *       people ({@code CVL}); a capital is the government only when it acts: followed by a verb or
 *       {@code 's}, or subject of a verb in the parse ("Washington said"; "in Washington" is a
 *       place), or when the parse makes it the object of a verb of communication or relation
 *       ("accused Moscow", "talks with Beijing"; "attacked Kyiv" stays a place). A country word
 *       inside a longer person, place or organisation entity ("Latin America", "Central Bank of
 *       Iraq") is not the country.
 *   <li>NER persons become {@code person:<slug>} actors. Within an article a name that is part of a
 *       longer one ("al-Hashimi", "Mr Hashimi" after "Hisham al-Hashimi") is the same actor. Role
 *       and country come from an apposition or pre-modifier ("an Iraqi researcher, Hisham
 *       al-Hashimi", "Hisham al-Hashimi, head of the political council of al-Nujaba"): an
 *       organisation named there gives its country, sector and CAMEO code, else the role gives the
 *       sector ({@link Roles}) and a country word the country. A person with a government title and
 *       no country ("Prime Minister Mohammed Shia al-Sudani") defaults to the government of the
 *       article's dominant country, when it has one.
 *   <li>NER organisations that are not in the dictionary become {@code org:<slug>} actors, with the
 *       country of a country word in their name and a sector from keywords.
 * </ol>
 *
 * <p>Stateless apart from the immutable dictionary, so one instance serves all threads.
 */
public final class DictionaryActorRecognizer implements ActorRecognizer {

  /** How many tokens after a name's comma its role noun may stand. */
  private static final int ROLE_REACH = 7;

  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "across",
          "throughout",
          "within",
          "inside",
          "near",
          "around",
          "outside",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north",
          "south",
          "east",
          "west",
          "neighbouring",
          "neighboring");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");

  /**
   * Lemmas of verbs and nouns of communication or relation whose object is a party, so a capital
   * there is its government ("Ukraine accused Moscow", "urged Tehran to", "talks with Beijing").
   * Verbs of movement or force ("flew to", "attacked") are left out: their objects are places.
   */
  private static final Set<String> ADDRESSING =
      Set.of(
          "accuse",
          "urge",
          "warn",
          "criticize",
          "criticise",
          "condemn",
          "denounce",
          "blame",
          "meet",
          "call",
          "ask",
          "tell",
          "press",
          "pressure",
          "pressurise",
          "pressurize",
          "sanction",
          "threaten",
          "praise",
          "thank",
          "support",
          "back",
          "negotiate",
          "talk",
          "talks",
          "discuss",
          "invite",
          "reassure",
          "rebuke",
          "appeal",
          "congratulate",
          "persuade",
          "demand",
          "engage",
          "sanctions",
          "negotiations",
          "dialogue");

  private static final Set<String> DOMESTIC_IN = Set.of("REB", "OPP", "CVL", "EDU", "LAB");

  /** Prepositions that place a group in a country: "students throughout Indonesia". */
  private static final Set<String> WITHIN = Set.of("in", "throughout", "across");

  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");

  /** Nouns for who speaks for or leads an actor: "its spokesman" is that actor. */
  private static final Set<String> REPRESENTATIVES =
      Set.of(
              "spokesman",
              "spokeswoman",
              "spokesperson",
              "secretary general",
              "leader",
              "leadership",
              "chief",
              "head",
              "commander",
              "commanders")
          .stream()
          .map(NameNormalizer::normalize)
          .collect(Collectors.toUnmodifiableSet());

  /** Prepositions that make their object a party to the verb, not a place. */
  private static final Set<String> PARTY_PREPOSITIONS = Set.of("with", "on", "against", "to");

  private final ActorDictionary dictionary;

  private DictionaryActorRecognizer(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  public static DictionaryActorRecognizer create(ActorDictionary dictionary) {
    return new DictionaryActorRecognizer(Objects.requireNonNull(dictionary, "dictionary"));
  }

  /** A dictionary match over tokens {@code [first, end)}. */
  private record Match(int first, int end, Alias alias) {
    boolean isCountry() {
      Actor a = alias.actor();
      return a.id().equals(a.country());
    }
  }

  /** A resolved mention before offsets are computed. */
  private record Found(int sentence, int first, int end, Actor actor) {}

  /** One sentence's words and matches. */
  private static final class SentenceState {
    final Sentence sentence;
    final int ordinal;
    final List<EntityMention> entities;
    final List<List<String>> tokenWords = new ArrayList<>();
    final List<Match> matches = new ArrayList<>();
    final boolean[] consumed;

    SentenceState(Sentence sentence, int ordinal) {
      this.sentence = sentence;
      this.ordinal = ordinal;
      this.entities = entities(sentence);
      this.consumed = new boolean[sentence.tokens().size()];
    }

    List<Token> tokens() {
      return sentence.tokens();
    }
  }

  @Override
  public List<ActorMention> recognize(AnnotatedArticle article) {
    List<SentenceState> states = new ArrayList<>();
    for (int i = 0; i < article.sentences().size(); i++) {
      states.add(matchDictionary(article.sentences().get(i), i));
    }
    Countries countries = articleCountries(states);
    List<Found> found = new ArrayList<>();
    for (SentenceState st : states) {
      resolveLeadersGovernments(st, found);
      resolveLedForces(st, found);
      resolveStateActors(st, countries, found);
    }
    new People(states, found, countries.dominant()).resolve();
    resolveOrganisations(states, found, countries.dominant());
    found.sort(Comparator.comparingInt(Found::sentence).thenComparingInt(Found::first));
    String text = article.article().text();
    List<ActorMention> mentions = new ArrayList<>();
    for (Found f : found) {
      Sentence s = article.sentences().get(f.sentence());
      int begin = s.tokens().get(f.first()).begin();
      int end = s.tokens().get(f.end() - 1).end();
      mentions.add(
          new ActorMention(
              f.actor(), s.index(), f.first(), f.end(), begin, end, text.substring(begin, end)));
    }
    return List.copyOf(mentions);
  }

  // ---- 1. dictionary matching ------------------------------------------------------------------

  private SentenceState matchDictionary(Sentence sentence, int ordinal) {
    SentenceState st = new SentenceState(sentence, ordinal);
    List<Token> tokens = sentence.tokens();
    List<String> texts = tokens.stream().map(Token::text).toList();
    for (int i = 0; i < tokens.size(); i++) {
      st.tokenWords.add(new ArrayList<>());
    }
    for (NameNormalizer.Word w : NameNormalizer.words(texts)) {
      st.tokenWords.get(w.token()).add(w.text());
    }
    int maxTokens = dictionary.maxAliasWords() + 2;
    int i = 0;
    while (i < tokens.size()) {
      Match m = longestMatch(st, i, maxTokens);
      if (m != null
          && m.alias().actor().id().startsWith("person:")
          && overlapsEntity(st, m, EntityType.PERSON)) {
        // A known person inside a name the tagger found is resolved with the person clusters,
        // where the words around the name (a title, a country) come first and the dictionary
        // fills in what they leave open; "Jeb Bush" is not George W. Bush.
        m = null;
      }
      if (m == null) {
        i++;
      } else {
        st.matches.add(m);
        i = m.end();
      }
    }
    return st;
  }

  private Match longestMatch(SentenceState st, int start, int maxTokens) {
    List<Token> tokens = st.tokens();
    if (!hasLetters(tokens.get(start).text())
        || (st.tokenWords.get(start).isEmpty() && isPossessive(tokens.get(start)))) {
      return null;
    }
    int limit = start;
    while (limit < tokens.size()
        && limit - start < maxTokens
        && (hasLetters(tokens.get(limit).text()) || isDash(tokens.get(limit).text()))) {
      limit++;
    }
    Match exact = scan(st, start, limit, false);
    if (exact != null || !startsUpper(tokens.get(start).text())) {
      return exact;
    }
    return scan(st, start, limit, true);
  }

  /** Longest match from {@code start}, extending while the key is a prefix of some alias key. */
  private Match scan(SentenceState st, int start, int limit, boolean loose) {
    List<Token> tokens = st.tokens();
    Match best = null;
    StringBuilder key = new StringBuilder();
    for (int end = start + 1; end <= limit; end++) {
      List<String> words = st.tokenWords.get(end - 1);
      if (words.isEmpty()) {
        continue;
      }
      for (String w : words) {
        if (key.length() > 0) {
          key.append(' ');
        }
        key.append(w);
      }
      String k = loose ? NameNormalizer.looseKey(key.toString()) : key.toString();
      Alias alias = loose ? dictionary.loose(k) : dictionary.exact(k);
      if (alias != null && accepts(alias, tokens, start, end)) {
        best = new Match(start, end, alias);
      }
      if (!dictionary.isPrefix(k, loose)) {
        break;
      }
    }
    return best;
  }

  private static boolean accepts(Alias alias, List<Token> tokens, int start, int end) {
    if (alias.capitalised() && !startsUpper(tokens.get(start).text())) {
      return false;
    }
    if (alias.acronym()) {
      for (int t = start; t < end; t++) {
        if (tokens.get(t).text().chars().anyMatch(Character::isLowerCase)) {
          return false;
        }
      }
    }
    return true;
  }

  private static String key(SentenceState st, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int t = start; t < end; t++) {
      for (String w : st.tokenWords.get(t)) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w);
      }
    }
    return b.toString();
  }

  /**
   * The article's countries: {@code most} is the one named most often (ties: the first named);
   * {@code dominant} is that one only when it has more than twice as many mentions as all other
   * countries together, else null.
   */
  private record Countries(String most, String dominant) {}

  private static Countries articleCountries(List<SentenceState> states) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SentenceState st : states) {
      for (Match m : st.matches) {
        // Groups count too: an article about al-Nujaba is about Iraq.
        if (m.alias().actor().country() != null) {
          counts.merge(m.alias().actor().country(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestCount = 0;
    int total = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      total += e.getValue();
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    boolean dominant = best != null && bestCount > 2 * (total - bestCount);
    return new Countries(best, dominant ? best : null);
  }

  // ---- 2. countries and state organs -----------------------------------------------------------

  /** Nouns that, after a leader's name, mean the government that leader heads. */
  private static final Set<String> GOVERNMENT_NOUNS =
      Set.of("administration", "government", "cabinet", "regime");

  /**
   * "The Bush administration", "the Assad regime": a known leader's name before a government noun
   * is that leader's country's government.
   */
  private void resolveLeadersGovernments(SentenceState st, List<Found> found) {
    List<Token> tokens = st.tokens();
    for (EntityMention e : st.entities) {
      int end = e.endToken();
      if (e.type() != EntityType.PERSON
          || end >= tokens.size()
          || !GOVERNMENT_NOUNS.contains(lower(tokens.get(end)))
          || anyConsumed(st, e.firstToken(), end + 1)) {
        continue;
      }
      Actor leader = knownPerson(st, e.firstToken(), end);
      if (leader != null && leader.country() != null) {
        found.add(
            new Found(
                st.ordinal,
                e.firstToken(),
                end + 1,
                dictionary.organ(leader.country(), Sector.GOV)));
        mark(st, e.firstToken(), end + 1);
      }
    }
  }

  /**
   * "Vietnamese-led forces", "Saudi-led coalition troops": forces led by a country are that
   * country's (the tagger keeps "Vietnamese-led" as one token, so no country word matches).
   */
  private void resolveLedForces(SentenceState st, List<Found> found) {
    List<Token> tokens = st.tokens();
    for (int t = 0; t + 1 < tokens.size(); t++) {
      String text = tokens.get(t).text();
      if (st.consumed[t] || !text.toLowerCase(Locale.ROOT).endsWith("-led") || text.length() < 6) {
        continue;
      }
      Alias alias =
          dictionary.exact(NameNormalizer.normalize(text.substring(0, text.length() - 4)));
      if (alias == null || !alias.actor().id().equals(alias.actor().country())) {
        continue;
      }
      int organEnd = organAt(st, t + 1);
      if (organEnd > 0) {
        Sector sector = organSector(st, t + 1, organEnd);
        found.add(
            new Found(st.ordinal, t, organEnd, dictionary.organ(alias.actor().country(), sector)));
        mark(st, t, organEnd);
      }
    }
  }

  /**
   * The dictionary's person named by the tokens, or with the title right before them ("King
   * Hussein"); null when they name none.
   */
  private Actor knownPerson(SentenceState st, int first, int end) {
    for (int from = first; from >= Math.max(0, first - 1); from--) {
      Alias alias = dictionary.exact(key(st, from, end));
      if (alias != null
          && alias.actor().id().startsWith("person:")
          && accepts(alias, st.tokens(), from, end)) {
        return alias.actor();
      }
    }
    return null;
  }

  private void resolveStateActors(SentenceState st, Countries countries, List<Found> found) {
    List<Token> tokens = st.tokens();
    int sentenceIndex = st.ordinal;
    for (Match m : st.matches) {
      if (!m.isCountry()) {
        mark(st, m.first(), m.end());
      }
    }
    for (Match m : st.matches) {
      Actor actor = m.alias().actor();
      if (!m.isCountry()) {
        found.add(new Found(sentenceIndex, m.first(), m.end(), actor));
        continue;
      }
      AliasKind kind = m.alias().kind();
      int after = m.end();
      if (kind != AliasKind.ADJECTIVE && after < tokens.size() && isPossessive(tokens.get(after))) {
        after++;
      }
      if (after + 2 < tokens.size()
          && isDash(tokens.get(after).text())
          && lower(tokens.get(after + 1)).equals("led")) {
        // "Vietnamese - led forces", as the tokenizer splits it: forces the country leads.
        after += 2;
      }
      int nounStart = after;
      int organEnd = organAt(st, after);
      while (organEnd < 0
          && nounStart < Math.min(tokens.size() - 1, after + 2)
          && isModifier(st, nounStart)) {
        // "Iraq's interim government", "Nicaragua's Sandinista government".
        nounStart++;
        organEnd = organAt(st, nounStart);
      }
      if (organEnd > 0 && titleOfPerson(st, organEnd)) {
        // "Iraqi Prime Minister Mustafa al-Kadhimi": the title describes the person who follows.
        continue;
      }
      if (organEnd < 0 && kind != AliasKind.CAPITAL) {
        Sector shared = sharedOrgan(st, after);
        if (shared != null) {
          // "Hungarian and Romanian officials": each country word gets the shared organ.
          found.add(
              new Found(
                  sentenceIndex, m.first(), m.end(), dictionary.organ(actor.country(), shared)));
          mark(st, m.first(), m.end());
          continue;
        }
      }
      if (organEnd > 0) {
        Sector sector = organSector(st, nounStart, organEnd);
        if (kind == AliasKind.ETHNIC && STATE_SECTORS.contains(sector.code())) {
          // "Chechen leaders", "Rohingya men": the group's people, not the state's organs.
          sector = Sector.CVL;
        }
        found.add(
            new Found(
                sentenceIndex,
                m.first(),
                organEnd,
                dictionary.organ(homeCountry(st, m, actor.country()), sector)));
        mark(st, m.first(), organEnd);
        continue;
      }
      int organStart =
          kind == AliasKind.NAME || kind == AliasKind.CAPITAL ? organOfBefore(st, m.first()) : -1;
      if (organStart >= 0) {
        int ofEnd = organAt(st, organStart);
        Sector sector = organSector(st, organStart, ofEnd);
        found.add(
            new Found(
                sentenceIndex, organStart, m.end(), dictionary.organ(actor.country(), sector)));
        mark(st, organStart, m.end());
        continue;
      }
      if (insideLongerName(st, m)) {
        // "Latin America", "Central Bank of Iraq", "Jordan Peterson": part of another name.
        continue;
      }
      switch (kind) {
        case NAME -> {
          if (!locative(tokens, m.first())) {
            found.add(new Found(sentenceIndex, m.first(), m.end(), actor));
            mark(st, m.first(), m.end());
          }
        }
        case DEMONYM -> {
          // "Thousands of Iraqis protested": the people, not the state.
          found.add(
              new Found(
                  sentenceIndex,
                  m.first(),
                  m.end(),
                  dictionary.organ(homeCountry(st, m, actor.country()), Sector.CVL)));
          mark(st, m.first(), m.end());
        }
        case CAPITAL -> {
          if (agentive(st, m)) {
            found.add(
                new Found(
                    sentenceIndex,
                    m.first(),
                    m.end(),
                    dictionary.organ(actor.country(), Sector.GOV)));
            mark(st, m.first(), m.end());
          }
        }
        case ADJECTIVE -> {
          if (modifiesCommonNoun(st, m)) {
            // "Palestinian riots", "an Israeli airstrike": the country, for the event coder to
            // use when the noun is a trigger; elsewhere ("Iraqi provinces") no slot takes it.
            found.add(new Found(sentenceIndex, m.first(), m.end(), actor));
            mark(st, m.first(), m.end());
          }
        }
        case ETHNIC -> {
          // A group's adjective without a people noun ("Chechen territory") names no actor.
        }
      }
    }
    resolveUnqualified(st, countries, found);
    resolvePossessives(st, found);
  }

  /** Organs and people with no country word, given the article's country. */
  private void resolveUnqualified(SentenceState st, Countries countries, List<Found> found) {
    List<Token> tokens = st.tokens();
    int sentenceIndex = st.ordinal;
    for (int i = 0; i < tokens.size(); i++) {
      if (st.consumed[i]) {
        continue;
      }
      int end = organAt(st, i);
      if (end < 0) {
        continue;
      }
      String phrase = key(st, i, end);
      boolean state = StateOrgans.unqualified(phrase);
      Actor naming = armedGroupEndingAt(found, sentenceIndex, i);
      if (naming != null
          && StateOrgans.unqualifiedPeople(phrase)
          && StateOrgans.sector(phrase).equals(Sector.REB)) {
        // "Islamic State militants", "Houthi fighters": the group's own members.
        found.add(new Found(sentenceIndex, i, end, naming));
        mark(st, i, end);
        i = end - 1;
        continue;
      }
      boolean people = StateOrgans.unqualifiedPeople(phrase) && countries.dominant() != null;
      if (!(state || people)
          || qualifiedByOther(tokens, i)
          || partOfOrganisation(st, i, end)
          || titleOfPerson(st, end)) {
        // "Governor Asaad al-Eidani": a title describes the person who follows it.
        i = end - 1;
        continue;
      }
      Sector sector = StateOrgans.sector(phrase);
      Actor actor =
          !state
              ? dictionary.organ(countries.dominant(), sector)
              : countries.most() != null
                  ? dictionary.organ(countries.most(), sector)
                  : unnamedStateOrgan(sector);
      if (people && sector.equals(Sector.REB) && i > 0 && lower(tokens.get(i - 1)).equals("the")) {
        // "the militants" after "the Islamic State group ...": the group already named.
        Actor group = lastArmedGroup(found, sentenceIndex, i);
        actor = group == null ? actor : group;
      }
      found.add(new Found(sentenceIndex, i, end, actor));
      mark(st, i, end);
      i = end - 1;
    }
  }

  /** Id prefix of a state organ whose country the article does not name. */
  public static final String UNNAMED_STATE = "state:";

  /**
   * "The government of Sindh province ordered": an organ of a state the article names no country
   * for, so the event stage can take the country from the place (gazetteer) it does name.
   */
  private static Actor unnamedStateOrgan(Sector sector) {
    String noun = StateOrgans.displayNoun(sector.code());
    return new Actor(UNNAMED_STATE + sector.code(), noun, null, sector, null, List.of(noun));
  }

  /**
   * "The Sudanese army said its aircraft struck", "NATO ..., its secretary general said": an organ
   * or spokesman noun after "its" or "their" belongs to the sentence's first non-person actor
   * before it, the usual antecedent. A country's organ keeps the organ noun's sector; a group's
   * fighters or spokesman are the group.
   */
  private void resolvePossessives(SentenceState st, List<Found> found) {
    List<Token> tokens = st.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      if (st.consumed[i] || !Set.of("its", "their").contains(lower(tokens.get(i - 1)))) {
        continue;
      }
      int end = organAt(st, i);
      Sector sector = end < 0 ? null : organSector(st, i, end);
      if (end < 0) {
        end = representativeAt(st, i);
      }
      Found owner = null;
      for (Found f : found) {
        boolean before = f.sentence() == st.ordinal && f.end() <= i - 1;
        if (before
            && !f.actor().id().startsWith("person:")
            && (owner == null || f.first() < owner.first())) {
          owner = f;
        }
      }
      if (end < 0 || owner == null) {
        continue;
      }
      Actor o = owner.actor();
      Actor actor = o;
      if (o.id().equals(o.country())) {
        actor = dictionary.organ(o.country(), sector == null ? Sector.GOV : sector);
      } else if (o.sector() != null
          && o.id().equals(o.country() + "." + o.sector().code())
          && STATE_SECTORS.contains(o.sector().code())
          && sector != null
          && STATE_SECTORS.contains(sector.code())) {
        // "The government said its forces": the state's other organ; "protesters ... their
        // leaders" stay the protesters.
        actor = dictionary.organ(o.country(), sector);
      }
      found.add(new Found(st.ordinal, i, end, actor));
      mark(st, i, end);
      i = end - 1;
    }
  }

  /** End of a spokesman or leader noun ("secretary general") at {@code start}, or -1. */
  private static int representativeAt(SentenceState st, int start) {
    for (int end = Math.min(st.tokens().size(), start + 2); end > start; end--) {
      if (REPRESENTATIVES.contains(key(st, start, end)) && !anyConsumed(st, start, end)) {
        return end;
      }
    }
    return -1;
  }

  /**
   * Whether an organisation entity reaches beyond the organ phrase {@code [first, end)}: "the Army
   * of Islam" is a group, while "the Interior Ministry" tagged as an organisation is still the
   * organ.
   */
  private static boolean partOfOrganisation(SentenceState st, int first, int end) {
    for (EntityMention e : st.entities) {
      if (e.type() == EntityType.ORGANIZATION
          && e.firstToken() < end
          && first < e.endToken()
          && (e.firstToken() < first || e.endToken() > end)) {
        return true;
      }
    }
    return false;
  }

  /** The insurgent or rebel group named last before token {@code at} of a sentence, or null. */
  /** The armed group named right before token {@code at} ("Islamic State" in "... militants"). */
  private static Actor armedGroupEndingAt(List<Found> found, int sentence, int at) {
    for (Found f : found) {
      Actor a = f.actor();
      boolean armed = Sector.INS.equals(a.sector()) || Sector.REB.equals(a.sector());
      if (armed
          && f.sentence() == sentence
          && f.end() == at
          && !a.id().contains(".")
          && !a.id().startsWith("person:")) {
        return a;
      }
    }
    return null;
  }

  private static Actor lastArmedGroup(List<Found> found, int sentence, int at) {
    Found last = null;
    for (Found f : found) {
      Actor a = f.actor();
      boolean armed = Sector.INS.equals(a.sector()) || Sector.REB.equals(a.sector());
      boolean before = f.sentence() < sentence || (f.sentence() == sentence && f.end() <= at);
      boolean later =
          last == null
              || f.sentence() > last.sentence()
              || (f.sentence() == last.sentence() && f.first() > last.first());
      if (armed && before && later && !a.id().contains(".") && !a.id().startsWith("person:")) {
        last = f;
      }
    }
    return last == null ? null : last.actor();
  }

  /**
   * Whether a person's name follows at {@code end}, directly or after a comma ("Iraqi researcher
   * Ahmed al-Assadi", "an Iraqi researcher, Hisham al-Hashimi"): the noun before describes the
   * person, who is the actor. Across a comma only a role noun does ("a member of the Syrian
   * parliament, NAME" keeps the parliament).
   */
  private static boolean titleOfPerson(SentenceState st, int end) {
    List<Token> tokens = st.tokens();
    if (end > 0
        && end < tokens.size()
        && tokens.get(end).text().equals(",")
        && Roles.isRole(key(st, end - 1, end))) {
      end++;
    }
    return end < tokens.size() && inEntity(st, end, EntityType.PERSON);
  }

  /**
   * An adjective, proper-noun or noun modifier that may sit between a country word and its organ
   * ("Nicaragua's Sandinista government", "Greek dock workers", "Syrian government troops").
   */
  private static boolean isModifier(SentenceState st, int t) {
    Token token = st.tokens().get(t);
    String pos = token.pos();
    if (st.consumed[t] || !(pos.equals("JJ") || pos.equals("NNP") || pos.equals("NN"))) {
      return false;
    }
    for (Match m : st.matches) {
      if (m.first() <= t && t < m.end()) {
        return false;
      }
    }
    return !inEntity(st, t, EntityType.PERSON);
  }

  /** End of the longest state-organ phrase starting at {@code start} on free tokens, or -1. */
  private static int organAt(SentenceState st, int start) {
    int best = -1;
    List<Token> tokens = st.tokens();
    for (int end = start + 1;
        end <= Math.min(tokens.size(), start + StateOrgans.MAX_WORDS);
        end++) {
      if (st.consumed[end - 1] || !hasLetters(tokens.get(end - 1).text())) {
        break;
      }
      if (StateOrgans.sector(key(st, start, end)) != null) {
        best = end;
      }
    }
    return best;
  }

  private static Sector organSector(SentenceState st, int start, int end) {
    return StateOrgans.sector(key(st, start, end));
  }

  /** Whether a person, place or organisation entity strictly contains the match. */
  private static boolean insideLongerName(SentenceState st, Match m) {
    for (EntityMention e : st.entities) {
      boolean longer = e.endToken() - e.firstToken() > m.end() - m.first();
      if (e.type() != EntityType.MISC
          && longer
          && e.firstToken() <= m.first()
          && m.end() <= e.endToken()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The country a group named by a country word lives in. "Ethnic Albanians in Serbia" are a
   * minority of another country: after "ethnic", the first other country the sentence names is
   * theirs (as CAMEO codes them); "the Albanians of southern Serbia" names the country they live in
   * right after the people word; otherwise, and for every other country word, its own.
   */
  private static String homeCountry(SentenceState st, Match m, String own) {
    String residence = residenceAfter(st, m, own);
    if (residence != null) {
      return residence;
    }
    if (m.first() == 0 || !lower(st.tokens().get(m.first() - 1)).equals("ethnic")) {
      return own;
    }
    for (Match other : st.matches) {
      if (other != m
          && other.isCountry()
          && other.alias().kind() == AliasKind.NAME
          && !other.alias().actor().country().equals(own)) {
        return other.alias().actor().country();
      }
    }
    return own;
  }

  /**
   * The other country named by "of" right after a people word, past at most two adjectives or
   * determiners ("of southern Serbia"), or null. "Americans in Iraq" stay Americans: "in" says
   * where they are, not whose people they are.
   */
  private static String residenceAfter(SentenceState st, Match m, String own) {
    List<Token> tokens = st.tokens();
    int k = m.end();
    if (k >= tokens.size() || !lower(tokens.get(k)).equals("of")) {
      return null;
    }
    int limit = Math.min(tokens.size(), k + 4);
    for (k = k + 1; k < limit; k++) {
      for (Match other : st.matches) {
        if (other.first() == k
            && other.isCountry()
            && other.alias().kind() == AliasKind.NAME
            && !other.alias().actor().country().equals(own)) {
          return other.alias().actor().country();
        }
      }
      String pos = tokens.get(k).pos();
      if (!pos.equals("JJ") && !pos.equals("DT")) {
        return null;
      }
    }
    return null;
  }

  /** Nouns of places: "the Iraqi city of Basra" names a place, not Iraq acting. */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "city",
          "cities",
          "town",
          "towns",
          "village",
          "villages",
          "province",
          "provinces",
          "region",
          "regions",
          "capital",
          "border",
          "borders",
          "territory",
          "territories",
          "coast",
          "desert",
          "countryside",
          "mountains",
          "district",
          "districts",
          "area",
          "areas",
          "port",
          "island",
          "islands",
          "soil",
          "waters",
          "airspace",
          "enclave",
          "frontier");

  /**
   * Whether the country adjective is a parsed adjectival or compound modifier of a free common noun
   * ("Palestinian riots"), rather than part of a name or a predicate ("is Iraqi").
   */
  private static boolean modifiesCommonNoun(SentenceState st, Match m) {
    int last = m.end() - 1;
    for (Dependency d : st.sentence.dependencies()) {
      if (d.dependent() != last || d.governor() < m.end() || d.governor() >= st.tokens().size()) {
        continue;
      }
      String rel = d.relation();
      String pos = st.tokens().get(d.governor()).pos();
      return (rel.equals("amod") || rel.equals("compound"))
          && (pos.equals("NN") || pos.equals("NNS"))
          && !PLACE_NOUNS.contains(lower(st.tokens().get(d.governor())))
          && !st.consumed[d.governor()]
          && !inEntity(st, d.governor(), EntityType.LOCATION);
    }
    return false;
  }

  /** Whether an entity of the type shares a token with the match. */
  private static boolean overlapsEntity(SentenceState st, Match m, EntityType type) {
    for (EntityMention e : st.entities) {
      if (e.type() == type && e.firstToken() < m.end() && m.first() < e.endToken()) {
        return true;
      }
    }
    return false;
  }

  /** The organ shared by a coordination of country words starting at {@code at}, or null. */
  private static Sector sharedOrgan(SentenceState st, int at) {
    List<Token> tokens = st.tokens();
    int j = at;
    boolean moved = false;
    while (j < tokens.size() && Set.of(",", "and", "or").contains(lower(tokens.get(j)))) {
      Match next = null;
      for (Match m : st.matches) {
        if (m.first() == j + 1 && m.isCountry() && m.alias().kind() != AliasKind.CAPITAL) {
          next = m;
        }
      }
      if (next == null) {
        return null;
      }
      j = next.end();
      moved = true;
    }
    int end = moved ? organAt(st, j) : -1;
    return end < 0 ? null : organSector(st, j, end);
  }

  /**
   * Start of an organ phrase in "organ of [the] COUNTRY" ending before {@code countryStart}, or in
   * "rebels in the Ivory Coast" for the domestic groups of {@link #DOMESTIC_IN} (troops, refugees
   * or journalists in a country are often foreign).
   */
  private static int organOfBefore(SentenceState st, int countryStart) {
    List<Token> tokens = st.tokens();
    int k = countryStart - 1;
    if (k >= 0 && lower(tokens.get(k)).equals("the")) {
      k--;
    }
    if (k < 1 || !(lower(tokens.get(k)).equals("of") || WITHIN.contains(lower(tokens.get(k))))) {
      return -1;
    }
    boolean in = WITHIN.contains(lower(tokens.get(k)));
    for (int start = Math.max(0, k - StateOrgans.MAX_WORDS); start < k; start++) {
      if (organAt(st, start) == k
          && (!in || DOMESTIC_IN.contains(organSector(st, start, k).code()))) {
        return start;
      }
    }
    return -1;
  }

  private static boolean locative(List<Token> tokens, int first) {
    int k = first - 1;
    if (k >= 0 && lower(tokens.get(k)).equals("the")) {
      k--;
    }
    return k >= 0 && LOCATIVE.contains(lower(tokens.get(k)));
  }

  /**
   * Whether a capital stands for its government: it acts (followed by a verb or 's, or subject of a
   * verb in the parse) or, in a parsed sentence, is addressed by a verb of communication or
   * relation ("accused Moscow", "talks with Beijing").
   */
  private static boolean agentive(SentenceState st, Match m) {
    if (addressee(st, m)) {
      return true;
    }
    List<Token> tokens = st.tokens();
    if (m.first() > 0) {
      Token before = tokens.get(m.first() - 1);
      if (before.pos().equals("IN")
          || before.pos().equals("TO")
          || LOCATIVE.contains(lower(before))) {
        return false;
      }
    }
    for (Dependency d : st.sentence.dependencies()) {
      if (d.dependent() >= m.first()
          && d.dependent() < m.end()
          && d.relation().startsWith("nsubj")) {
        return true;
      }
    }
    if (m.end() >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(m.end());
    if (next.isVerb() || next.pos().equals("MD") || isPossessive(next)) {
      return true;
    }
    if (lower(next).equals("and")) {
      // "Washington and Baghdad agreed": the conjunct decides for both.
      for (Match other : st.matches) {
        if (other.first() == m.end() + 1 && other.isCountry() && other.end() < tokens.size()) {
          Token after = tokens.get(other.end());
          return after.isVerb() || after.pos().equals("MD");
        }
      }
    }
    return false;
  }

  /**
   * Whether the parse makes the match the object of a communication or relation verb or noun:
   * {@code obj}/{@code iobj} ("urged Tehran"), or {@code obl}/{@code nmod} through a preposition
   * that marks a party rather than a place ("talks with Beijing", "pressure on Moscow"). "Attacked
   * Kyiv", "met in Moscow" and "flew to Tehran" stay places.
   */
  private static boolean addressee(SentenceState st, Match m) {
    List<Token> tokens = st.tokens();
    for (Dependency d : st.sentence.dependencies()) {
      if (d.governor() < 0 || d.dependent() < m.first() || d.dependent() >= m.end()) {
        continue;
      }
      String rel = d.relation();
      Token governor = tokens.get(d.governor());
      if (!ADDRESSING.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (rel.equals("obj") || rel.equals("iobj")) {
        return true;
      }
      if (rel.startsWith("obl") || rel.startsWith("nmod")) {
        for (Dependency c : st.sentence.dependencies()) {
          if (c.governor() == d.dependent()
              && c.relation().equals("case")
              && PARTY_PREPOSITIONS.contains(lower(tokens.get(c.dependent())))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** An unqualified organ preceded by a proper noun, possessive or pronoun belongs to that. */
  private static boolean qualifiedByOther(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    String pos = prev.pos();
    return pos.equals("NNP")
        || pos.equals("NNPS")
        || pos.equals("POS")
        || pos.equals("PRP$")
        || isPossessive(prev);
  }

  // ---- 4. people --------------------------------------------------------------------------------

  /** Person clusters of one article. */
  private final class People {
    private final List<SentenceState> states;
    private final List<Found> found;
    private final String dominantCountry;

    People(List<SentenceState> states, List<Found> found, String dominantCountry) {
      this.states = states;
      this.found = found;
      this.dominantCountry = dominantCountry;
    }

    private record Name(int sentence, int first, int end, List<String> words, String text) {}

    private final class Cluster {
      Name longest;
      String country;
      Sector sector;
      String cameo;
      boolean governmentTitle;
      Actor known;
      final List<Name> names = new ArrayList<>();
    }

    void resolve() {
      List<Cluster> clusters = new ArrayList<>();
      for (SentenceState st : states) {
        for (EntityMention e : st.entities) {
          if (e.type() != EntityType.PERSON
              || anyConsumed(st, e.firstToken(), e.endToken())
              || overlapsMatch(st, e.firstToken(), e.endToken())
              || coveredByMatch(st, e.firstToken(), e.endToken())) {
            continue;
          }
          List<String> words = nameWords(st, e.firstToken(), e.endToken());
          if (words.isEmpty()) {
            continue;
          }
          Name name = new Name(st.ordinal, e.firstToken(), e.endToken(), words, e.text());
          Cluster c = clusterFor(clusters, words);
          if (c == null) {
            c = new Cluster();
            c.longest = name;
            clusters.add(c);
          } else if (words.size() > c.longest.words().size()) {
            c.longest = name;
          }
          c.names.add(name);
          describe(c, st, e.firstToken(), e.endToken());
          if (c.known == null) {
            c.known = knownPerson(st, e.firstToken(), e.endToken());
          }
        }
      }
      for (Cluster c : clusters) {
        if (c.known != null && c.country == null && c.cameo == null) {
          // A well-known leader: the dictionary's country, and its sector unless the text gave
          // one ("opposition leader Imran Khan" stays the opposition).
          c.country = c.known.country();
          c.sector = c.sector == null ? c.known.sector() : c.sector;
          if (c.country == null) {
            c.cameo = c.known.cameo();
          }
        }
        boolean stateRole = c.sector != null && STATE_SECTORS.contains(c.sector.code());
        if (c.country == null
            && c.cameo == null
            && (c.governmentTitle || stateRole)
            && dominantCountry != null) {
          // "Prime Minister Mohammed Shia al-Sudani" in a story about Iraq: a default, taken only
          // when one country dominates the article; a country word near the name wins over it.
          // A foreign leader named by title alone ("President Bush threatened Russia") gets the
          // wrong country: measured, such cases are rarer than the leader of the story's country.
          // The same holds for other offices of the state: a judge, a general ("Lt. Gen. X").
          c.country = dominantCountry;
          c.sector = c.governmentTitle || c.sector == null ? Sector.GOV : c.sector;
        }
        String cameo = c.cameo;
        if (cameo == null && c.country != null) {
          cameo = c.sector == null ? c.country : c.country + c.sector.code();
        }
        List<String> aliases = c.names.stream().map(Name::text).distinct().toList();
        Actor actor =
            new Actor(
                c.known != null ? c.known.id() : "person:" + NameNormalizer.slug(c.longest.text()),
                c.known != null ? c.known.name() : c.longest.text(),
                c.country,
                c.sector,
                cameo,
                aliases);
        for (Name n : c.names) {
          found.add(new Found(n.sentence(), n.first(), n.end(), actor));
          mark(states.get(n.sentence()), n.first(), n.end());
        }
      }
    }

    private Cluster clusterFor(List<Cluster> clusters, List<String> words) {
      for (Cluster c : clusters) {
        for (Name n : c.names) {
          if (n.words().containsAll(words) || words.containsAll(n.words())) {
            return c;
          }
        }
      }
      return null;
    }

    private List<String> nameWords(SentenceState st, int first, int end) {
      List<String> words = new ArrayList<>();
      for (int t = first; t < end; t++) {
        for (String w : st.tokenWords.get(t)) {
          if (!Roles.isTitle(w)) {
            words.add(w);
          }
        }
      }
      return words;
    }

    /** Fills the cluster's country and sector from the words around one mention. */
    private void describe(Cluster c, SentenceState st, int first, int end) {
      List<Token> tokens = st.tokens();
      // Before: "an Iraqi researcher, NAME" or "Pentagon spokesman NAME".
      int k = first - 1;
      if (k >= 0 && tokens.get(k).text().equals(",")) {
        k--;
      }
      int windowEnd = k + 1;
      int windowStart = windowEnd;
      while (k >= 0 && windowEnd - k <= 6) {
        Token t = tokens.get(k);
        // Participles may modify a title ("Jordan's visiting King Abdullah", "ousted President").
        boolean participle = t.pos().equals("VBG") || t.pos().equals("VBN");
        // "a member of the Syrian parliament, NAME": an article after "of" is inside the role.
        boolean afterOf = k > 0 && lower(tokens.get(k - 1)).equals("of");
        if (DETERMINERS.contains(lower(t)) && !afterOf
            || (t.isVerb() && !participle)
            || t.pos().equals("CC")
            || t.pos().equals("TO")
            || (t.pos().equals("IN") && !Set.of("of", "for").contains(lower(t)))
            || inEntity(st, k, EntityType.PERSON)
            || (!hasLetters(t.text()) && !t.text().equals("-"))) {
          break;
        }
        windowStart = k;
        k--;
      }
      if (windowStart < windowEnd && roleIn(st, windowStart, windowEnd) != null) {
        apply(c, st, windowStart, windowEnd, true);
        c.governmentTitle |= governmentTitleIn(st, windowStart, windowEnd);
        return;
      }
      // "Israeli right-winger Ariel Sharon": a country word just before the name, with no role.
      for (Match m : st.matches) {
        if (m.isCountry() && m.first() >= Math.max(windowStart, first - 2) && m.end() <= first) {
          c.country = c.country == null ? m.alias().actor().country() : c.country;
        }
      }
      // After: "NAME, head of the political council of al-Nujaba, ..."
      if (end < tokens.size() && tokens.get(end).text().equals(",")) {
        int s = end + 1;
        int e = s;
        while (e < tokens.size() && e - s < 14) {
          Token t = tokens.get(e);
          String pos = t.pos();
          if (!hasLetters(t.text()) && !t.text().equals("-")
              || pos.equals("VBD")
              || pos.equals("VBZ")
              || pos.equals("VBP")
              || inEntity(st, e, EntityType.PERSON)) {
            break;
          }
          e++;
        }
        boolean describesNext =
            e + 1 < tokens.size()
                && tokens.get(e).text().equals(",")
                && inEntity(st, e + 1, EntityType.PERSON);
        // "Diyala, an Iraqi researcher, Hisham al-Hashimi": the role belongs to the next name.
        // The role noun ends the appositive's head phrase, after an article and up to five words
        // ("Algeria's
        // leading human rights activist", "the United Nations Emergency Relief Coordinator").
        int roleEnd = Math.min(e, s + ROLE_REACH);
        if (!describesNext && roleIn(st, s, roleEnd) != null) {
          apply(c, st, s, e, false);
          c.governmentTitle |= governmentTitleIn(st, s, roleEnd);
        }
      } else if (end + 1 < tokens.size() && lower(tokens.get(end)).equals("of")) {
        // "King Hassan of Morocco"
        for (Match m : st.matches) {
          if (m.first() == end + 1 && m.isCountry() && c.country == null) {
            c.country = m.alias().actor().country();
          }
        }
      }
    }

    private Integer roleIn(SentenceState st, int from, int to) {
      for (int t = from; t < to; t++) {
        for (int u = Math.min(to, t + 3); u > t; u--) {
          if (Roles.isRole(key(st, t, u))) {
            return t;
          }
        }
      }
      return null;
    }

    private boolean governmentTitleIn(SentenceState st, int from, int to) {
      for (int t = from; t < to; t++) {
        for (int u = Math.min(to, t + 3); u > t; u--) {
          if (Roles.isGovernmentTitle(key(st, t, u))) {
            return true;
          }
        }
      }
      return false;
    }

    private Sector organSectorIn(SentenceState st, int from, int to) {
      for (int t = from; t < to; t++) {
        for (int u = Math.min(to, t + StateOrgans.MAX_WORDS); u > t; u--) {
          Sector sector = StateOrgans.sector(key(st, t, u));
          if (sector != null) {
            return sector;
          }
        }
      }
      return null;
    }

    private Sector roleSector(SentenceState st, int from, int to) {
      for (int t = from; t < to; t++) {
        for (int u = Math.min(to, t + 3); u > t; u--) {
          String k = key(st, t, u);
          if (Roles.isRole(k)) {
            return Roles.sector(k);
          }
        }
      }
      return null;
    }

    /**
     * Takes country and sector from the window {@code [from, to)}; the country nearest the name
     * wins ({@code nearestLast} when the window precedes it).
     */
    private void apply(Cluster c, SentenceState st, int from, int to, boolean nearestLast) {
      Actor affiliation = null;
      String country = null;
      for (Match m : st.matches) {
        if (m.first() < from || m.end() > to) {
          continue;
        }
        if (m.isCountry()) {
          country = country == null || nearestLast ? m.alias().actor().country() : country;
        } else if (affiliation == null) {
          affiliation = m.alias().actor();
        }
      }
      for (Found f : found) {
        if (f.sentence() == st.ordinal
            && f.first() >= from
            && f.end() <= to
            && affiliation == null
            && !f.actor().id().equals(f.actor().country())
            && f.actor().sector() != null
            && !f.actor().id().startsWith("person:")) {
          affiliation = f.actor();
        }
      }
      Sector sector = roleSector(st, from, to);
      if (affiliation != null) {
        c.country = c.country == null ? affiliation.country() : c.country;
        c.sector =
            c.sector == null
                ? (affiliation.sector() != null ? affiliation.sector() : sector)
                : c.sector;
        c.cameo = c.cameo == null ? affiliation.cameo() : c.cameo;
      } else {
        if (sector == null) {
          // "Palestinian leader Yasser Arafat" is the government's, "opposition leader X" the
          // opposition's: an organ noun in the window gives the sector; a national one only
          // with a country word.
          Sector organ = organSectorIn(st, from, to);
          sector = organ != null && (country != null || !organ.equals(Sector.GOV)) ? organ : null;
        }
        c.sector = c.sector == null ? sector : c.sector;
      }
      if (c.country == null) {
        c.country = country;
      }
    }
  }

  // ---- 5. organisations -------------------------------------------------------------------------

  /**
   * Organisations the dictionary does not know, from the NER's ORGANIZATION spans: the country a
   * country word inside the name gives ("Iraqi Oil Company"), else the article's dominant country
   * (a party or union in a story about one country is most often that country's), unless the name
   * says it reaches beyond one country ("Association of African Jurists", coded {@code NGO} as
   * associations and foundations are, with no country). An acronym in brackets right after a named
   * actor is that actor ("the Serbian Workers' Union (SSS)").
   */
  private void resolveOrganisations(
      List<SentenceState> states, List<Found> found, String dominant) {
    Map<String, Actor> byId = new HashMap<>();
    for (SentenceState st : states) {
      for (EntityMention e : st.entities) {
        if (e.type() != EntityType.ORGANIZATION
            || anyConsumed(st, e.firstToken(), e.endToken())
            || coveredByMatch(st, e.firstToken(), e.endToken())) {
          continue;
        }
        Actor expanded = acronymOf(st, e, found);
        if (expanded != null) {
          found.add(new Found(st.ordinal, e.firstToken(), e.endToken(), expanded));
          mark(st, e.firstToken(), e.endToken());
          continue;
        }
        String country = null;
        for (Match m : st.matches) {
          if (m.isCountry() && m.first() >= e.firstToken() && m.end() <= e.endToken()) {
            country = m.alias().actor().country();
            break;
          }
        }
        if (country == null && !beyondOneCountry(st, e)) {
          country = dominant;
        }
        Sector sector = null;
        for (int t = e.endToken() - 1; t >= e.firstToken() && sector == null; t--) {
          for (String w : st.tokenWords.get(t)) {
            sector = sector == null ? Roles.orgSector(w) : sector;
          }
        }
        String id = "org:" + NameNormalizer.slug(e.text());
        String c = country;
        Sector s = sector;
        Actor actor =
            byId.computeIfAbsent(
                id,
                k ->
                    new Actor(
                        k,
                        e.text(),
                        c,
                        s,
                        c != null
                            ? c + (s == null ? "" : s.code())
                            : Sector.NGO.equals(s) ? Sector.NGO.code() : null,
                        List.of(e.text())));
        found.add(new Found(st.ordinal, e.firstToken(), e.endToken(), actor));
        mark(st, e.firstToken(), e.endToken());
      }
    }
  }

  /** Words of a name that say it reaches beyond one country. */
  private static final Set<String> INTERNATIONAL_WORDS =
      Set.of(
          "international",
          "world",
          "global",
          "african",
          "arab",
          "asian",
          "european",
          "regional",
          "pan");

  private static boolean beyondOneCountry(SentenceState st, EntityMention e) {
    for (int t = e.firstToken(); t < e.endToken(); t++) {
      for (String w : st.tokenWords.get(t)) {
        if (INTERNATIONAL_WORDS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The actor an acronym in brackets stands for: "(SSS)" after a named actor that ends at most two
   * words before the bracket ("the Serbian Workers' Union (SSS)"); null otherwise.
   */
  private static Actor acronymOf(SentenceState st, EntityMention e, List<Found> found) {
    List<Token> tokens = st.tokens();
    int open = e.firstToken() - 1;
    String text = e.text();
    if (open < 1
        || !tokens.get(open).text().equals("(")
        || text.length() < 2
        || text.length() > 8
        || !text.equals(text.toUpperCase(Locale.ROOT))) {
      return null;
    }
    Found before = null;
    for (Found f : found) {
      if (f.sentence() == st.ordinal && f.end() <= open && f.end() >= open - 2) {
        before = before == null || f.end() > before.end() ? f : before;
      }
    }
    if (before == null) {
      return null;
    }
    for (int t = before.end(); t < open; t++) {
      if (!hasLetters(tokens.get(t).text()) && !tokens.get(t).text().startsWith("'")
          || tokens.get(t).isVerb()) {
        return null;
      }
    }
    return before.actor();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** The sentence's entities; derived from token tags when the annotator gave none. */
  private static List<EntityMention> entities(Sentence s) {
    if (!s.entities().isEmpty()) {
      return s.entities();
    }
    List<EntityMention> derived = new ArrayList<>();
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()) {
      EntityType type = entityType(tokens.get(i).ner());
      if (type == null) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && type == entityType(tokens.get(j).ner())) {
        j++;
      }
      int begin = tokens.get(i).begin();
      int end = tokens.get(j - 1).end();
      String text = s.text().substring(begin - s.begin(), end - s.begin());
      derived.add(new EntityMention(type, i, j, begin, end, text));
      i = j;
    }
    return derived;
  }

  private static EntityType entityType(String ner) {
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      default -> null;
    };
  }

  private static boolean inEntity(SentenceState st, int token, EntityType type) {
    for (EntityMention e : st.entities) {
      if (e.type() == type && token >= e.firstToken() && token < e.endToken()) {
        return true;
      }
    }
    return false;
  }

  private static void mark(SentenceState st, int first, int end) {
    for (int t = first; t < end; t++) {
      st.consumed[t] = true;
    }
  }

  private static boolean anyConsumed(SentenceState st, int first, int end) {
    for (int t = first; t < end; t++) {
      if (st.consumed[t]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a dictionary name other than a bare country word overlaps the tokens. */
  private static boolean overlapsMatch(SentenceState st, int first, int end) {
    for (Match m : st.matches) {
      if (!m.isCountry() && m.first() < end && first < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean coveredByMatch(SentenceState st, int first, int end) {
    for (Match m : st.matches) {
      if (m.first() <= first && end <= m.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPossessive(Token t) {
    return t.pos().equals("POS") || t.text().equals("'s") || t.text().equals("\u2019s");
  }

  /**
   * A token of hyphens, dashes or apostrophes, which may sit inside a name: CoreNLP splits
   * "al-Assad" into "al", "-", "Assad" and "Workers' Party" into "Workers", "'", "Party".
   */
  private static boolean isDash(String s) {
    return !s.isEmpty()
        && s.chars()
            .allMatch(c -> c == '-' || c == '\'' || c == '\u2019' || (c >= 0x2010 && c <= 0x2014));
  }

  private static boolean hasLetters(String s) {
    return s.chars().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean startsUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return Character.isUpperCase(s.charAt(i));
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
