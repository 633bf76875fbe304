package org.khaldun.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Rules first, the {@link EventModel} second. Two uses of the model, both recorded in {@link
 * Event#rule()}:
 *
 * <ol>
 *   <li><b>Events the lexicon misses.</b> A sentence where the rules found no event, that names an
 *       actor, has a main verb and no negation cue ({@link Cues#NEGATORS}, {@link
 *       Cues#NEGATING_GOVERNORS}) is classified; when the best type is {@linkplain
 *       EventModel.Guess#confident confident}, it gives one event with rule {@code
 *       model:minilm:TYPE}, the main verb as trigger, the actor nearest before it as source and the
 *       first after it as target (swapped in a "was ... by" passive; an actor next to a speech verb
 *       is {@code reportedBy} instead), modality from the sentence's cue words; no source, no
 *       event, and a confidence of at most {@value #MODEL_MAX_CONFIDENCE}, below any rule event
 *       with an actor. A negated sentence gets no model event: the encoder cannot tell "did not
 *       attack" from "attacked", and an uncoded denial is better than a coded one.
 *   <li><b>Tie-breaking.</b> Rule events of one sentence compete when they are asserted, not
 *       negated, within {@value #TIE_WINDOW} of the sentence's best confidence, and not governed by
 *       another event's trigger in the parse through anything but a coordination: in "refused to
 *       lift the curfew" or "opened fire to disperse them, killing one" the governing trigger is
 *       the event and the governed ones are its content, which the rules already weighed, while
 *       "arrested five and beat them" (a conjunct) or two clauses side by side do compete. When
 *       they have two or more types, the type among them the model scores highest, by at least
 *       {@value #TIE_MIN_LEAD}, is raised to {@value #TIE_LEAD} above that best confidence, and its
 *       rule gets {@code +model:minilm}. Negation and modality are never changed.
 * </ol>
 */
final class ModelAssistedCoder implements EventCoder {
  static final String RULE_PREFIX = "model:minilm:";
  static final String TIE_SUFFIX = "+model:minilm";
  static final double MODEL_BASE_CONFIDENCE = 0.2;
  static final double MODEL_MAX_CONFIDENCE = 0.35;
  static final double TIE_WINDOW = 0.1;
  static final double TIE_LEAD = 0.05;
  static final double TIE_MIN_LEAD = 0.02;

  /** Sentences shorter than this are headlines, bylines or captions, too short to classify. */
  private static final int MIN_TOKENS = 5;

  /** Longer ones are lists or run-on boilerplate. */
  private static final int MAX_TOKENS = 80;

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");

  private final EventCoder rules;
  private final EventModel model;
  private final EventModelOptions options;

  ModelAssistedCoder(EventCoder rules, EventModel model, EventModelOptions options) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.model = Objects.requireNonNull(model, "model");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public List<Event> code(AnnotatedArticle article, List<ActorMention> actors) {
    List<Event> ruled = rules.code(article, actors);
    Map<Integer, List<Event>> bySentence = new HashMap<>();
    for (Event e : ruled) {
      bySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
    }
    ActorIndex index = new ActorIndex(article, actors);
    List<Event> out = new ArrayList<>(ruled.size());
    for (Sentence s : article.sentences()) {
      List<Event> here = bySentence.remove(s.index());
      if (here == null) {
        Event e = modelEvent(s, index.inSentence(s.index()));
        if (e != null) {
          out.add(e);
        }
      } else {
        out.addAll(breakTie(s, here));
      }
    }
    // Events of sentences the article no longer lists (none expected) are kept as they are.
    bySentence.values().forEach(out::addAll);
    out.sort(
        Comparator.comparingInt(Event::triggerBegin)
            .thenComparingInt(e -> e.source() == null ? -1 : e.source().begin())
            .thenComparingInt(e -> e.target() == null ? -1 : e.target().begin()));
    return List.copyOf(out);
  }

  // ---- 1. events the lexicon misses ----

  private Event modelEvent(Sentence s, List<ActorMention> mentions) {
    List<Token> tokens = s.tokens();
    if (mentions.isEmpty() || tokens.size() < MIN_TOKENS || tokens.size() > MAX_TOKENS) {
      return null;
    }
    if (s.text().strip().endsWith("?") || negated(tokens)) {
      return null;
    }
    Token verb = mainVerb(tokens, mentions);
    if (verb == null) {
      return null;
    }
    // A speech verb splits the sentence: its subject reports ("officials said gunmen stormed
    // the bank", "gunmen stormed the bank, officials said"), the clause holds the actors.
    int speechBefore = -1;
    int speechAfter = -1;
    for (Token t : tokens) {
      if (t.isVerb() && Cues.SPEECH_VERBS.contains(t.lemma())) {
        if (t.index() < verb.index()) {
          speechBefore = t.index();
        } else if (speechAfter < 0) {
          speechAfter = t.index();
        }
      }
    }
    ActorMention reporter = null;
    ActorMention before = null;
    ActorMention after = null;
    for (ActorMention m : mentions) {
      if (m.endToken() <= speechBefore) {
        reporter = m;
      } else if (m.endToken() <= verb.index()) {
        before = m;
      } else if (m.firstToken() > verb.index()) {
        boolean nextToSpeech =
            speechAfter >= 0 && (m.endToken() == speechAfter || m.firstToken() == speechAfter + 1);
        if (nextToSpeech) {
          reporter = reporter == null ? m : reporter;
        } else if (after == null && (speechAfter < 0 || m.endToken() <= speechAfter)) {
          after = m;
        }
      }
    }
    ActorMention source = before;
    ActorMention target = after;
    if (passive(tokens, verb)) {
      target = before;
      source =
          after != null && after.firstToken() > 0 && isBy(tokens.get(after.firstToken() - 1))
              ? after
              : null;
    }
    // Who acted is what the model cannot see and the rules could not find: without it, no event.
    if (source == null) {
      return null;
    }
    // Embedding is the costly step (a few ms), so it comes after the cheap checks.
    EventModel.Guess guess = model.classify(s.text());
    if (!guess.confident(options)) {
      return null;
    }
    double confidence =
        MODEL_BASE_CONFIDENCE + (source != null ? 0.1 : 0) + (target != null ? 0.05 : 0);
    return new Event(
        guess.type(),
        guess.mode(),
        guess.type().cameoRoot(),
        source,
        target,
        s.index(),
        verb.begin(),
        verb.end(),
        verb.text(),
        false,
        modality(tokens, verb),
        reporter,
        Math.min(MODEL_MAX_CONFIDENCE, confidence),
        RULE_PREFIX + guess.type());
  }

  private static boolean negated(List<Token> tokens) {
    for (Token t : tokens) {
      String word = t.text().toLowerCase(Locale.ROOT);
      if (Cues.NEGATORS.contains(word)
          || (t.isVerb() && Cues.NEGATING_GOVERNORS.contains(t.lemma()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first verb outside an actor's name that is neither an auxiliary, a speech verb nor a verb
   * that only frames another ("plan", "urge", "need": it sets the modality, see {@link #modality}):
   * in "police said gunmen planned to storm the bank" the event is "storm"; null when there is
   * none.
   */
  private static Token mainVerb(List<Token> tokens, List<ActorMention> mentions) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isVerb()
          || AUXILIARIES.contains(t.lemma())
          || Cues.SPEECH_VERBS.contains(t.lemma())
          || Cues.GOVERNOR_MODALITY.containsKey(t.lemma())) {
        continue;
      }
      if (inMention(i, mentions)) {
        continue;
      }
      // Skip a participle that only modifies a noun before the verb ("the wounded soldiers").
      if (t.pos().equals("VBN") || t.pos().equals("VBG")) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).isNoun() && !hasAux(tokens, i)) {
          continue;
        }
      }
      return t;
    }
    return null;
  }

  private static boolean inMention(int token, List<ActorMention> mentions) {
    for (ActorMention m : mentions) {
      if (m.firstToken() <= token && token < m.endToken()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAux(List<Token> tokens, int verb) {
    return verb > 0 && AUXILIARIES.contains(tokens.get(verb - 1).lemma());
  }

  /** "were killed", "was attacked by": a past participle right after a form of be or get. */
  private static boolean passive(List<Token> tokens, Token verb) {
    if (!verb.pos().equals("VBN")) {
      return false;
    }
    for (int i = verb.index() - 1; i >= 0 && i >= verb.index() - 3; i--) {
      String lemma = tokens.get(i).lemma();
      if (lemma.equals("be") || lemma.equals("get")) {
        return true;
      }
      if (!tokens.get(i).pos().startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isBy(Token t) {
    return t.text().equalsIgnoreCase("by");
  }

  /**
   * The modality of the cue word nearest before the trigger (a modal, a planning, threatening,
   * alleging or requesting verb), or of a hedge on the trigger ("allegedly"); asserted otherwise.
   */
  private static Modality modality(List<Token> tokens, Token verb) {
    for (int i = verb.index() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      String word = t.text().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD") && Cues.AUX_MODALITY.containsKey(word)) {
        return Cues.AUX_MODALITY.get(word);
      }
      if ((t.isVerb() || t.pos().equals("MD")) && Cues.GOVERNOR_MODALITY.containsKey(t.lemma())) {
        return Cues.GOVERNOR_MODALITY.get(t.lemma());
      }
    }
    for (Token t : tokens) {
      Modality own = Cues.OWN_MODALITY.get(t.text().toLowerCase(Locale.ROOT));
      if (own != null && t.pos().startsWith("RB")) {
        return own;
      }
    }
    return Modality.ASSERTED;
  }

  // ---- 2. tie-breaking ----

  private List<Event> breakTie(Sentence s, List<Event> events) {
    double best = 0;
    for (Event e : events) {
      best = Math.max(best, e.confidence());
    }
    List<Event> competing = competing(s, events, best);
    Set<EventType> types = new LinkedHashSet<>();
    competing.forEach(e -> types.add(e.type()));
    if (types.size() < 2) {
      return events;
    }
    EventModel.Scores scores = model.scores(s.text());
    EventType winner = null;
    double top = Double.NEGATIVE_INFINITY;
    double runnerUp = Double.NEGATIVE_INFINITY;
    for (EventType t : types) {
      double score = scores.of(t);
      if (score > top) {
        runnerUp = top;
        top = score;
        winner = t;
      } else if (score > runnerUp) {
        runnerUp = score;
      }
    }
    if (top - runnerUp < TIE_MIN_LEAD) {
      return events;
    }
    double raised = Math.min(1.0, best + TIE_LEAD);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      boolean chosen = e.type() == winner && competing.contains(e);
      out.add(chosen ? raise(e, raised) : e);
    }
    return out;
  }

  /** The events that compete for the sentence, as described on this class. */
  private static List<Event> competing(Sentence s, List<Event> events, double best) {
    List<Event> out = new ArrayList<>();
    if (!s.parsed() || s.dependencies().isEmpty()) {
      return out;
    }
    DependencyGraph graph = new DependencyGraph(s);
    Set<Integer> triggers = new HashSet<>();
    for (Event e : events) {
      int t = tokenAt(s, e.triggerBegin());
      if (t >= 0) {
        triggers.add(t);
      }
    }
    for (Event e : events) {
      int t = tokenAt(s, e.triggerBegin());
      if (t >= 0
          && !e.negated()
          && e.modality() == Modality.ASSERTED
          && e.confidence() >= best - TIE_WINDOW - 1e-9
          && !governed(graph, t, triggers)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether another trigger governs token {@code t} through a relation other than conj. */
  private static boolean governed(DependencyGraph graph, int t, Set<Integer> triggers) {
    boolean content = false;
    int steps = 0;
    for (int i = t; graph.governor(i) >= 0 && steps < graph.size(); i = graph.governor(i)) {
      steps++;
      content |= !graph.baseRelation(i).equals("conj");
      if (content && triggers.contains(graph.governor(i)) && graph.governor(i) != t) {
        return true;
      }
    }
    return false;
  }

  private static int tokenAt(Sentence s, int begin) {
    for (Token t : s.tokens()) {
      if (t.begin() == begin) {
        return t.index();
      }
    }
    return -1;
  }

  private static Event raise(Event e, double confidence) {
    return new Event(
        e.type(),
        e.mode(),
        e.cameo(),
        e.source(),
        e.target(),
        e.sentence(),
        e.triggerBegin(),
        e.triggerEnd(),
        e.trigger(),
        e.negated(),
        e.modality(),
        e.reportedBy(),
        confidence,
        e.rule() + TIE_SUFFIX);
  }
}
