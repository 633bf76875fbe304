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

  /**
   * Speech verbs whose object noun is the speaker's own act: "announced sanctions", "declared a
   * ceasefire", "claimed the attack" (responsibility), "admitted the strike". With the other speech
   * verbs the subject only reports the event ("confirmed the attack").
   */
  static final Set<String> PERFORMATIVE_SPEECH =
      Set.of("announce", "declare", "claim", "admit", "acknowledge", "proclaim");

  /**
   * Verbs whose subject judges, examines, expects or undergoes the event named by their object
   * rather than doing it: "condemned the attack", "investigated the bombing", "repelled an attack",
   * "feared an offensive".
   */
  static final Set<String> REACTION_VERBS =
      Set.of(
          "condemn",
          "denounce",
          "decry",
          "deplore",
          "criticize",
          "criticise",
          "welcome",
          "praise",
          "hail",
          "mourn",
          "investigate",
          "probe",
          "examine",
          "monitor",
          "document",
          "verify",
          "witness",
          "describe",
          "recall",
          "discuss",
          "question",
          "fear",
          "anticipate",
          "predict",
          "expect",
          "repel",
          "repulse",
          "foil",
          "thwart",
          "prevent",
          "avert",
          "survive",
          "suffer",
          "face",
          "endure",
          "withstand",
          "resist",
          "escape",
          "blame");

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
          Map.entry("swear", Modality.PLANNED),
          Map.entry("commit", Modality.PLANNED),
          Map.entry("resolve", Modality.PLANNED),
          Map.entry("ready", Modality.PLANNED),
          Map.entry("willing", Modality.PLANNED),
          Map.entry("prepared", Modality.PLANNED),
          Map.entry("determined", Modality.PLANNED),
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

  /** Verbs that either state a danger or threaten; see SentenceCoder#isStatementWarning. */
  static final Set<String> WARNING_VERBS = Set.of("warn", "caution");

  /** Prepositions or marks of what is warned of: "warned of retaliation", "against attacking". */
  static final Set<String> WARNED_OF = Set.of("of", "against", "about");

  /** Nouns that make a warning a threat: what the speaker will do in return. */
  static final Set<String> THREAT_NOUNS =
      Set.of(
          "consequence",
          "retaliation",
          "reprisal",
          "response",
          "repercussion",
          "retribution",
          "revenge",
          "punishment",
          "action",
          "measure",
          "force",
          "escalation");

  /**
   * Words by which an actor commits itself to its own action ("vowed to", "plans to", "is ready
   * to"). Unlike wanting or hoping, a commitment is itself an event: a promise (AGREE) when the
   * action cooperates, a threat (THREATEN) when it is hostile.
   */
  static final Set<String> COMMITMENT =
      Set.of(
          "plan",
          "intend",
          "prepare",
          "vow",
          "pledge",
          "promise",
          "agree",
          "offer",
          "swear",
          "commit",
          "resolve",
          "ready",
          "willing",
          "prepared",
          "determined",
          "threaten");

  /** Auxiliaries by which a speaker says another actor has to act ("said Libya must hand over"). */
  static final Set<String> OBLIGATION_AUX = Set.of("must", "should");

  /** Auxiliaries of an action that a condition ("if", "unless") can turn into a threat. */
  static final Set<String> CONDITIONED_AUX =
      Set.of("will", "would", "'ll", "'d", "shall", "may", "might", "could");

  /**
   * Verbs that stop or call off a cooperation named by their object ("cancelled the visit", "ended
   * mediation", "suspended aid"): reducing relations.
   */
  static final Set<String> STOPPING_VERBS =
      Set.of(
          "cancel",
          "end",
          "halt",
          "suspend",
          "stop",
          "freeze",
          "terminate",
          "cut",
          "reduce",
          "withdraw",
          "break");

  /**
   * Prepositions and subordinators of time or cause: what they introduce sets the scene of the main
   * event ("after the attack", "following the killing", "amid protests", "because ...").
   */
  static final Set<String> BACKGROUND_MARKS =
      Set.of(
          "after",
          "following",
          "before",
          "since",
          "amid",
          "amidst",
          "during",
          "despite",
          "because",
          "because_of",
          "in_response_to",
          "in_retaliation_for",
          "in_the_wake_of",
          "in_protest_of",
          "as",
          "when",
          "while");

  /**
   * Verbs that ease a restriction named by their object ("lifted the curfew", "cancelled
   * restrictions", "shortened the curfew"): a concession.
   */
  static final Set<String> EASING_VERBS =
      Set.of(
          "lift", "ease", "cancel", "end", "shorten", "relax", "loosen", "scrap", "remove",
          "revoke", "repeal", "reduce", "suspend", "halt", "stop", "abolish", "rescind");

  /**
   * Trigger nouns that name no event under these compound modifiers: "a press release" is a
   * statement, not a prisoner release; "a news conference" is no consultation.
   */
  static final Map<String, Set<String>> NON_EVENT_COMPOUNDS =
      Map.of(
          "release", Set.of("press", "news", "film", "album", "software"),
          "conference", Set.of("press", "news"),
          "briefing", Set.of("press", "news"));

  /**
   * Things published rather than set free: "released a report" is a statement, not a release of
   * prisoners (CAMEO 0841).
   */
  static final Set<String> PUBLISHED_THINGS =
      Set.of(
          "report",
          "statement",
          "video",
          "footage",
          "figure",
          "data",
          "photo",
          "photograph",
          "image",
          "picture",
          "document",
          "result",
          "list",
          "finding",
          "recording",
          "album",
          "film",
          "book",
          "transcript",
          "tape",
          "audio",
          "budget",
          "detail",
          "information",
          "communique",
          "guideline",
          "poll",
          "survey",
          "study",
          "record",
          "map",
          "plan",
          "text",
          "letter",
          "version",
          "update",
          "edition",
          "song",
          "movie",
          "game",
          "product",
          "software",
          "app",
          "forecast",
          "estimate",
          "analysis",
          "dossier",
          "memo",
          "paper");

  /** Modals that put an obligation on the clause's subject: "X said Y must withdraw". */
  static final Set<String> OBLIGATION_MODALS = Set.of("must", "should");

  /** Nouns of ground that can be taken and held: what {@code @place} in the lexicon matches. */
  static final Set<String> TERRITORY_NOUNS =
      Set.of(
          "town",
          "city",
          "village",
          "district",
          "area",
          "territory",
          "base",
          "airbase",
          "airport",
          "province",
          "region",
          "hill",
          "position",
          "stronghold",
          "checkpoint",
          "outpost",
          "port",
          "neighbourhood",
          "neighborhood",
          "suburb",
          "capital",
          "settlement",
          "garrison",
          "crossing",
          "oilfield",
          "enclave",
          "county",
          "municipality",
          "valley");

  /** Verbs that stop a protest named by their object ("prevented the demonstration"). */
  static final Set<String> SUPPRESSING_VERBS =
      Set.of(
          "prevent",
          "stop",
          "break",
          "halt",
          "foil",
          "thwart",
          "crush",
          "suppress",
          "quell",
          "forbid",
          "block");

  /** Auxiliaries of an announced action. */
  static final Set<String> FUTURE_AUX = Set.of("will", "would", "'ll", "'d", "shall");

  /** Nouns a trigger noun may modify and still name an event: "bombing campaign". */
  static final Set<String> EVENT_FRAME_NOUNS =
      Set.of(
          "campaign",
          "operation",
          "wave",
          "spree",
          "offensive",
          "plot",
          "attempt",
          "effort",
          "mission",
          "bid",
          "initiative",
          "process",
          "drive");

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
