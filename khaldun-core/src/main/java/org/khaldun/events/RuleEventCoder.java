package org.khaldun.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Sentence;

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
 * events would hide that something happened; filter on confidence to drop them.
 *
 * <p><b>Actors.</b> Through the entry's slots (subject, object, "by" agent, prepositions, a noun's
 * possessive or modifier; see {@link TriggerLexicon}), passives swapping subject and object; then
 * fallbacks: the controller of an infinitive ("vowed to attack", "urged X to withdraw"), the
 * subject of a coordinated verb, the subject and obl of the light verb of a noun ("launched an
 * attack on X"), a participle's noun ("the journalist arrested by police"), and a preposition
 * parsed as the mark of the next clause ("called on the government to reaffirm"). The actor at a
 * token is the mention covering it or its compound, amod, flat, appos or possessive child, plus
 * those of its conjuncts; "he"/"she" is the last person named before.
 *
 * <p><b>Embedded actions.</b> "threatened to attack" gives two events: THREATEN (mode from the
 * threatened action, here {@code violence}) and ASSAULT with modality THREATENED. Likewise "called
 * on X to withdraw" gives REQUEST and RETREAT/REQUESTED, "accused X of attacking" ACCUSE and
 * ASSAULT/ALLEGED. Counting what happened means keeping ASSERTED, non-negated events.
 *
 * <p><b>Negation, modality, attribution.</b> See {@code SentenceCoder}: negators on the trigger or
 * its light verb, "refused to"/"denied"; modal cues nearest first; {@code reportedBy} from a speech
 * verb governing or attached to the clause, "according to X", or the framing of a quotation (across
 * sentences while the quotation stays open).
 *
 * <p><b>Confidence.</b> Verbs start at 0.5, nouns at 0.4; a source adds 0.25, a target 0.2; an
 * argument found by a fallback costs 0.1; events with no actor are capped at 0.3.
 *
 * <p>{@link Event#rule()} is {@code TYPE:phrase/sourceSlot-targetSlot}, e.g. {@code
 * ASSAULT:attack/nsubj-obj}, {@code REQUEST:call_on/nsubj-mark:on}; {@code -} marks a missing role.
 */
public final class RuleEventCoder implements EventCoder {
  private final TriggerLexicon lexicon;

  private RuleEventCoder(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static RuleEventCoder create(TriggerLexicon lexicon) {
    return new RuleEventCoder(Objects.requireNonNull(lexicon, "lexicon"));
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
        events.addAll(coder.code());
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
