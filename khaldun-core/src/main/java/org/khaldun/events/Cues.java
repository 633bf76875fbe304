package org.khaldun.events;

import java.util.Map;
import java.util.Set;

/** Closed word lists the event rules use besides the lexicon. */
final class Cues {
  private Cues() {}

  /** Verbs that frame reported speech; their subject becomes {@link Event#reportedBy()}. */
  static final Set<String> SPEECH_VERBS =
      Set.of(
          "say",
          "tell",
          "claim",
          "state",
          "announce",
          "report",
          "add",
          "confirm",
          "deny",
          "warn",
          "accuse",
          "insist",
          "stress",
          "note",
          "explain",
          "write",
          "declare",
          "assert",
          "allege",
          "affirm",
          "reveal",
          "indicate",
          "acknowledge",
          "admit",
          "argue",
          "mention",
          "disclose",
          "emphasize",
          "emphasise",
          "tweet",
          "quote",
          "reiterate",
          "comment",
          "believe");

  /** Governing words that change the modality of the action they govern. */
  static final Map<String, Modality> GOVERNOR_MODALITY =
      Map.ofEntries(
          Map.entry("plan", Modality.PLANNED),
          Map.entry("intend", Modality.PLANNED),
          Map.entry("prepare", Modality.PLANNED),
          Map.entry("aim", Modality.PLANNED),
          Map.entry("vow", Modality.PLANNED),
          Map.entry("pledge", Modality.PLANNED),
          Map.entry("promise", Modality.PLANNED),
          Map.entry("decide", Modality.PLANNED),
          Map.entry("agree", Modality.PLANNED),
          Map.entry("seek", Modality.PLANNED),
          Map.entry("want", Modality.PLANNED),
          Map.entry("wish", Modality.PLANNED),
          Map.entry("need", Modality.PLANNED),
          Map.entry("hope", Modality.PLANNED),
          Map.entry("expect", Modality.PLANNED),
          Map.entry("schedule", Modality.PLANNED),
          Map.entry("offer", Modality.PLANNED),
          Map.entry("threaten", Modality.THREATENED),
          Map.entry("warn", Modality.THREATENED),
          Map.entry("threat", Modality.THREATENED),
          Map.entry("accuse", Modality.ALLEGED),
          Map.entry("allege", Modality.ALLEGED),
          Map.entry("blame", Modality.ALLEGED),
          Map.entry("charge", Modality.ALLEGED),
          Map.entry("suspect", Modality.ALLEGED),
          Map.entry("accusation", Modality.ALLEGED),
          Map.entry("call", Modality.REQUESTED),
          Map.entry("urge", Modality.REQUESTED),
          Map.entry("demand", Modality.REQUESTED),
          Map.entry("ask", Modality.REQUESTED),
          Map.entry("appeal", Modality.REQUESTED),
          Map.entry("request", Modality.REQUESTED),
          Map.entry("press", Modality.REQUESTED),
          Map.entry("plead", Modality.REQUESTED),
          Map.entry("implore", Modality.REQUESTED),
          Map.entry("encourage", Modality.REQUESTED),
          Map.entry("petition", Modality.REQUESTED),
          Map.entry("may", Modality.POSSIBLE),
          Map.entry("might", Modality.POSSIBLE),
          Map.entry("could", Modality.POSSIBLE));

  /** Planning verbs that, with an object of their own, ask that object to act. */
  static final Set<String> WANTING = Set.of("want", "wish", "need", "expect");

  /** Words modifying a trigger itself (adverbs, adjectives) that set its modality. */
  static final Map<String, Modality> OWN_MODALITY =
      Map.ofEntries(
          Map.entry("allegedly", Modality.ALLEGED),
          Map.entry("reportedly", Modality.ALLEGED),
          Map.entry("purportedly", Modality.ALLEGED),
          Map.entry("supposedly", Modality.ALLEGED),
          Map.entry("alleged", Modality.ALLEGED),
          Map.entry("suspected", Modality.ALLEGED),
          Map.entry("planned", Modality.PLANNED),
          Map.entry("possible", Modality.POSSIBLE),
          Map.entry("potential", Modality.POSSIBLE),
          Map.entry("possibly", Modality.POSSIBLE),
          Map.entry("perhaps", Modality.POSSIBLE),
          Map.entry("threatened", Modality.THREATENED));

  /** Auxiliaries: future is planned, the others possible. "would" is decided by context. */
  static final Map<String, Modality> AUX_MODALITY =
      Map.of(
          "will", Modality.PLANNED,
          "shall", Modality.PLANNED,
          "'ll", Modality.PLANNED,
          "may", Modality.POSSIBLE,
          "might", Modality.POSSIBLE,
          "could", Modality.POSSIBLE,
          "can", Modality.POSSIBLE,
          "should", Modality.POSSIBLE,
          "must", Modality.POSSIBLE);

  static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");

  /**
   * Verbs whose complement or object did not happen ("refused to withdraw", "cancelled the visit").
   */
  static final Set<String> NEGATING_GOVERNORS =
      Set.of(
          "refuse", "fail", "deny", "decline", "reject", "prevent", "cancel", "abandon", "thwart",
          "foil", "avert");

  static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");

  static final Set<String> HE_SHE = Set.of("he", "she", "him", "her");

  /** Pronouns that, as subject of a reported clause, usually stand for the speaker. */
  static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we", "he", "she");

  static final Set<String> OPEN_QUOTES = Set.of("``", "“", "«", "„");
  static final Set<String> CLOSE_QUOTES = Set.of("''", "”", "»");
  static final Set<String> AMBIGUOUS_QUOTES = Set.of("\"");
}
