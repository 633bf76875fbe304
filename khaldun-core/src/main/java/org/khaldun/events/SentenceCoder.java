package org.khaldun.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Codes the events of one parsed sentence. The steps, in order:
 *
 * <ol>
 *   <li>match lexicon entries on the tokens, longest phrases first, each token used once;
 *   <li>for each match find source and target tokens through the entry's slots, then the fallback
 *       patterns (controller of an infinitive, light verb of a noun, a preposition misparsed as the
 *       mark of the next clause), and the actor mentions on those tokens (following conj);
 *   <li>decide negation, modality and who reported it;
 *   <li>emit one event per trigger and pair of actors.
 * </ol>
 */
final class SentenceCoder {

  /** A lexicon entry found in the sentence: its head token and every token of the phrase. */
  record Match(TriggerEntry entry, int head, List<Integer> tokens) {}

  /** Actors found for one role, and the slot or pattern that gave them. */
  private record Role(List<ActorMention> mentions, String pattern, boolean fallback) {
    static final Role NONE = new Role(List.of(), "-", false);
  }

  /** How far apart the words of a phrase may be, in tokens. */
  private static final int PHRASE_GAP = 6;

  /** How far up the tree a phrase word may hang from its head. */
  private static final int PHRASE_DEPTH = 3;

  private static final int MAX_CLIMB = 8;

  private final TriggerLexicon lexicon;
  private final DependencyGraph graph;
  private final ActorIndex actors;
  private final Sentence sentence;
  private final QuoteSpans quotes;

  SentenceCoder(TriggerLexicon lexicon, Sentence sentence, ActorIndex actors, QuoteSpans quotes) {
    this.lexicon = lexicon;
    this.sentence = sentence;
    this.graph = new DependencyGraph(sentence);
    this.actors = actors;
    this.quotes = quotes;
  }

  List<Event> code() {
    List<Match> matches = match();
    List<Event> events = new ArrayList<>();
    for (Match m : matches) {
      events.addAll(eventsFor(m, matches));
    }
    return events;
  }

  // ---- 1. matching ----

  List<Match> match() {
    List<Match> candidates = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      Token t = graph.token(i);
      // Words of a name are not triggers: "Popular Mobilization Forces", "Islamic State".
      if (actors.covering(sentence.index(), i) != null) {
        continue;
      }
      for (TriggerEntry e : lexicon.entriesWithHead(graph.lemma(i))) {
        boolean properNoun = graph.pos(i).startsWith("NNP");
        if (e.noun() ? !graph.isNoun(i) || properNoun : !graph.isVerb(i) && !isHeadlineVerb(i)) {
          continue;
        }
        // "aid convoy", "protest organisers": a noun modifying another noun names no event.
        if (e.noun() && isNounModifier(i)) {
          continue;
        }
        // "evacuated the wounded": a participle with a determiner names people, not an event.
        if (!e.noun() && isNominalisedParticiple(i)) {
          continue;
        }
        // "released a report", "a report released Tuesday": published, not set free.
        if (!e.noun() && e.words().size() == 1 && releasesPublication(e, i)) {
          continue;
        }
        // "a press release", "a news conference": a compound that names a document or a genre.
        if (e.noun() && hasNonEventCompound(i)) {
          continue;
        }
        List<Integer> tokens = matchPhrase(e, i);
        if (tokens != null) {
          candidates.add(new Match(e, i, tokens));
        }
      }
    }
    candidates.addAll(demandClauses(candidates));
    candidates.sort(
        Comparator.comparingInt((Match m) -> -m.tokens().size()).thenComparingInt(Match::head));
    Set<Integer> used = new HashSet<>();
    List<Match> chosen = new ArrayList<>();
    for (Match m : candidates) {
      if (m.tokens().stream().noneMatch(used::contains)) {
        used.addAll(m.tokens());
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(Match::head));
    return chosen;
  }

  /**
   * "Russia said Sudan must return the helicopter": a speaker saying that another party must or
   * should act makes a demand (CAMEO 10), whatever the act. Not when the party is a pronoun ("Iran
   * said it must defend itself"), which most often stands for the speaker, and not when the clause
   * holds a trigger (other than one describing a noun: "the helicopter that was captured"): that
   * event, made a demand, carries the party as its target.
   */
  private List<Match> demandClauses(List<Match> triggers) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      if (!graph.isVerb(i) || !Cues.SPEECH_VERBS.contains(graph.lemma(i))) {
        continue;
      }
      for (int clause : graph.children(i, "ccomp")) {
        int modal = -1;
        for (int aux : graph.children(clause, "aux")) {
          if (Cues.OBLIGATION_MODALS.contains(graph.lemma(aux))) {
            modal = aux;
          }
        }
        boolean otherParty =
            graph.childrenExactly(clause, "nsubj").stream()
                .anyMatch(s -> !graph.pos(s).startsWith("PRP"));
        int verb = clause;
        boolean triggered =
            triggers.stream()
                .anyMatch(
                    t ->
                        t.head() == verb
                            || (graph.isDescendant(t.head(), verb, PHRASE_DEPTH)
                                && !graph.baseRelation(t.head()).equals("acl")));
        if (modal >= 0 && otherParty && !triggered) {
          TriggerEntry demand =
              new TriggerEntry(
                  List.of(graph.lemma(i), graph.lemma(modal)),
                  0,
                  false,
                  EventType.REQUEST,
                  null,
                  "100",
                  List.of(Slot.parse("nsubj")),
                  List.of(),
                  "SentenceCoder.demandClauses");
          out.add(new Match(demand, i, List.of(i, modal)));
        }
      }
    }
    return out;
  }

  /**
   * A headline verb the tagger took for a noun: "Police fire tear gas at protesters", "Sudan's RSF
   * shells el-Fasher" come out verbless, with the verb as a noun right after the actor. Only in a
   * sentence with no verb at all, right after an actor mention, and for words the lexicon has no
   * noun entry for ("Israeli strike on Gaza" stays a noun).
   */
  private boolean isHeadlineVerb(int i) {
    if (!graph.isNoun(i) || graph.pos(i).startsWith("NNP") || i == 0) {
      return false;
    }
    ActorMention before = actors.covering(sentence.index(), i - 1);
    if (before == null || before.endToken() != i) {
      return false;
    }
    for (int k = 0; k < graph.size(); k++) {
      if (graph.isVerb(k)) {
        return false;
      }
    }
    return lexicon.entriesWithHead(graph.lemma(i)).stream().noneMatch(TriggerEntry::noun);
  }

  /**
   * Source and target of a headline verb: the actor just before it, and the first actor after it
   * that no preposition introduces ("RSF shells el-Fasher": el-Fasher).
   */
  private Role[] headlineRoles(Match m) {
    int h = m.head();
    Role source = new Role(List.of(actors.covering(sentence.index(), h - 1)), "headline", true);
    Role target = Role.NONE;
    for (ActorMention a : actors.inSentence(sentence.index())) {
      if (a.firstToken() <= h) {
        continue;
      }
      boolean introduced = false;
      for (int k = h + 1; k < a.firstToken(); k++) {
        introduced |= graph.pos(k).equals("IN") || graph.pos(k).equals("TO");
      }
      if (!introduced) {
        target = new Role(List.of(a), "headline", true);
      }
      break;
    }
    return new Role[] {source, target};
  }

  /**
   * "the wounded", "the detained": a participle after "the" with no noun after it names people. The
   * parser may hang the determiner from the participle or the participle from the determiner.
   */
  private boolean isNominalisedParticiple(int i) {
    if (!graph.children(i, "det").isEmpty()) {
      return true;
    }
    String pos = graph.pos(i);
    boolean participle = pos.equals("VBN") || pos.equals("JJ");
    return participle
        && i > 0
        && graph.lemma(i - 1).equals("the")
        && (i + 1 >= graph.size() || !graph.pos(i + 1).startsWith("NN"));
  }

  private boolean releasesPublication(TriggerEntry e, int i) {
    if (!e.headLemma().equals("release")) {
      return false;
    }
    List<Integer> things = new ArrayList<>();
    things.addAll(graph.childrenExactly(i, "obj"));
    things.addAll(graph.children(i, "nsubj:pass"));
    if (graph.baseRelation(i).equals("acl") && graph.governor(i) >= 0) {
      things.add(graph.governor(i));
    }
    return things.stream().anyMatch(t -> Cues.PUBLISHED_THINGS.contains(graph.lemma(t)));
  }

  private boolean hasNonEventCompound(int i) {
    Set<String> modifiers = Cues.NON_EVENT_COMPOUNDS.get(graph.lemma(i));
    if (modifiers == null) {
      return false;
    }
    for (int c : graph.children(i, "compound")) {
      if (modifiers.contains(graph.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  private boolean isNounModifier(int i) {
    int g = graph.governor(i);
    return graph.baseRelation(i).equals("compound")
        && g >= 0
        && graph.isNoun(g)
        && !Cues.EVENT_FRAME_NOUNS.contains(graph.lemma(g));
  }

  /** The tokens of a phrase anchored at {@code head}, or null when the phrase is not there. */
  private List<Integer> matchPhrase(TriggerEntry e, int head) {
    List<Integer> tokens = new ArrayList<>();
    tokens.add(head);
    int prev = head;
    for (int w = e.head() - 1; w >= 0; w--) {
      prev = nearbyWord(e.words().get(w), prev, -1, head);
      if (prev < 0) {
        return null;
      }
      tokens.add(prev);
    }
    prev = head;
    for (int w = e.head() + 1; w < e.words().size(); w++) {
      prev = nearbyWord(e.words().get(w), prev, +1, head);
      if (prev < 0) {
        return null;
      }
      tokens.add(prev);
    }
    tokens.sort(Integer::compare);
    return List.copyOf(tokens);
  }

  /**
   * The first token within {@code PHRASE_GAP} of {@code from}, walking in {@code step} (-1 or +1),
   * with lemma {@code lemma} and hanging under {@code head}; -1 when there is none.
   */
  private int nearbyWord(String lemma, int from, int step, int head) {
    for (int p = from + step, n = 1;
        p >= 0 && p < graph.size() && n <= PHRASE_GAP;
        p += step, n++) {
      boolean word =
          lemma.equals(TriggerLexicon.PLACE)
              ? isPlace(p) && PLACE_RELATIONS.contains(graph.relation(p))
              : graph.lemma(p).equals(lemma);
      if (word && graph.isDescendant(p, head, PHRASE_DEPTH)) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Where a {@code @place} may hang: the ground taken is the object ("captured the airport"), the
   * subject ("the town fell") or a noun's complement ("the capture of Hit"), never a place where
   * something else happened ("captured three suspects in Lagos").
   */
  private static final Set<String> PLACE_RELATIONS =
      Set.of("obj", "dobj", "nsubj", "nsubj:pass", "nmod:of");

  /** A location name, or a noun of ground that can be held. */
  private boolean isPlace(int p) {
    String ner = graph.token(p).ner();
    boolean location =
        ner != null
            && (ner.endsWith("LOCATION")
                || ner.equals("CITY")
                || ner.equals("COUNTRY")
                || ner.equals("STATE_OR_PROVINCE"));
    return location || (graph.isNoun(p) && Cues.TERRITORY_NOUNS.contains(graph.lemma(p)));
  }

  // ---- 2. arguments ----

  private List<Event> eventsFor(Match m, List<Match> all) {
    TriggerEntry e = m.entry();
    if (e.type() == EventType.THREATEN && !e.noun() && isStatementWarning(m.head())) {
      return List.of();
    }
    boolean headline = !e.noun() && !graph.isVerb(m.head());
    usedAntecedent = false;
    currentType = e.type();
    Role source = headline ? headlineRoles(m)[0] : findRole(m, e.sourceSlots());
    boolean sourceByAntecedent = usedAntecedent;
    Role target = headline ? headlineRoles(m)[1] : findRole(m, e.targetSlots());
    usedAntecedent = false;
    if (source.mentions().isEmpty() && !headline && isAgentlessYielding(m)) {
      // "guerrillas have been demobilized", "troops were withdrawn": those who give up arms or
      // ground are the ones who yield, as in "the demobilization of the guerrillas".
      Role moved = passiveSubjects(m);
      if (!moved.mentions().isEmpty()) {
        source = moved;
        if (target.pattern().equals(moved.pattern())) {
          target = Role.NONE;
        }
      }
    }
    if (source.mentions().isEmpty() && !e.sourceSlots().isEmpty()) {
      source = fallbackSource(m);
    }
    if (source.mentions().isEmpty() && !e.sourceSlots().isEmpty() && !headline) {
      source = surfaceSource(m);
    }
    if (sourceByAntecedent || usedAntecedent && !source.mentions().isEmpty()) {
      // "They stormed the town": named in the record, since no parse said it.
      source = new Role(source.mentions(), source.pattern() + "~antecedent", source.fallback());
    }
    if (target.mentions().isEmpty() && !headline) {
      Role t = fallbackTarget(m);
      if (!t.mentions().isEmpty()) {
        target = t;
      }
    }
    // The same words cannot be both source and target: that comes from a misparse.
    List<ActorMention> targets = new ArrayList<>(target.mentions());
    List<ActorMention> sourceMentions = source.mentions();
    targets.removeIf(t -> samePlace(t, sourceMentions));

    boolean negated = isNegated(m);
    Modality modality = modality(m.head());
    ActorMention reportedBy = reportedBy(m.head());
    // "The army did not confirm the attack": the speaker does not assert it, and someone else
    // reported it; not confirming is not the event's negation.
    if (isUnconfirmed(m.head())) {
      modality = Modality.ALLEGED;
      reportedBy = null;
    }

    EventType type = e.type();
    String mode = e.mode();
    String cameo = e.cameo();
    // "X failed to uphold rights, a rights group protested": protesting in words, with reported
    // content, is disapproval (ACCUSE), not a demonstration.
    if (type == EventType.PROTEST && !e.noun() && isSpeechUse(m.head())) {
      type = EventType.ACCUSE;
      mode = "disapprove";
      cameo = "111";
    }
    if (e.type() == EventType.THREATEN) {
      Match threatened = embeddedMatch(m, all);
      ThreatMode tm = threatened == null ? null : threatMode(threatened.entry());
      if (tm != null) {
        mode = tm.mode();
        cameo = tm.cameo();
      }
    }

    int first = m.tokens().get(0);
    int last = m.tokens().get(m.tokens().size() - 1);
    int begin = graph.token(first).begin();
    int end = graph.token(last).end();
    String triggerText = text(begin, end);
    String targetPattern = targets.isEmpty() ? "-" : target.pattern();
    String rule = e.name() + "/" + source.pattern() + "-" + targetPattern;
    // A source guessed from the surface order is a guess: it fills the record but adds no
    // confidence.
    boolean surface = source.pattern().equals("surface");
    double evidence =
        confidence(
            e.noun(),
            !source.mentions().isEmpty() && !surface,
            !targets.isEmpty(),
            !surface && source.fallback() || target.fallback());
    // An event inside a quotation steps back behind one in the sentence's own narration ("'We
    // will never negotiate,' the minister said as troops shelled the town").
    boolean quotedAside =
        quotes.inside(m.head()) && all.stream().anyMatch(o -> !quotes.inside(o.head()));
    boolean embedded = dominatingMatch(m, all) != null || isBackground(m.head()) || quotedAside;
    double salience = embedded ? EMBEDDED_PENALTY : 0;

    List<ActorMention> sources = source.mentions().isEmpty() ? nullList() : source.mentions();
    List<ActorMention> tgts = targets.isEmpty() ? nullList() : targets;
    List<Event> out = new ArrayList<>();
    // What the sentence reports may be a stance towards this action rather than the action: a
    // commitment to it ("will withdraw": AGREE), a threat of it ("plans to impose restrictions":
    // THREATEN), a refusal of it ("would not meet": REJECT) or a demand for it ("said Libya must
    // hand over": REQUEST). That stance is then the sentence's main event, coded as its own event
    // ahead of the action, which keeps its modality or negation and steps back.
    Derived stance = derived(m, all, negated, modality, reportedBy);
    double actionPenalty = stance != null || isGovernedStance(m, all, negated, modality) ? 0.3 : 0;
    for (ActorMention s : sources) {
      for (ActorMention t : tgts) {
        out.add(
            new Event(
                type,
                mode,
                cameo,
                s,
                t,
                sentence.index(),
                begin,
                end,
                triggerText,
                negated,
                modality,
                reportedBy,
                rounded(evidence - salience - actionPenalty),
                rule));
      }
    }
    if (stance != null) {
      // A demand is the speaker's, made of the actor; suppressing a protest is the suppressor's,
      // done to the protesters; the other stances are the action's own actor's.
      boolean turned = stance.type() == EventType.REQUEST || stance.how().equals("suppress");
      List<ActorMention> stanceSources =
          stance.type() == EventType.REQUEST
              ? List.of(reportedBy)
              : turned ? nonEmpty(subjectMentions(stance.cue())) : sources;
      List<ActorMention> stanceTargets = turned ? sources : tgts;
      int sb = Math.min(begin, stance.cueBegin());
      for (ActorMention s : stanceSources) {
        for (ActorMention t : stanceTargets) {
          if (s != null && t != null && samePlace(t, List.of(s))) {
            t = null;
          }
          out.add(
              new Event(
                  stance.type(),
                  stance.mode(),
                  stance.cameo(),
                  s,
                  t,
                  sentence.index(),
                  sb,
                  end,
                  text(sb, end),
                  false,
                  Modality.ASSERTED,
                  stance.type() == EventType.REQUEST ? null : reportedBy,
                  rounded(evidence - salience),
                  stance.type() + ":" + stance.how() + "+" + rule));
        }
      }
    }
    return out;
  }

  /**
   * How much a trigger inside another trigger's clause or phrase loses against it: enough that a
   * governing trigger without a target outranks an embedded one with both actors.
   */
  private static final double EMBEDDED_PENALTY = 0.25;

  /**
   * Whether the trigger only sets the scene of the sentence's main clause: it sits in a phrase or
   * clause of time or cause ("one day after a jet shot down a helicopter", "following the killing
   * of a man", "after five days of fighting", "in response to unrest").
   */
  private boolean isBackground(int head) {
    int t = head;
    for (int k = 0; k < MAX_CLIMB; k++) {
      int g = graph.governor(t);
      if (g < 0) {
        return false;
      }
      String base = graph.baseRelation(t);
      String word = null;
      if (base.equals("obl") || base.equals("nmod")) {
        word = graph.preposition(t);
      } else if (base.equals("advcl")) {
        word = markOf(t);
      }
      if (word != null && Cues.BACKGROUND_MARKS.contains(word)) {
        return true;
      }
      t = g;
    }
    return false;
  }

  /** A stance towards an action, coded as an event of its own (see {@link #derived}). */
  private record Derived(
      EventType type, String mode, String cameo, String how, int cueBegin, int cue) {
    Derived(EventType type, String mode, String cameo, String how, int cueBegin) {
      this(type, mode, cameo, how, cueBegin, -1);
    }
  }

  private static List<ActorMention> nonEmpty(List<ActorMention> mentions) {
    return mentions.isEmpty() ? nullList() : mentions;
  }

  /**
   * The stance the sentence takes towards a matched action, when no other trigger already codes it:
   * its own actor committing to a cooperative action (AGREE, the CAMEO 03 "intent" codes) or
   * announcing a hostile one (THREATEN, or any action bound to an "unless" condition); its own
   * actor not doing a cooperative one (REJECT: "will not accept", "failed to reach agreement"); a
   * speaker saying another actor must do it (REQUEST). Null when none applies.
   */
  private Derived derived(
      Match m, List<Match> all, boolean negated, Modality modality, ActorMention reportedBy) {
    EventType type = m.entry().type();
    QuadClass quad = type.quadClass();
    boolean cooperative =
        quad == QuadClass.VERBAL_COOPERATION || quad == QuadClass.MATERIAL_COOPERATION;
    int h = m.head();
    int suppressor = type == EventType.PROTEST ? governingVerb(h, Cues.SUPPRESSING_VERBS) : -1;
    if (suppressor >= 0 && matchAt(suppressor, all) == null) {
      // "Police prevented the demonstration", "troops broke up the rally": stopping a protest
      // is coercion by whoever stops it.
      return new Derived(
          EventType.COERCE,
          "restrict",
          "170",
          "suppress",
          Math.min(graph.token(suppressor).begin(), graph.token(h).begin()),
          suppressor);
    }
    int easer = type == EventType.COERCE ? governingVerb(h, Cues.EASING_VERBS) : -1;
    if (easer >= 0 && matchAt(easer, all) == null) {
      // "cancelled restrictions on the use of Russian", "shortened the curfew": easing a
      // restriction is a concession (CAMEO 081x).
      String mode = m.entry().mode();
      String cameo =
          mode == null
              ? "081"
              : switch (mode) {
                case "restrict" -> "0811";
                case "ban" -> "0812";
                case "curfew" -> "0813";
                case "martial-law" -> "0814";
                default -> "081";
              };
      return new Derived(
          EventType.CONCEDE,
          null,
          cameo,
          "ease",
          Math.min(graph.token(easer).begin(), graph.token(h).begin()));
    }
    int stopper = stoppingVerb(h);
    if (stopper >= 0 && matchAt(stopper, all) == null && type != EventType.AGREE && cooperative) {
      // "cancelled a planned visit", "ended mediation efforts", "suspended aid": cutting off a
      // cooperation is reducing relations.
      String aidMode = type == EventType.AID ? "cut-aid" : "relations";
      String cameo =
          switch (type) {
            case CONSULT -> "164";
            case AID -> "162";
            default -> "160";
          };
      return new Derived(
          EventType.SANCTION,
          aidMode,
          cameo,
          "cut",
          Math.min(graph.token(stopper).begin(), graph.token(h).begin()));
    }
    if (negated) {
      int governor = graph.governor(h);
      boolean governedByTrigger = governor >= 0 && matchAt(governor, all) != null;
      if (!cooperative || governedByTrigger || isUnconfirmed(h)) {
        return null;
      }
      String cameo =
          switch (type) {
            case CONSULT -> "125";
            case AID -> "122";
            case COOPERATE -> "121";
            case RETREAT, CONCEDE -> "124";
            default -> "120";
          };
      return new Derived(EventType.REJECT, null, cameo, "refusal", graph.token(h).begin());
    }
    if (reportedBy != null && isObligedUnderSpeech(h)) {
      return new Derived(EventType.REQUEST, null, "100", "demand", graph.token(h).begin());
    }
    // "may halt mediation if cooperation founders", "will boycott unless the president steps
    // down": a hostile act bound to a condition is a threat.
    int verb = lightVerbOrSelf(h);
    int conditionalAux = auxOf(verb, Cues.CONDITIONED_AUX);
    if (conditionalAux >= 0
        && (hasConditionClause(verb, "unless")
            || quad == QuadClass.MATERIAL_CONFLICT && hasConditionClause(verb, "if"))
        && (cooperative || quad == QuadClass.MATERIAL_CONFLICT)
        && type != EventType.AGREE) {
      ThreatMode tm = threatMode(m.entry());
      return new Derived(
          EventType.THREATEN,
          tm == null ? null : tm.mode(),
          tm == null ? "130" : tm.cameo(),
          "ultimatum",
          graph.token(conditionalAux).begin());
    }
    if (modality != Modality.PLANNED || type == EventType.AGREE || type == EventType.THREATEN) {
      return null;
    }
    int cue = commitmentCue(h);
    if (cue < 0 || matchAt(cue, all) != null) {
      return null;
    }
    int cueBegin = graph.token(cue).begin();
    if (cooperative) {
      String cameo =
          switch (type) {
            case CONSULT -> "mediate".equals(m.entry().headLemma()) ? "039" : "036";
            case AID -> "033";
            case SUPPORT -> "032";
            case COOPERATE -> "031";
            case RETREAT, CONCEDE -> "035";
            default -> "030";
          };
      return new Derived(EventType.AGREE, null, cameo, "intent", cueBegin);
    }
    // An announced deployment is already a show of force (MOBILIZE), not a threat of one.
    if (quad == QuadClass.MATERIAL_CONFLICT && type != EventType.MOBILIZE) {
      ThreatMode tm = threatMode(m.entry());
      return new Derived(
          EventType.THREATEN,
          tm == null ? null : tm.mode(),
          tm == null ? "130" : tm.cameo(),
          "intent",
          cueBegin);
    }
    return null;
  }

  /**
   * Whether another trigger governing this action already codes the stance towards it ("threatened
   * to ban", "urged X to withdraw", "accused X of attacking", "refused to meet", "agreed to provide
   * aid"): then the action steps back behind it.
   */
  private boolean isGovernedStance(Match m, List<Match> all, boolean negated, Modality modality) {
    if (!negated && (modality == Modality.ASSERTED || modality == Modality.POSSIBLE)) {
      return false;
    }
    if (modality == Modality.PLANNED
        && (m.entry().type() == EventType.AGREE || m.entry().type() == EventType.THREATEN)) {
      return false;
    }
    return dominatingMatch(m, all) != null;
  }

  /**
   * The word by which an action's own actor commits to it: a governing commitment word ("vowed to",
   * "plans to", "is ready to", climbing through "to continue to") or a future auxiliary ("will",
   * "would" in reported speech). -1 when there is none, or when the action is only a condition ("if
   * they attack").
   */
  private int commitmentCue(int head) {
    if (hasConditionalMark(head)) {
      return -1;
    }
    int t = lightVerbOrSelf(head);
    for (int k = 0; k < 3; k++) {
      int aux = auxOf(t, Cues.FUTURE_AUX);
      if (aux >= 0) {
        String lemma = graph.lemma(aux);
        boolean reported = isUnderSpeech(t);
        return lemma.equals("would") || lemma.equals("'d") ? (reported ? aux : -1) : aux;
      }
      int g = graph.governor(t);
      String base = graph.baseRelation(t);
      boolean complement =
          base.equals("xcomp") || base.equals("advcl") && graph.hasChildLemma(t, "mark", "to");
      if (g < 0 || !complement) {
        return -1;
      }
      if (Cues.COMMITMENT.contains(graph.lemma(g))) {
        return g;
      }
      t = g;
    }
    return -1;
  }

  /**
   * The verb a noun trigger is the object of ("will extend the curfew": extend), which carries its
   * tense and mood; the trigger itself otherwise.
   */
  private int lightVerbOrSelf(int head) {
    int g = graph.governor(head);
    if (graph.isNoun(head) && g >= 0 && graph.isVerb(g) && graph.relation(head).equals("obj")) {
      return g;
    }
    return head;
  }

  /**
   * The verb that stops or calls off the cooperation a trigger names ("cancelled a planned visit",
   * "ended mediation efforts", "suspended talks"), or -1.
   */
  private int stoppingVerb(int head) {
    return governingVerb(head, Cues.STOPPING_VERBS);
  }

  /** The verb among {@code lemmas} whose object is the trigger (or its frame noun), or -1. */
  private int governingVerb(int head, Set<String> lemmas) {
    int t = head;
    int g = graph.governor(t);
    // "mediation efforts": the trigger modifies a frame noun, which is the object.
    if (g >= 0 && graph.baseRelation(t).equals("compound") && graph.isNoun(g)) {
      t = g;
      g = graph.governor(t);
    }
    if (g >= 0
        && graph.isVerb(g)
        && graph.relation(t).equals("obj")
        && lemmas.contains(graph.lemma(g))
        && !hasNegator(g)) {
      return g;
    }
    return -1;
  }

  /**
   * "said the US must be ready to mediate", "said forces must ensure security to allow aid": the
   * trigger's clause, or a clause it completes, is one a speaker says someone must or should do.
   */
  private boolean isObligedUnderSpeech(int head) {
    int t = lightVerbOrSelf(head);
    for (int k = 0; k < 3 && t >= 0; k++) {
      if (hasAux(t, Cues.OBLIGATION_AUX)) {
        return isUnderSpeech(t);
      }
      String base = graph.baseRelation(t);
      if (!(base.equals("xcomp") || base.equals("advcl") && graph.hasChildLemma(t, "mark", "to"))) {
        return false;
      }
      t = graph.governor(t);
    }
    return false;
  }

  /** Whether a verb is used to report words: it has a reported clause, or is a parenthetical. */
  private boolean isSpeechUse(int verb) {
    return !graph.children(verb, "ccomp").isEmpty() || graph.baseRelation(verb).equals("parataxis");
  }

  private boolean isUnderSpeech(int t) {
    for (int k = 0; k < MAX_CLIMB; k++) {
      int g = graph.governor(t);
      if (g < 0) {
        break;
      }
      if (isSpeechVerb(g) && !graph.baseRelation(t).startsWith("nsubj")) {
        return true;
      }
      t = g;
    }
    // "they would boycott ..., officials said": the speech verb may hang from the clause.
    for (int c : graph.children(t)) {
      String base = graph.baseRelation(c);
      if ((base.equals("parataxis") || base.equals("advcl") || base.equals("conj"))
          && isSpeechVerb(c)) {
        return true;
      }
    }
    return false;
  }

  private int auxOf(int t, Set<String> lemmas) {
    for (int c : graph.children(t, "aux")) {
      if (lemmas.contains(graph.lemma(c))) {
        return c;
      }
    }
    return -1;
  }

  private boolean hasAux(int t, Set<String> lemmas) {
    return auxOf(t, lemmas) >= 0;
  }

  private boolean hasConditionClause(int t, String mark) {
    for (int c : graph.children(t, "advcl")) {
      if (graph.hasChildLemma(c, "mark", mark)) {
        return true;
      }
    }
    return false;
  }

  private static Match matchAt(int token, List<Match> all) {
    for (Match o : all) {
      if (o.tokens().contains(token)) {
        return o;
      }
    }
    return null;
  }

  /**
   * The nearest other trigger above this one in the parse ("threatened" above "ban" in "threatened
   * to ban"), or null when the trigger heads its own clause among the triggers.
   */
  private Match dominatingMatch(Match m, List<Match> all) {
    int from = m.head();
    int t = graph.governor(from);
    for (int k = 0; k < MAX_CLIMB && t >= 0; k++) {
      // "shelled the town and arrested twelve men": conjuncts are parallel events, neither
      // inside the other.
      boolean parallel = graph.baseRelation(from).equals("conj");
      if (!m.tokens().contains(t) && !parallel) {
        Match above = matchAt(t, all);
        if (above != null) {
          return above;
        }
        // "began a hunger strike to demand reforms": the clause hangs from the light verb of
        // the noun trigger, which is the event it serves.
        if (graph.isVerb(t) && !graph.baseRelation(from).startsWith("nsubj")) {
          for (int o : graph.childrenExactly(t, "obj")) {
            Match object = matchAt(o, all);
            if (o != from && object != null && object != m && object.entry().noun()) {
              return object;
            }
          }
        }
      }
      from = t;
      t = graph.governor(t);
    }
    return null;
  }

  private static List<ActorMention> nullList() {
    List<ActorMention> l = new ArrayList<>(1);
    l.add(null);
    return l;
  }

  private static boolean samePlace(ActorMention t, List<ActorMention> others) {
    for (ActorMention s : others) {
      if (s.sentence() == t.sentence()
          && s.firstToken() == t.firstToken()
          && s.endToken() == t.endToken()) {
        return true;
      }
    }
    return false;
  }

  private Role findRole(Match m, List<Slot> slots) {
    for (Slot slot : slots) {
      for (int arg : slotTokens(m, slot)) {
        List<ActorMention> found = mentionsFor(resolveRelative(m.head(), arg));
        if (!found.isEmpty()) {
          return new Role(found, slotName(m, slot), false);
        }
      }
    }
    return Role.NONE;
  }

  /**
   * Participles that, after "be" and with no "by" agent, state the subject's own stance rather than
   * something done to it: "Israel is opposed to mediation" is Israel opposing it. They take "to"
   * ("committed to the truce", "determined to fight"); "the dispute was resolved" does not.
   */
  private static final Set<String> STATIVE_PARTICIPLES =
      Set.of("oppose", "commit", "determine", "resolve", "dedicate", "devote");

  private boolean isStative(int h) {
    return STATIVE_PARTICIPLES.contains(graph.lemma(h))
        && graph.isPassive(h)
        && agents(h).isEmpty()
        && (!prepositional(h, "to").isEmpty()
            || !graph.children(h, "xcomp").isEmpty()
            // "committed to opening up the economy": a gerund after "to" is its case, not its mark.
            || graph.children(h, "advcl").stream()
                .anyMatch(c -> "to".equals(markOf(c)) || "to".equals(graph.preposition(c))));
  }

  /** A passive clause whose subject undergoes the event; a stative participle is not one. */
  private boolean isPassiveClause(Match m) {
    return !m.entry().noun() && graph.isPassive(m.head()) && !isStative(m.head());
  }

  private String slotName(Match m, Slot slot) {
    if (!m.entry().noun() && isStative(m.head()) && slot.kind() == Slot.Kind.NSUBJ) {
      return "stative";
    }
    boolean passive = isPassiveClause(m);
    if (passive && slot.kind() == Slot.Kind.NSUBJ) {
      return "agent";
    }
    if (passive && slot.kind() == Slot.Kind.OBJ) {
      return "nsubj:pass";
    }
    return slot.toString();
  }

  /** Tokens a slot points at, for a match (phrase words themselves excluded). */
  private List<Integer> slotTokens(Match m, Slot slot) {
    int h = m.head();
    boolean passive = isPassiveClause(m);
    List<Integer> out = new ArrayList<>();
    if (!m.entry().noun()
        && isStative(h)
        && (slot.kind() == Slot.Kind.NSUBJ || slot.kind() == Slot.Kind.OBJ)) {
      if (slot.kind() == Slot.Kind.NSUBJ) {
        out.addAll(graph.children(h, "nsubj:pass"));
        out.addAll(graph.extraChildren(h, "nsubj:pass"));
      } else {
        out.addAll(prepositional(h, "to"));
      }
      out.removeIf(m.tokens()::contains);
      return out;
    }
    switch (slot.kind()) {
      case NSUBJ -> {
        if (passive) {
          out.addAll(agents(h));
        } else {
          out.addAll(subjects(h));
        }
      }
      case OBJ -> {
        if (passive) {
          out.addAll(graph.children(h, "nsubj:pass"));
          out.addAll(graph.extraChildren(h, "nsubj:pass"));
        } else {
          out.addAll(graph.childrenExactly(h, "obj"));
          out.addAll(graph.childrenExactly(h, "dobj"));
        }
      }
      case IOBJ -> out.addAll(graph.childrenExactly(h, "iobj"));
      case AGENT -> {
        for (int t : m.tokens()) {
          out.addAll(agents(t));
        }
      }
      case POSS -> {
        for (int t : m.tokens()) {
          out.addAll(graph.childrenExactly(t, "nmod:poss"));
        }
      }
      case MOD -> {
        for (int t : m.tokens()) {
          out.addAll(graph.children(t, "amod"));
          out.addAll(graph.children(t, "compound"));
        }
      }
      case OBL -> {
        for (int t : m.tokens()) {
          for (int c : graph.children(t)) {
            String base = graph.baseRelation(c);
            if ((base.equals("obl") || base.equals("nmod"))
                && slot.preposition().equals(graph.preposition(c))) {
              out.add(c);
            }
          }
        }
      }
    }
    out.removeIf(m.tokens()::contains);
    return out;
  }

  private List<Integer> prepositional(int h, String preposition) {
    List<Integer> out = new ArrayList<>();
    for (int c : graph.children(h)) {
      String base = graph.baseRelation(c);
      if ((base.equals("obl") || base.equals("nmod")) && preposition.equals(graph.preposition(c))) {
        out.add(c);
      }
    }
    return out;
  }

  private List<Integer> agents(int h) {
    List<Integer> out = new ArrayList<>(graph.childrenExactly(h, "obl:agent"));
    for (int c : graph.children(h)) {
      String base = graph.baseRelation(c);
      if ((base.equals("obl") || base.equals("nmod"))
          && !out.contains(c)
          && "by".equals(graph.preposition(c))) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The subjects of an active verb: its own, then those the enhanced graph shares with it (the
   * subject of the verb it is conjoined to, the controller of an infinitive, the noun a relative
   * clause modifies).
   */
  private List<Integer> subjects(int verb) {
    List<Integer> out = new ArrayList<>(graph.childrenExactly(verb, "nsubj"));
    out.addAll(graph.childrenExactly(verb, "nsubj:xsubj"));
    out.addAll(graph.extraChildren(verb, "nsubj"));
    out.addAll(graph.extraChildren(verb, "nsubj:xsubj"));
    return out;
  }

  /** "militants who attacked": the relative pronoun stands for the noun the clause modifies. */
  private int resolveRelative(int head, int arg) {
    String pos = graph.pos(arg);
    boolean relative = pos.equals("WP") || pos.equals("WDT") || graph.lemma(arg).equals("that");
    if (relative && graph.relation(head).equals("acl:relcl") && graph.governor(head) >= 0) {
      return graph.governor(head);
    }
    return arg;
  }

  /**
   * The subject of a verb that has none of its own: the controller of an infinitive ("vowed to
   * attack": the vower; "urged X to withdraw": X), the first verb of a coordination, or for a noun
   * the subject of the light verb it is the object of ("launched an attack"), but not of a verb
   * that reports, judges or undergoes the event ("did not confirm the attack", "repelled an
   * attack"). A participle adjunct ("shelled the town, killing nine") shares its verb's subject.
   */
  private Role fallbackSource(Match m) {
    int h = m.head();
    String rel = graph.relation(h);
    int g = graph.governor(h);
    if (g < 0) {
      return Role.NONE;
    }
    if (m.entry().noun()) {
      if ((rel.equals("obj") || rel.equals("nsubj:pass")) && graph.isVerb(g) && !isReactionTo(g)) {
        List<ActorMention> found = subjectMentions(g);
        return found.isEmpty() ? Role.NONE : new Role(found, "lightverb", true);
      }
      if (graph.children(h, "cop").isEmpty()) {
        // "they would blockade Paris" with "blockade" tagged a noun: a noun with a subject of its
        // own and no copula is a verb the tagger missed.
        for (int subject : graph.childrenExactly(h, "nsubj")) {
          List<ActorMention> found = mentionsFor(resolveRelative(h, subject));
          if (!found.isEmpty()) {
            return new Role(found, "nounsubj", true);
          }
        }
      }
      if (isTakingPartIn(h, g)) {
        // "Serb forces were engaged in ethnic cleansing": the one engaged is the one doing it,
        // whether the verb is passive ("involved in") or not ("took part in").
        List<Integer> doers = new ArrayList<>(graph.children(g, "nsubj:pass"));
        doers.addAll(graph.extraChildren(g, "nsubj:pass"));
        doers.addAll(subjects(g));
        for (int d : doers) {
          List<ActorMention> found = mentionsFor(resolveRelative(g, d));
          if (!found.isEmpty()) {
            return new Role(found, "partaking", true);
          }
        }
      }
      return Role.NONE;
    }
    if (isParticipleAdjunct(h)) {
      List<ActorMention> found = subjectMentions(g);
      return found.isEmpty() ? Role.NONE : new Role(found, "participle", true);
    }
    if (rel.equals("advcl:to")) {
      // "called on both sides to allow", "urged Iraq to act" parsed as purpose: the one asked,
      // never the one asking.
      if (isAsking(g) || !onControllers(g).isEmpty()) {
        Role asked = objectController(g);
        return asked != null ? asked : Role.NONE;
      }
      // "Uzbekistan opened the bridge to allow deliveries", "the UN sent personnel to
      // investigate": a purpose clause states the aim of the one who acts in the main clause.
      List<ActorMention> found = subjectMentions(g);
      return found.isEmpty() ? Role.NONE : new Role(found, "purpose", true);
    }
    if (rel.equals("xcomp") || rel.equals("advcl") || rel.equals("ccomp")) {
      if (rel.equals("xcomp") || rel.equals("advcl")) {
        Role controller = objectController(g);
        if (controller != null) {
          return controller;
        }
      }
      if (rel.equals("ccomp")) {
        return Role.NONE; // a finite clause without subject is a misparse; guessing is worse
      }
      List<ActorMention> found = subjectMentions(g);
      return found.isEmpty() ? Role.NONE : new Role(found, "controller", true);
    }
    if (graph.baseRelation(h).equals("conj") && graph.isVerb(g)) {
      List<ActorMention> found = subjectMentions(g);
      return found.isEmpty() ? Role.NONE : new Role(found, "conjsubj", true);
    }
    int[] gerund = gerundOf(h);
    if (gerund != null) {
      List<ActorMention> found = mentionsFor(gerund[0]);
      return found.isEmpty() ? Role.NONE : new Role(found, "gerund", true);
    }
    // "launched an attack on X, killing five": the participle shares the light verb's subject.
    if (rel.equals("acl") && graph.pos(h).equals("VBG") && graph.isNoun(g)) {
      int lightVerb = graph.governor(g);
      String nounRel = graph.relation(g);
      if (lightVerb >= 0
          && graph.isVerb(lightVerb)
          && (nounRel.equals("obj") || nounRel.equals("nsubj:pass"))) {
        List<ActorMention> found = subjectMentions(lightVerb);
        return found.isEmpty() ? Role.NONE : new Role(found, "participle", true);
      }
    }
    return Role.NONE;
  }

  /** Verbs that ask or make their object do what the clause after them says. */
  private static final Set<String> ASKING_VERBS =
      Set.of("order", "force", "persuade", "invite", "tell", "instruct", "authorize", "allow");

  private boolean isAsking(int verb) {
    String lemma = graph.lemma(verb);
    return Cues.GOVERNOR_MODALITY.get(lemma) == Modality.REQUESTED || ASKING_VERBS.contains(lemma);
  }

  /** The "on" of "called on X to act", which the parser may hang from the verb. */
  private List<Integer> onControllers(int verb) {
    List<Integer> out = new ArrayList<>();
    for (int c : graph.children(verb, "obl")) {
      String p = graph.preposition(c);
      if ("on".equals(p) || "upon".equals(p)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Object control: "urged the government to act", "called on X to act": the object, or the "on" of
   * "call on", when it names an actor; else null.
   */
  private Role objectController(int verb) {
    List<Integer> controllers = new ArrayList<>(graph.childrenExactly(verb, "obj"));
    controllers.addAll(onControllers(verb));
    for (int c : controllers) {
      List<ActorMention> found = mentionsFor(c);
      if (!found.isEmpty()) {
        return new Role(found, "controller", true);
      }
    }
    return null;
  }

  /** Modes of RETREAT whose passive subject is the one yielding (not "hostages were released"). */
  private static final Set<String> SUBJECT_YIELDS = Set.of("withdraw", "disarm");

  private boolean isAgentlessYielding(Match m) {
    return m.entry().type() == EventType.RETREAT
        && m.entry().mode() != null
        && SUBJECT_YIELDS.contains(m.entry().mode())
        && isPassiveClause(m)
        && agents(m.head()).isEmpty();
  }

  private Role passiveSubjects(Match m) {
    List<Integer> subjects = new ArrayList<>(graph.children(m.head(), "nsubj:pass"));
    subjects.addAll(graph.extraChildren(m.head(), "nsubj:pass"));
    for (int subject : subjects) {
      List<ActorMention> found = mentionsFor(resolveRelative(m.head(), subject));
      if (!found.isEmpty()) {
        return new Role(found, "nsubj:pass", false);
      }
    }
    return Role.NONE;
  }

  /** Verbs whose "in" names an action their subject takes part in. */
  private static final Set<String> PARTAKING_VERBS = Set.of("engage", "involve", "participate");

  /** "were engaged in ethnic cleansing", "participated in the raid", "took part in the attack". */
  private boolean isTakingPartIn(int noun, int verb) {
    if (!graph.isVerb(verb)
        || !graph.baseRelation(noun).equals("obl")
        || !"in".equals(graph.preposition(noun))) {
      return false;
    }
    String lemma = graph.lemma(verb);
    return PARTAKING_VERBS.contains(lemma)
        || lemma.equals("take")
            && graph.childrenExactly(verb, "obj").stream()
                .anyMatch(o -> graph.lemma(o).equals("part"));
  }

  /**
   * The last resort when the parse gives no source: the first actor named before the trigger in the
   * same stretch of text (inside or outside a quotation) that is not introduced by a preposition
   * ("in Baghdad") other than "of" ("thousands of Iraqi Kurds"), nor the trigger's own object; news
   * puts the actor first ("The Bosnian Serbs, after weeks of talks, agreed...").
   */
  private Role surfaceSource(Match m) {
    // An agentless passive ("if the detainees are not released") hides its actor on purpose, and
    // a clause embedded under another verb ("called on both sides to allow") had its controller
    // looked for already: the first actor named is then someone else.
    String rel = graph.baseRelation(m.head());
    boolean embeddedClause =
        !m.entry().noun() && Set.of("xcomp", "ccomp", "advcl", "acl", "csubj").contains(rel);
    if (isPassiveClause(m) || embeddedClause) {
      return Role.NONE;
    }
    int first = m.tokens().get(0);
    boolean quoted = quotes.inside(first);
    for (ActorMention a : actors.inSentence(sentence.index())) {
      if (a.endToken() > first) {
        break;
      }
      if (quotes.inside(a.firstToken()) != quoted) {
        continue;
      }
      int top = topOf(a);
      String base = graph.baseRelation(top);
      // "thousands of Iraqi Kurds" stands where its head noun stands: "With the signing of the
      // accord" is as prepositional as "with the accord".
      int phrase = top;
      while (graph.baseRelation(phrase).equals("nmod")
          && "of".equals(graph.preposition(phrase))
          && graph.governor(phrase) >= 0) {
        phrase = graph.governor(phrase);
      }
      String phraseBase = graph.baseRelation(phrase);
      boolean prepositional =
          (phraseBase.equals("obl") || phraseBase.equals("nmod"))
              && !"of".equals(graph.preposition(phrase));
      if (prepositional || base.equals("obj") || base.equals("iobj") || base.equals("appos")) {
        continue;
      }
      // "Three soldiers were killed": the passive subject is acted on, not acting. "Police said
      // three people were killed": the speaker reports the event, not does it.
      int g = graph.governor(top);
      boolean reporter =
          base.startsWith("nsubj")
              && g >= 0
              && g != m.head()
              && (isSpeechVerb(g) || Cues.REACTION_VERBS.contains(graph.lemma(g)));
      if (graph.relation(top).equals("nsubj:pass") || reporter) {
        continue;
      }
      return new Role(List.of(a), "surface", true);
    }
    return Role.NONE;
  }

  /** The token of a mention whose governor lies outside it. */
  private int topOf(ActorMention a) {
    for (int t = a.firstToken(); t < a.endToken(); t++) {
      int g = graph.governor(t);
      if (g < a.firstToken() || g >= a.endToken()) {
        return t;
      }
    }
    return a.firstToken();
  }

  /**
   * "NATO will deploy ..., its secretary general said": "its" or "their" stands for the subject of
   * the main clause, else the last actor named before it in the sentence, that is not a person.
   * Null for other pronouns, or none.
   */
  private boolean findingOwner;

  private ActorMention ownerBefore(int pronoun) {
    String word = graph.token(pronoun).text().toLowerCase(Locale.ROOT);
    if (!word.equals("its") && !word.equals("their")) {
      return null;
    }
    // "X did Y to Z, its spokesman said": the subject of the main clause comes first. That
    // subject may itself hold "its" ("its aircraft struck"), so the search is not re-entered.
    if (!findingOwner) {
      findingOwner = true;
      try {
        for (int root = 0; root < graph.size(); root++) {
          if (graph.governor(root) < 0
              && graph.relation(root).equals("root")
              && graph.isVerb(root)) {
            for (ActorMention a : subjectMentions(root)) {
              if (a.endToken() <= pronoun && !a.actor().id().startsWith("person:")) {
                return a;
              }
            }
          }
        }
      } finally {
        findingOwner = false;
      }
    }
    ActorMention owner = null;
    for (ActorMention a : actors.inSentence(sentence.index())) {
      if (a.endToken() <= pronoun
          && !a.actor().id().startsWith("person:")
          && !quotes.inside(a.firstToken())) {
        owner = a;
      }
    }
    return owner;
  }

  /**
   * Whether a noun's governing verb reports, judges or undergoes the event rather than doing it:
   * "did not confirm the attack", "condemned the attack", "repelled an attack".
   */
  private boolean isReactionTo(int verb) {
    String lemma = graph.lemma(verb);
    return Cues.SPEECH_VERBS.contains(lemma) && !Cues.PERFORMATIVE_SPEECH.contains(lemma)
        || Cues.REACTION_VERBS.contains(lemma);
  }

  /**
   * "shelled the town on Monday, killing nine": a present participle without a subject or a "to",
   * hanging from a verb as an adverbial clause (the parser also says xcomp or dep).
   */
  private boolean isParticipleAdjunct(int h) {
    String base = graph.baseRelation(h);
    int g = graph.governor(h);
    return graph.pos(h).equals("VBG")
        && (base.equals("advcl") || base.equals("xcomp") || base.equals("dep"))
        && g >= 0
        && graph.isVerb(g)
        && subjects(h).isEmpty()
        && graph.children(h, "nsubj").isEmpty()
        && graph.children(h, "mark").isEmpty();
  }

  /**
   * "accused US forces of supporting ISIS cells" parsed with "supporting" as an adjective of
   * "cells" and "cells" as a modifier of "forces": returns {actor noun, object noun}, i.e. {forces,
   * cells}; null when the trigger is not in that shape.
   */
  private int[] gerundOf(int h) {
    if (!graph.pos(h).equals("VBG") || !graph.relation(h).equals("amod")) {
      return null;
    }
    int object = graph.governor(h);
    if (object < 0 || !graph.baseRelation(object).equals("nmod")) {
      return null;
    }
    String p = graph.preposition(object);
    int actor = graph.governor(object);
    if (actor < 0 || !("of".equals(p) || "with".equals(p)) || !graph.isNoun(actor)) {
      return null;
    }
    return new int[] {actor, object};
  }

  /**
   * Actors of a verb's subject (the agent when it is passive). A verb with no subject at all that
   * is coordinated with or complements another takes that one's ("ISIS regrouped and threatened to
   * attack": the attacker is ISIS).
   */
  private List<ActorMention> subjectMentions(int verb) {
    int v = verb;
    for (int depth = 0; depth < 4 && v >= 0; depth++) {
      boolean passive = graph.isPassive(v);
      List<Integer> subjects = passive ? agents(v) : subjects(v);
      for (int s : subjects) {
        List<ActorMention> found = mentionsFor(resolveRelative(v, s));
        if (!found.isEmpty()) {
          return found;
        }
      }
      String rel = graph.baseRelation(v);
      // A subject the enhanced graph only guessed by control ("send material to help defend":
      // xsubj "material") that names no actor does not stop the climb to the controller's.
      boolean hasSubject = !graph.children(v, "nsubj").isEmpty() || passive && !subjects.isEmpty();
      if (hasSubject || !(rel.equals("conj") || rel.equals("xcomp"))) {
        break;
      }
      v = graph.governor(v);
    }
    return List.of();
  }

  /**
   * Targets the slots missed: the object of a participle modifying a noun ("the journalist arrested
   * by police"), the obl of the light verb of a noun trigger ("launched an attack on X"), and a
   * preposition the parser took for the mark of the next clause ("called on the government to act"
   * parsed with mark(act, on) and nsubj(act, government)).
   */
  private Role fallbackTarget(Match m) {
    TriggerEntry e = m.entry();
    int h = m.head();
    int g = graph.governor(h);
    boolean wantsObject = e.targetSlots().stream().anyMatch(s -> s.kind() == Slot.Kind.OBJ);
    int[] gerund = e.noun() ? null : gerundOf(h);
    if (wantsObject && gerund != null) {
      List<ActorMention> found = mentionsFor(gerund[1]);
      if (!found.isEmpty()) {
        return new Role(found, "gerund", true);
      }
    }
    if (!e.noun()
        && wantsObject
        && g >= 0
        && graph.relation(h).equals("acl")
        && graph.pos(h).equals("VBN")) {
      List<ActorMention> found = mentionsFor(g);
      if (!found.isEmpty()) {
        return new Role(found, "participle", true);
      }
    }
    for (Slot s : e.targetSlots()) {
      if (s.kind() != Slot.Kind.OBL) {
        continue;
      }
      if (e.noun() && g >= 0 && graph.relation(h).equals("obj")) {
        for (int c : graph.children(g)) {
          String base = graph.baseRelation(c);
          if ((base.equals("obl") || base.equals("nmod"))
              && s.preposition().equals(graph.preposition(c))) {
            List<ActorMention> found = mentionsFor(c);
            if (!found.isEmpty()) {
              return new Role(found, "lightverb:" + s, true);
            }
          }
        }
      }
      for (int t : m.tokens()) {
        for (int clause : graph.children(t)) {
          String base = graph.baseRelation(clause);
          if (!(base.equals("xcomp") || base.equals("ccomp") || base.equals("advcl"))) {
            continue;
          }
          if (!graph.hasChildLemma(clause, "mark", s.preposition())) {
            continue;
          }
          for (int subj : graph.children(clause, "nsubj")) {
            List<ActorMention> found = mentionsFor(subj);
            if (!found.isEmpty()) {
              return new Role(found, "mark:" + s.preposition(), true);
            }
          }
        }
      }
    }
    return Role.NONE;
  }

  /**
   * Actors named at a token: the mention covering it, else one covering its compound, amod, flat,
   * appos or possessive child ("Hungarian officials", "militia spokesman"), plus the same for its
   * conjuncts ("Hungarian and Romanian officials", "Jordan and Britain"). "He" and "she" resolve to
   * the last person named before them.
   */
  List<ActorMention> mentionsFor(int token) {
    List<ActorMention> out = new ArrayList<>();
    addMentions(token, out, true);
    for (int c : graph.children(token, "conj")) {
      addMentions(c, out, true);
    }
    return dedupe(out);
  }

  private void addMentions(int token, List<ActorMention> out, boolean followModifiers) {
    boolean pronoun = graph.pos(token).startsWith("PRP");
    if (pronoun && Cues.SPEAKER_PRONOUNS.contains(graph.lemma(token))) {
      ActorMention sp = speakerOfReportingClause(token);
      if (sp != null) {
        out.add(sp);
        return;
      }
    }
    if (graph.pos(token).equals("PRP$")) {
      // "insisted on its demands": a possessive trigger's owner ("its", "their").
      ActorMention owner = ownerBefore(token);
      if (owner != null) {
        out.add(owner);
      }
      return;
    }
    if (pronoun && ANTECEDENT_PRONOUNS.contains(graph.lemma(token).toLowerCase(Locale.ROOT))) {
      ActorMention a = antecedent(token, Anaphor.of(graph.lemma(token)));
      if (a != null) {
        out.add(a);
        usedAntecedent = true;
      }
      return;
    }
    if (pronoun && Cues.HE_SHE.contains(graph.lemma(token))) {
      // People named inside a quotation are rarely the "he" who frames it.
      ActorMention p =
          actors.lastPersonBefore(
              sentence.index(),
              token,
              m -> m.sentence() == sentence.index() && quotes.inside(m.firstToken()));
      if (p != null) {
        out.add(p);
      }
      return;
    }
    ActorMention m = actors.covering(sentence.index(), token);
    if (m != null) {
      out.add(m);
      if (followModifiers) {
        addCoordinatedModifiers(token, m, out);
      }
      return;
    }
    if (isGroupAnaphor(token)) {
      ActorMention a = antecedent(token, Anaphor.GROUP);
      if (a != null) {
        out.add(a);
        usedAntecedent = true;
        return;
      }
    }
    if (!followModifiers) {
      return;
    }
    for (String rel : List.of("compound", "amod", "flat", "appos", "nmod:poss")) {
      for (int c : graph.children(token, rel)) {
        // "The army said its aircraft struck": the owner is the speaker.
        if (rel.equals("nmod:poss") && graph.pos(c).equals("PRP$")) {
          ActorMention sp = speakerOfReportingClause(token);
          if (sp == null) {
            sp = ownerBefore(c);
          }
          if (sp != null) {
            out.add(sp);
            return;
          }
        }
        ActorMention cm = actors.covering(sentence.index(), c);
        if (cm != null) {
          out.add(cm);
          for (int cc : graph.children(c, "conj")) {
            addMentions(cc, out, false);
          }
          return;
        }
      }
    }
    // "fighters of the Islamic State", "members of the militia", "activists from the Fatah
    // party", "doctors from two American aid groups": people named by the group they come from
    // act for it. Only people are counted so ("independence from Indonesian rule" is not).
    boolean people = graph.pos(token).equals("NNS");
    // "a spokesman for the militia" speaks and acts for it.
    String lemma = graph.lemma(token).toLowerCase(Locale.ROOT);
    boolean speaksFor = SPEAKING_FOR.contains(lemma);
    for (int c : graph.children(token, "nmod")) {
      String p = graph.preposition(c);
      if (OFFICE_NOUNS.contains(lemma) && "for".equals(p)) {
        // "The Minister for Interior Aftab Sherpao allowed", with the name hung from "Interior":
        // the person named is the minister.
        ActorMention person = actors.covering(sentence.index(), c);
        if (person != null && person.actor().id().startsWith("person:")) {
          out.add(person);
          return;
        }
      }
      if ("of".equals(p) || people && "from".equals(p) || speaksFor && "for".equals(p)) {
        ActorMention cm = actors.covering(sentence.index(), c);
        if (cm == null && people) {
          cm = modifierActor(c);
        }
        if (cm != null) {
          out.add(cm);
          return;
        }
      }
    }
  }

  /** Offices written "Minister for X", after which the parser may hang the holder's name. */
  private static final Set<String> OFFICE_NOUNS =
      Set.of("minister", "secretary", "commissioner", "spokesman");

  /** Nouns of people who speak for the group their "for" names. */
  private static final Set<String> SPEAKING_FOR =
      Set.of("spokesman", "spokeswoman", "spokesperson", "representative", "envoy");

  /** Whether an antecedent was taken while finding the current role; see {@link #antecedent}. */
  private boolean usedAntecedent;

  private static final Set<String> ANTECEDENT_PRONOUNS = Set.of("they", "it");

  /** Nouns that, after "the" and with nothing else, stand for a group named before. */
  private static final Set<String> GROUP_NOUNS =
      Set.of("group", "organisation", "organization", "movement", "militia", "faction");

  /** "the group", "the militia": a subject group noun with "the" and no other modifier. */
  private boolean isGroupAnaphor(int token) {
    if (!GROUP_NOUNS.contains(graph.lemma(token).toLowerCase(Locale.ROOT))
        || !graph.baseRelation(token).startsWith("nsubj")) {
      return false;
    }
    boolean the = false;
    for (int c : graph.children(token)) {
      String rel = graph.baseRelation(c);
      if (rel.equals("det")) {
        the |= graph.lemma(c).equalsIgnoreCase("the");
      } else if (!rel.equals("punct")) {
        return false;
      }
    }
    return the;
  }

  /**
   * The actor a subject "they", "it" or "the group" stands for, as news writes them (no coreference
   * is run): in its own sentence the nearest fitting subject before it ("ISIS attacked the army and
   * they killed five"), else the nearest fitting actor before it ("police arrested protesters after
   * they blocked the road": police do not protest); else the fitting subject of the nearest of the
   * two sentences before that has one (a sentence not parsed: its first fitting actor). People are
   * never "they" or "it"; a country is "it", not "they"; "the group" is a group, not a state, its
   * organs or a person. None inside a quotation (where "they" is often someone the speaker has not
   * named), for a word that is not a subject, or for one whose speaker names no actor ("militants
   * loyal to X said they").
   */
  private ActorMention antecedent(int token, Anaphor anaphor) {
    if (!graph.baseRelation(token).startsWith("nsubj")
        || quotes.inside(token)
        || hasUnnamedSpeaker(token)) {
      return null;
    }
    ActorMention nearest = null;
    ActorMention nearestSubject = null;
    for (ActorMention a : actors.inSentence(sentence.index())) {
      if (a.endToken() > token) {
        break;
      }
      if (quotes.inside(a.firstToken()) || !anaphor.fits(a) || !canDo(a)) {
        continue;
      }
      nearest = a;
      if (graph.baseRelation(topOf(a)).startsWith("nsubj")) {
        nearestSubject = a;
      }
    }
    if (nearestSubject != null || nearest != null) {
      return nearestSubject != null ? nearestSubject : nearest;
    }
    for (int s = sentence.index() - 1; s >= Math.max(0, sentence.index() - 2); s--) {
      // "the group" can only be a group, so it may be one named in any role ("Iraq blamed ISIS").
      List<ActorMention> candidates =
          anaphor == Anaphor.GROUP ? actors.inSentence(s) : actors.subjectsIn(s);
      for (ActorMention a : candidates) {
        if (anaphor.fits(a) && canDo(a)) {
          return a;
        }
      }
    }
    return null;
  }

  /** The type of the trigger whose roles are being found, for {@link #canDo}. */
  private EventType currentType;

  /** State organs, which do not demonstrate in the streets. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD");

  /** Whether an actor is one that does events of the current type at all. */
  private boolean canDo(ActorMention a) {
    return currentType != EventType.PROTEST
        || a.actor().sector() == null
        || !STATE_SECTORS.contains(a.actor().sector().code());
  }

  /** Whether a pronoun reports the words of a speaker who is not an actor. */
  private boolean hasUnnamedSpeaker(int pronoun) {
    int clause = graph.governor(pronoun);
    for (int k = 0; k < 3 && clause >= 0; k++) {
      int g = graph.governor(clause);
      String rel = graph.baseRelation(clause);
      if (g < 0 || !(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("conj"))) {
        return false;
      }
      if (isSpeechVerb(g)) {
        return !subjects(g).isEmpty() && subjectMentions(g).isEmpty();
      }
      clause = g;
    }
    return false;
  }

  /** A word standing for an actor named before it, and the actors it can stand for. */
  private enum Anaphor {
    THEY,
    IT,
    GROUP;

    static Anaphor of(String pronounLemma) {
      return pronounLemma.equalsIgnoreCase("it") ? IT : THEY;
    }

    boolean fits(ActorMention a) {
      String id = a.actor().id();
      if (id.startsWith("person:")) {
        return false;
      }
      // The dictionary's ids: a country's is its alpha-3 code, a state organ's "IRQ.MIL".
      boolean country = id.matches("[A-Z]{3}");
      boolean organ = id.matches("[A-Z]{3}\\.[A-Z]{3}");
      return switch (this) {
        case IT -> true;
        case THEY -> !country;
        case GROUP -> !country && !organ;
      };
    }
  }

  /** The actor named by an adjective or compound of a noun ("American" in "American groups"). */
  private ActorMention modifierActor(int noun) {
    for (String rel : List.of("amod", "compound")) {
      for (int c : graph.children(noun, rel)) {
        ActorMention cm = actors.covering(sentence.index(), c);
        if (cm != null) {
          return cm;
        }
      }
    }
    return null;
  }

  /**
   * "Hungarian and Romanian officials" where one mention covers "Romanian officials": the other
   * coordinated modifier names an actor too.
   */
  private void addCoordinatedModifiers(int token, ActorMention covering, List<ActorMention> out) {
    for (String rel : List.of("amod", "compound")) {
      for (int c : graph.children(token, rel)) {
        boolean inside = covering.firstToken() <= c && c < covering.endToken();
        if (inside || graph.children(c, "conj").isEmpty()) {
          continue;
        }
        ActorMention cm = actors.covering(sentence.index(), c);
        if (cm != null) {
          out.add(cm);
        }
        for (int cc : graph.children(c, "conj")) {
          addMentions(cc, out, false);
        }
      }
    }
  }

  /**
   * "Syria says it will withdraw": a pronoun subject of a clause reported by a speech verb most
   * often stands for the speaker. Null when the pronoun is not in such a clause.
   */
  private ActorMention speakerOfReportingClause(int pronoun) {
    if (!graph.baseRelation(pronoun).startsWith("nsubj")) {
      return null;
    }
    int clause = graph.governor(pronoun);
    for (int k = 0; k < 3 && clause >= 0; k++) {
      int g = graph.governor(clause);
      String rel = graph.baseRelation(clause);
      if (g < 0 || !(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("conj"))) {
        return null;
      }
      if (isSpeechVerb(g)) {
        List<ActorMention> subj = subjectMentions(g);
        return subj.isEmpty() ? null : subj.get(0);
      }
      clause = g;
    }
    return null;
  }

  private static List<ActorMention> dedupe(List<ActorMention> in) {
    List<ActorMention> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ActorMention m : in) {
      if (ids.add(m.actor().id())) {
        out.add(m);
      }
    }
    return out;
  }

  // ---- 3. negation, modality, attribution ----

  private boolean isNegated(Match m) {
    for (int t : m.tokens()) {
      if (hasNegator(t)) {
        return true;
      }
    }
    int h = m.head();
    int g = graph.governor(h);
    if (g < 0) {
      return false;
    }
    String rel = graph.baseRelation(h);
    // "did not launch an attack": the light verb carries the negation of its noun.
    // Not "did not confirm the attack": that negates the report (see isUnconfirmed).
    if (m.entry().noun() && rel.equals("obj") && hasNegator(g) && !isReactionTo(g)) {
      return true;
    }
    // "refused to withdraw", "denied attacking", "cancelled the visit"; not "refused X and left".
    return carriesModality(h)
        && !rel.equals("conj")
        && Cues.NEGATING_GOVERNORS.contains(graph.lemma(g));
  }

  /** Whether the nearest speech verb governing the trigger is negated ("did not confirm"). */
  private boolean isUnconfirmed(int head) {
    int t = head;
    for (int k = 0; k < MAX_CLIMB; k++) {
      int g = graph.governor(t);
      if (g < 0 || !carriesModality(t)) {
        return false;
      }
      boolean parallel = graph.baseRelation(t).equals("conj");
      if (!parallel && isSpeechVerb(g) && !Cues.PERFORMATIVE_SPEECH.contains(graph.lemma(g))) {
        return hasNegator(g);
      }
      t = g;
    }
    return false;
  }

  /**
   * Whether a warning states a fact rather than threatens: "X warns that Daesh is rebuilding",
   * "Daesh rebuilds cells, researcher warns", a bare "researcher warns". It threatens when it warns
   * someone to do something ("warned them to leave"), warns of a reprisal or of an event the
   * lexicon knows ("warned of retaliation"), warns someone with no stated content ("warned Iran"),
   * or says the speaker will act, or that something will follow a condition or as a response
   * ("warned that it would respond", "warned there would be consequences").
   */
  private boolean isStatementWarning(int w) {
    if (!Cues.WARNING_VERBS.contains(graph.lemma(w))) {
      return false;
    }
    if (graph.baseRelation(w).equals("parataxis")) {
      return true;
    }
    boolean object = false;
    for (int c : graph.children(w)) {
      String base = graph.baseRelation(c);
      if (base.equals("xcomp")) {
        return false;
      }
      if (base.equals("obl") || base.equals("nmod") || base.equals("advcl")) {
        String p = base.equals("advcl") ? markOf(c) : graph.preposition(c);
        if (p != null && Cues.WARNED_OF.contains(p) && (isThreatWord(c) || graph.isVerb(c))) {
          return false;
        }
      }
      object |= base.equals("obj") || base.equals("iobj");
    }
    for (int c : graph.children(w, "ccomp")) {
      return !isThreatClause(c);
    }
    return !object;
  }

  private String markOf(int clause) {
    for (int c : graph.children(clause, "mark")) {
      return graph.lemma(c);
    }
    return null;
  }

  private boolean isThreatWord(int t) {
    String lemma = graph.lemma(t);
    return Cues.THREAT_NOUNS.contains(lemma)
        || graph.isNoun(t) && lexicon.entriesWithHead(lemma).stream().anyMatch(TriggerEntry::noun);
  }

  /**
   * A warned clause that threatens: a future action by the speaker, a refusal ("will not
   * tolerate"), or one bound to a condition or a reprisal ("there would be consequences").
   */
  private boolean isThreatClause(int clause) {
    boolean future = false;
    for (int c : graph.children(clause, "aux")) {
      future |= Cues.FUTURE_AUX.contains(graph.lemma(c));
    }
    if (!future) {
      return false;
    }
    if (hasNegator(clause)) {
      return true; // "warned that police will no longer tolerate rallies": a refusal announced
    }
    for (int c : graph.children(clause)) {
      String base = graph.baseRelation(c);
      if (base.startsWith("nsubj") && graph.pos(c).startsWith("PRP")) {
        return true; // "warned that it would respond": the speaker's own action
      }
      if (base.equals("advcl") && hasConditionalMark(c)) {
        return true;
      }
    }
    for (int i = 0; i < graph.size(); i++) {
      if (graph.isDescendant(i, clause, 3) && Cues.THREAT_NOUNS.contains(graph.lemma(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasNegator(int t) {
    for (int c : graph.children(t)) {
      String base = graph.baseRelation(c);
      if ((base.equals("advmod") || base.equals("neg") || base.equals("det"))
          && Cues.NEGATORS.contains(graph.lemma(c))) {
        return true;
      }
      // "no longer tolerate": the negator hangs from "longer" (not "not only", which is no
      // negation).
      if (base.equals("advmod") && graph.lemma(c).equals("longer") && hasNegator(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the relation of a token to its governor lets the governor's modality pass down. */
  private boolean carriesModality(int t) {
    String base = graph.baseRelation(t);
    return switch (base) {
      case "xcomp", "ccomp", "obj", "advcl", "conj", "csubj" -> true;
      case "acl" -> !graph.relation(t).equals("acl:relcl"); // "plans to attack", not "who attacked"
      case "amod" -> true; // "accused US forces of supporting cells": up through the noun
      case "obl", "nmod" -> {
        String p = graph.preposition(t);
        yield p != null && Set.of("of", "for", "with", "to").contains(p);
      }
      default -> false;
    };
  }

  /**
   * Modality, nearest cue first: a governing verb or noun ("threatened to attack", "called for the
   * release", "accused of attacking"), stopping at a speech verb; then the trigger's own modifiers
   * ("allegedly", "planned"); its auxiliary ("will" planned, "may" possible, "would" planned under
   * a speech verb else possible); a conditional clause ("if") makes it possible.
   */
  Modality modality(int head) {
    int t = head;
    boolean underSpeech = false;
    // "threatened to block the road if the detainees are not released": the condition itself is
    // only possible, whatever governs the clause it belongs to.
    if (hasConditionalMark(head)) {
      return Modality.POSSIBLE;
    }
    boolean conditional = false;
    for (int k = 0; k < MAX_CLIMB; k++) {
      int g = graph.governor(t);
      if (g < 0 || !carriesModality(t) && !graph.baseRelation(t).equals("parataxis")) {
        break;
      }
      // A conjunct is parallel to its governor, not governed by it: "urged X and promised Y".
      boolean parallel = graph.baseRelation(t).equals("conj");
      if (carriesModality(t) && !underSpeech && !parallel) {
        Modality cue = Cues.GOVERNOR_MODALITY.get(graph.lemma(g));
        if (isStatementWarning(g)) {
          cue = null;
        }
        // "wants Putin to attack": wanting an action of someone else is asking for it.
        if (cue == Modality.PLANNED
            && Cues.WANTING.contains(graph.lemma(g))
            && !graph.childrenExactly(g, "obj").isEmpty()) {
          return Modality.REQUESTED;
        }
        if (cue != null) {
          return cue;
        }
        // A purpose clause ("fired tear gas to disperse them") states an aim, not an outcome.
        String rel = graph.baseRelation(t);
        if ((rel.equals("advcl") || rel.equals("acl")) && graph.hasChildLemma(t, "mark", "to")) {
          return Modality.PLANNED;
        }
      }
      if (!parallel && Cues.SPEECH_VERBS.contains(graph.lemma(g))) {
        underSpeech = true;
      }
      if (!underSpeech && hasConditionalMark(g)) {
        conditional = true;
      }
      t = g;
    }
    for (int c : graph.children(head)) {
      Modality own = Cues.OWN_MODALITY.get(graph.lemma(c));
      String base = graph.baseRelation(c);
      if (own != null && (base.equals("advmod") || base.equals("amod"))) {
        return own;
      }
    }
    // "will impose a curfew": a noun's tense and mood are its light verb's.
    int auxHost = graph.children(head, "aux").isEmpty() ? lightVerbOrSelf(head) : head;
    for (int c : graph.children(auxHost, "aux")) {
      String aux = graph.lemma(c);
      if (aux.equals("would") || aux.equals("'d")) {
        return underSpeech ? Modality.PLANNED : Modality.POSSIBLE;
      }
      // "X said Y must withdraw" is X demanding it of Y.
      if (aux.equals("must") || aux.equals("should")) {
        return underSpeech ? Modality.REQUESTED : Modality.POSSIBLE;
      }
      Modality m = Cues.AUX_MODALITY.get(aux);
      if (m != null) {
        return m;
      }
    }
    return conditional ? Modality.POSSIBLE : Modality.ASSERTED;
  }

  private boolean hasConditionalMark(int t) {
    for (int c : graph.children(t, "mark")) {
      if (Cues.CONDITIONAL_MARKS.contains(graph.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who reported the event: the subject of a speech verb the trigger's clause hangs from ("X said Y
   * attacked") or that hangs from it ("Y attacked, X said"), an "according to X" phrase, or the
   * speaker framing the quotation the trigger is in.
   */
  ActorMention reportedBy(int head) {
    int t = head;
    for (int k = 0; k < MAX_CLIMB && t >= 0; k++) {
      for (int c : graph.children(t)) {
        String base = graph.baseRelation(c);
        if ((base.equals("parataxis") || base.equals("advcl") || base.equals("conj"))
            && c != head
            && isSpeechVerb(c)) {
          ActorMention sp = speakerOf(c);
          if (sp != null) {
            return sp;
          }
        }
        if ((base.equals("obl") || base.equals("nmod")) && isAccordingTo(c)) {
          List<ActorMention> found = mentionsFor(c);
          if (!found.isEmpty()) {
            return found.get(0);
          }
        }
      }
      int g = graph.governor(t);
      if (g < 0) {
        break;
      }
      String up = graph.baseRelation(t);
      if (isSpeechVerb(g) && !up.startsWith("nsubj") && !up.equals("conj")) {
        ActorMention sp = speakerOf(g);
        if (sp != null) {
          return sp;
        }
      }
      t = g;
    }
    ActorMention according = accordingToBySurface();
    if (according != null) {
      return according;
    }
    ActorMention parenthetical = parentheticalSpeaker(head);
    if (parenthetical != null) {
      return parenthetical;
    }
    return quotes.inside(head) ? quoteSpeaker() : null;
  }

  /**
   * "NATO will deploy systems to Poland, its secretary general said": a closing "X said" after a
   * comma that the parser hung somewhere inside the clause (here as a relative clause of
   * "systems"). A speech verb after the trigger with no content of its own and a comma just before
   * its subject.
   */
  private ActorMention parentheticalSpeaker(int head) {
    for (int v = head + 1; v < graph.size(); v++) {
      if (!isSpeechVerb(v) || quotes.inside(v) || graph.isDescendant(head, v, MAX_CLIMB)) {
        continue;
      }
      boolean content = false;
      for (int c : graph.children(v)) {
        String base = graph.baseRelation(c);
        content |= base.equals("ccomp") || base.equals("xcomp") || base.equals("obj");
      }
      // The subject's first word follows the comma (the parser may hang other words on the verb).
      int leftmost = v;
      for (int subj : graph.children(v, "nsubj")) {
        leftmost = Math.min(leftmost, subj);
        for (int k = 0; k < subj; k++) {
          if (graph.isDescendant(k, subj, 3)) {
            leftmost = Math.min(leftmost, k);
          }
        }
      }
      if (!content && leftmost > 0 && graph.token(leftmost - 1).text().equals(",")) {
        ActorMention sp = speakerOf(v);
        if (sp != null) {
          return sp;
        }
      }
    }
    return null;
  }

  private boolean isSpeechVerb(int t) {
    return graph.isVerb(t) && Cues.SPEECH_VERBS.contains(graph.lemma(t));
  }

  private boolean isAccordingTo(int t) {
    String p = graph.preposition(t);
    return p != null && (p.equals("according_to") || p.equals("according"));
  }

  /** "according to X" however it was parsed: the first actor within a few tokens after it. */
  private ActorMention accordingToBySurface() {
    for (int i = 0; i + 1 < graph.size(); i++) {
      if ("according".equalsIgnoreCase(graph.token(i).text()) && graph.lemma(i + 1).equals("to")) {
        for (ActorMention m : actors.inSentence(sentence.index())) {
          if (m.firstToken() > i + 1 && m.firstToken() <= i + 6) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /**
   * The speaker of a speech verb: its subject; without one (the parser attached "said" to an
   * appositive chain: "X, head of Y, affiliated with Z, said: ..."), the subject of the verb it
   * hangs from, else the first actor named before it outside quotations.
   */
  ActorMention speakerOf(int verb) {
    List<ActorMention> subj = subjectMentions(verb);
    if (!subj.isEmpty()) {
      return subj.get(0);
    }
    if (!graph.children(verb, "nsubj").isEmpty()) {
      return null; // a subject that names no actor ("officials said"): do not guess further
    }
    int g = graph.governor(verb);
    if (g >= 0) {
      for (String rel : List.of("nsubj", "nsubj:pass")) {
        for (int s : graph.childrenExactly(g, rel)) {
          List<ActorMention> found = mentionsFor(s);
          if (!found.isEmpty()) {
            return found.get(0);
          }
        }
      }
    }
    for (ActorMention m : actors.inSentence(sentence.index())) {
      if (m.endToken() <= verb && !quotes.inside(m.firstToken())) {
        return m;
      }
    }
    return null;
  }

  /**
   * Who speaks the quotations of this sentence: the speaker of a speech verb outside quotation
   * marks ("'...,' he said"; the parser may make "he said" a relative clause, so the attachment is
   * not used), else the speaker of a quotation still open from an earlier sentence.
   */
  ActorMention quoteSpeaker() {
    ActorMention framing = framingSpeaker();
    return framing != null ? framing : quotes.carriedSpeaker();
  }

  private ActorMention framingSpeaker() {
    for (int i = 0; i < graph.size(); i++) {
      if (!quotes.inside(i) && isSpeechVerb(i)) {
        ActorMention sp = speakerOf(i);
        if (sp != null) {
          return sp;
        }
      }
    }
    return null;
  }

  /** Another match the threat governs ("threatened to impose a curfew"), or null. */
  private Match embeddedMatch(Match threat, List<Match> all) {
    for (Match other : all) {
      if (other != threat && graph.isDescendant(other.head(), threat.head(), 2)) {
        return other;
      }
    }
    return null;
  }

  private record ThreatMode(String mode, String cameo) {}

  /**
   * THREATEN mode and CAMEO code from the threatened action: its own mode when THREATEN has it
   * (curfew, ban, martial-law...), else by type; null when the type says nothing.
   */
  private static ThreatMode threatMode(TriggerEntry threatened) {
    String mode = threatened.mode();
    if (mode != null && TriggerLexicon.modes(EventType.THREATEN).contains(mode)) {
      return new ThreatMode(mode, mode.equals("arrest") ? "137" : "132");
    }
    return switch (threatened.type()) {
      case ASSAULT, MOBILIZE -> new ThreatMode("violence", "138");
      case COERCE -> new ThreatMode("restrict", "137");
      case SANCTION -> new ThreatMode("relations", "131");
      case PROTEST -> new ThreatMode("political", "133");
      default -> null;
    };
  }

  /**
   * Confidence: verbs start at 0.5, nouns at 0.4 (more often mentions of events elsewhere in the
   * story); a source adds 0.25, a target 0.2; an argument found by a fallback pattern costs 0.1;
   * with no actor at all the event is capped at 0.3, since who-did-what-to-whom is the point.
   */
  static double confidence(boolean noun, boolean hasSource, boolean hasTarget, boolean fallback) {
    double c = noun ? 0.4 : 0.5;
    if (hasSource) {
      c += 0.25;
    }
    if (hasTarget) {
      c += 0.2;
    }
    if (fallback) {
      c -= 0.1;
    }
    if (!hasSource && !hasTarget) {
      c = Math.min(c, 0.3);
    }
    return rounded(c);
  }

  /** Clamped to [0.05, 1] and rounded, so that equal evidence prints and compares equal. */
  static double rounded(double c) {
    return Math.round(Math.max(0.05, Math.min(1.0, c)) * 100) / 100.0;
  }

  private String text(int begin, int end) {
    int from = begin - sentence.begin();
    int to = end - sentence.begin();
    if (from >= 0 && to <= sentence.text().length() && from <= to) {
      return sentence.text().substring(from, to);
    }
    return "";
  }
}
