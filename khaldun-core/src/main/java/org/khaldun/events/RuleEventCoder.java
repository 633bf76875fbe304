package org.khaldun.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Sentence;
import org.khaldun.ontology.Ontology;

/**
 * Codes events with {@link TriggerLexicon} entries and patterns over the dependency parse. Only
 * sentences with {@code parsed == true} give events; the others are only read for quotation marks
 * and, from token order, the speaker who opens a quotation ("Askari said: “...").
 *
 * <p><b>Triggers.</b> Each lexicon entry found in a sentence is one trigger; its words are used
 * once (longer phrases first). A trigger gives one event, or one per pair of actors when the source
 * or target is a coordination ("Hungarian and Romanian officials agreed" gives two AGREE events, as
 * PETRARCH-style coders split compound actors). Triggers with no actor at all are kept, at low
 * confidence: the actor stage misses unnamed actors ("protesters", "gunmen") and dropping their
 * events would hide that something happened; filter on confidence to drop them. A trigger noun that
 * modifies another noun ("aid convoy", "protest organisers") is no trigger, unless that noun frames
 * an event ("mediation effort", "bombing campaign"). In a verbless headline a verb the tagger took
 * for a noun right after an actor is read as a verb ("Police fire tear gas", rule {@code
 * .../headline-...}). "warn" is THREATEN only when it threatens: "warned Iran", "warned them to
 * leave", "warned of retaliation", "warned that it would respond" or "that police will no longer
 * tolerate rallies"; a warning that states a fact ("warns that Daesh is rebuilding", "Daesh
 * rebuilds cells, researcher warns") gives no event.
 *
 * <p><b>Actors.</b> Through the entry's slots (subject, object, "by" agent, prepositions, a noun's
 * possessive or modifier; see {@link TriggerLexicon}), passives swapping subject and object; the
 * subject includes those the enhanced++ graph shares with the verb (a conjunct's, a controlled
 * verb's, a relative clause's antecedent: "fighters attacked a checkpoint and killed two soldiers"
 * gives "killed" the fighters); then fallbacks: the controller of an infinitive ("vowed to attack",
 * "urged X to withdraw"), the subject of a coordinated verb, the subject and obl of the light verb
 * of a noun ("launched an attack on X"), a participle's noun ("the journalist arrested by police"),
 * a participle adjunct's verb ("shelled the town, killing nine"), and a preposition parsed as the
 * mark of the next clause ("called on the government to reaffirm"). A noun trigger does not take
 * the subject of a verb that reports, judges or undergoes it ("confirmed the attack", "condemned
 * the attack", "repelled an attack"), only of a light or performative one ("launched an attack",
 * "announced sanctions", "claimed the attack"). The actor at a token is the mention covering it or
 * its compound, amod, flat, appos, possessive or "of" child ("fighters of the Islamic State"), plus
 * those of its conjuncts and coordinated modifiers ("Hungarian and Romanian officials"); "he"/"she"
 * is the last person named before; "its"/"their" the speaker of the reporting verb, else the main
 * subject.
 *
 * <p><b>Embedded actions.</b> "threatened to attack" gives two events: THREATEN (mode from the
 * threatened action, here {@code violence}) and ASSAULT with modality THREATENED. Likewise "called
 * on X to withdraw" gives REQUEST and RETREAT/REQUESTED, "accused X of attacking" ACCUSE and
 * ASSAULT/ALLEGED. Counting what happened means keeping ASSERTED, non-negated events.
 *
 * <p><b>Negation, modality, attribution.</b> See {@code SentenceCoder}: negators on the trigger or
 * its light verb, "refused to"/"denied"; modal cues nearest first, a conjunct not taking its
 * governor's cue ("urged X and promised Y": the promise is asserted), a condition ("if the
 * detainees are not released") being POSSIBLE; {@code reportedBy} from a speech verb governing or
 * attached to the clause, a closing ", X said" wherever the parser hung it, "according to X", or
 * the framing of a quotation (across sentences while the quotation stays open). A negated report
 * ("The army did not confirm the attack") neither negates the event nor attributes it: the event is
 * ALLEGED, with no source from the speaker and no {@code reportedBy}.
 *
 * <p><b>Stances.</b> What a sentence reports is often a stance towards an action rather than the
 * action, and the stance is then coded as an event of its own, with the action's actors: its own
 * actor committing to a cooperative action ("will withdraw", "is ready to mediate", "vowed to
 * release": AGREE, CAMEO 03x) or announcing a hostile one ("plans to impose restrictions", "have
 * sworn to fight": THREATEN, mode from the action); any action bound to "unless", or a hostile one
 * bound to "if" ("will boycott unless...", "may halt mediation if..."): THREATEN; not doing a
 * cooperative action ("will not accept", "failed to reach agreement"): REJECT; calling off a
 * cooperation ("cancelled a visit", "ended mediation efforts"): SANCTION; "X said Y must act":
 * REQUEST by X of Y. No stance event is added when a trigger already codes the stance ("agreed to",
 * "threatened to", "refused to", "urged X to").
 *
 * <p><b>Confidence and the main event.</b> Evidence first: verbs start at 0.5, nouns at 0.4; a
 * source adds 0.25, a target 0.2; an argument found by a fallback costs 0.1; events with no actor
 * are capped at 0.3. Then prominence, so that the most confident event of a sentence is its main
 * one: a trigger inside another trigger's clause or phrase ("threatened to ban", "began a hunger
 * strike to demand") loses 0.25, conjuncts counting as parallel; an action whose stance is coded
 * (by its governing trigger or a stance event) loses 0.3 more.
 *
 * <p><b>Enrichment.</b> Each event then gets its Goldstein score, PLOVER contexts, casualty and
 * size figures and ACLED type; see {@code EventEnricher}.
 *
 * <p>{@link Event#rule()} is {@code TYPE:phrase/sourceSlot-targetSlot}, e.g. {@code
 * ASSAULT:attack/nsubj-obj}, {@code REQUEST:call_on/nsubj-mark:on}; {@code -} marks a missing role.
 */
public final class RuleEventCoder implements EventCoder {
  private final TriggerLexicon lexicon;
  private final EventEnricher enricher;

  private RuleEventCoder(TriggerLexicon lexicon, Ontology ontology) {
    this.lexicon = lexicon;
    this.enricher = new EventEnricher(ontology, ContextTagger.loadDefault(ontology));
  }

  /** A coder with the given lexicon and Khaldun's ontology and context cues. */
  public static RuleEventCoder create(TriggerLexicon lexicon) {
    return new RuleEventCoder(Objects.requireNonNull(lexicon, "lexicon"), Ontology.standard());
  }

  @Override
  public List<Event> code(AnnotatedArticle article, List<ActorMention> actors) {
    ActorIndex index = new ActorIndex(article, actors);
    List<Event> events = new ArrayList<>();
    boolean quoteOpen = false;
    ActorMention quoteSpeaker = null;
    for (Sentence s : article.sentences()) {
      QuoteSpans quotes = QuoteSpans.of(s.tokens(), quoteOpen, quoteSpeaker);
      ActorMention speakerHere = null;
      if (s.parsed() && !s.dependencies().isEmpty()) {
        SentenceCoder coder = new SentenceCoder(lexicon, s, index, quotes);
        events.addAll(enricher.enrich(s, coder.code()));
        speakerHere = coder.quoteSpeaker();
      } else if (quotes.openAtEnd()) {
        speakerHere = SurfaceAttribution.speaker(s, index, quotes);
      }
      quoteOpen = quotes.openAtEnd();
      quoteSpeaker = quoteOpen ? (speakerHere != null ? speakerHere : quoteSpeaker) : null;
    }
    events.sort(
        Comparator.comparingInt(Event::triggerBegin)
            .thenComparingInt(e -> e.source() == null ? -1 : e.source().begin())
            .thenComparingInt(e -> e.target() == null ? -1 : e.target().begin()));
    return List.copyOf(events);
  }
}
