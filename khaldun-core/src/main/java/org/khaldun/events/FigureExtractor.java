package org.khaldun.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Reads casualty, arrest and size figures in a sentence, each tied to the word it is a figure of
 * (its anchor) so that it can be given to the event whose trigger is nearest that word.
 *
 * <p>An amount ({@link Quantities}) is a figure when, in this order:
 *
 * <ol>
 *   <li>the parse makes it (or the noun it counts: "12 people") the object or passive subject of a
 *       verb of killing, wounding or arresting, or the subject of "die" ("12 people died"), or the
 *       subject of a gathering verb ("thousands marched") or object of a deploying verb;
 *   <li>such a verb comes just before it ("killed 12", "wounding at least 5", "arrested 40");
 *   <li>a state word comes just after it or its noun ("12 dead", "two soldiers were injured");
 *   <li>it follows a death toll ("the death toll rose to 46");
 *   <li>its noun says what it counts: deaths, injuries, arrests, casualties (total casualties, as
 *       PLOVER's size), protesters and other crowds, or "a crowd of 5,000".
 * </ol>
 *
 * Troops and police count as a size only with a deploying verb. Amounts tied to the same anchor are
 * added up ("killed three soldiers and two civilians" gives 5 dead).
 */
final class FigureExtractor {
  private FigureExtractor() {}

  enum Kind {
    DEAD,
    INJURED,
    ARRESTED,
    /** Crowd or participant size. */
    CROWD,
    /** Armed personnel moved or deployed. */
    FORCE,
    /** Casualties, dead and wounded together. */
    CASUALTIES,
    /** People deported, expelled, abducted or tortured: the size of a coercion or assault. */
    AFFECTED
  }

  /**
   * A figure: {@code value} people of {@code kind}, tied to token {@code anchor}; {@code text} is
   * the words it was read from.
   */
  record Figure(Kind kind, long value, boolean vague, int anchor, String counted, String text) {}

  private static final Set<String> KILL =
      Set.of("kill", "murder", "slay", "massacre", "execute", "behead", "slaughter", "lynch");
  private static final Set<String> DIE = Set.of("die", "perish");
  private static final Set<String> INJURE = Set.of("injure", "wound", "hurt", "maim");
  private static final Set<String> ARREST =
      Set.of("arrest", "detain", "apprehend", "nab", "jail", "imprison", "round");
  private static final Set<String> AFFECT =
      Set.of("deport", "expel", "evict", "displace", "abduct", "kidnap", "torture", "hijack");
  private static final Set<String> DEAD_STATE = Set.of("dead", "kill", "die", "murder", "slay");
  private static final Set<String> INJURED_STATE = Set.of("injured", "injure", "wound", "hurt");
  private static final Set<String> ARRESTED_STATE = Set.of("arrest", "detain");
  private static final Set<String> GATHER =
      Set.of(
          "protest",
          "demonstrate",
          "march",
          "rally",
          "gather",
          "strike",
          "join",
          "assemble",
          "converge",
          "throng",
          "riot",
          "flood",
          "take",
          "block",
          "chant");
  private static final Set<String> DEPLOY =
      Set.of(
          "deploy",
          "send",
          "dispatch",
          "mobilize",
          "mobilise",
          "mass",
          "station",
          "amass",
          "move",
          "reinforce",
          "call");
  private static final Set<String> CROWD_NOUNS =
      Set.of(
          "protester", "protestor", "demonstrator", "marcher", "rioter", "striker", "participant");
  private static final Set<String> PEOPLE_NOUNS =
      Set.of(
          "people",
          "person",
          "supporter",
          "student",
          "worker",
          "resident",
          "villager",
          "farmer",
          "woman",
          "man",
          "youth",
          "member",
          "activist",
          "citizen");
  private static final Set<String> FORCE_NOUNS =
      Set.of(
          "troop",
          "troops",
          "soldier",
          "police",
          "policeman",
          "officer",
          "personnel",
          "fighter",
          "reservist",
          "marine",
          "sailor",
          "guard",
          "gendarme",
          "militiaman");

  /** Nouns for one person, so that "killed a journalist" is one dead and "killed the plan" none. */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "man",
          "woman",
          "child",
          "boy",
          "girl",
          "person",
          "civilian",
          "soldier",
          "officer",
          "policeman",
          "journalist",
          "reporter",
          "activist",
          "prisoner",
          "detainee",
          "student",
          "teacher",
          "doctor",
          "worker",
          "farmer",
          "villager",
          "resident",
          "leader",
          "commander",
          "chief",
          "official",
          "politician",
          "lawmaker",
          "judge",
          "priest",
          "imam",
          "cleric",
          "militant",
          "fighter",
          "rebel",
          "guard",
          "driver",
          "passenger",
          "protester",
          "demonstrator",
          "member",
          "trooper",
          "serviceman",
          "pilot",
          "diplomat",
          "businessman",
          "mayor",
          "governor",
          "minister",
          "candidate",
          "opponent",
          "suspect");

  private static final Set<String> CONTAINERS =
      Set.of("crowd", "rally", "march", "demonstration", "protest", "gathering");

  /** Words that may sit between a verb and its amount: "killed at least 12", "some 500". */
  private static final Set<String> BETWEEN =
      Set.of(
          "at",
          "least",
          "more",
          "than",
          "over",
          "nearly",
          "about",
          "around",
          "some",
          "up",
          "to",
          "almost",
          "approximately",
          "roughly",
          "an",
          "estimated",
          "another",
          "a",
          "further",
          "as",
          "many",
          "most",
          "the",
          "all",
          "only",
          "just",
          "fewer",
          "less",
          "under");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "be", "have", "reportedly", "also", "all", "allegedly", "later", "been", "were", "was");

  static List<Figure> find(Sentence sentence, DependencyGraph graph) {
    List<Token> tokens = sentence.tokens();
    List<Figure> raw = new ArrayList<>();
    for (Quantities.Quantity q : Quantities.find(tokens)) {
      Figure f = classify(sentence, graph, q);
      if (f != null) {
        raw.add(f);
      }
    }
    if (graph != null) {
      raw.addAll(singularVictims(sentence, graph, raw));
    }
    // Amounts of one kind tied to one anchor add up ("killed three soldiers and two civilians").
    List<Figure> out = new ArrayList<>();
    for (Figure f : raw) {
      int same = -1;
      for (int k = 0; k < out.size(); k++) {
        if (out.get(k).kind() == f.kind() && out.get(k).anchor() == f.anchor()) {
          same = k;
        }
      }
      if (same < 0) {
        out.add(f);
      } else {
        Figure g = out.get(same);
        out.set(
            same,
            new Figure(
                g.kind(),
                g.value() + f.value(),
                g.vague() || f.vague(),
                g.anchor(),
                g.counted(),
                f.text().contains(g.text()) ? f.text() : g.text() + "; " + f.text()));
      }
    }
    return out;
  }

  private static String lemma(Token t) {
    String l = t.lemma() == null || t.lemma().isEmpty() ? t.text() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }

  private static String word(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  /** The noun an amount counts: right after it, or after "of" ("thousands of protesters"). */
  private static int countedNoun(List<Token> tokens, Quantities.Quantity q) {
    int j = q.end();
    if (j < tokens.size() && word(tokens.get(j)).equals("of")) {
      j++;
      if (j < tokens.size() && word(tokens.get(j)).equals("the")) {
        j++;
      }
    }
    for (int k = j; k < tokens.size() && k < j + 3; k++) {
      String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
      // Common nouns, and plural proper nouns, which count people ("100 ethnic Albanians").
      if ((pos.startsWith("NN") && !pos.startsWith("NNP")) || pos.equals("NNPS")) {
        return k;
      }
      if (!(pos.startsWith("JJ") || pos.startsWith("NNP") || pos.equals("HYPH"))) {
        return -1;
      }
    }
    return -1;
  }

  private static Figure classify(Sentence sentence, DependencyGraph graph, Quantities.Quantity q) {
    List<Token> tokens = sentence.tokens();
    int noun = countedNoun(tokens, q);
    int last = noun >= 0 ? noun : q.end() - 1;
    String counted = noun >= 0 ? lemma(tokens.get(noun)) : "";
    String text = text(sentence, q.first(), last + 1);

    // A verb just before: "killed 12", "killing at least 12 people", "arrested 40".
    int before = q.first() - 1;
    while (before >= 0 && BETWEEN.contains(word(tokens.get(before)))) {
      before--;
    }
    // "killing or wounding 50": dead and wounded together, PLOVER's size of an assault.
    if (before >= 2
        && isVerb(tokens.get(before))
        && (word(tokens.get(before - 1)).equals("or") || word(tokens.get(before - 1)).equals("and"))
        && victimKind(lemma(tokens.get(before))) != null
        && victimKind(lemma(tokens.get(before - 2))) != null
        && victimKind(lemma(tokens.get(before - 2))) != victimKind(lemma(tokens.get(before)))) {
      return new Figure(
          Kind.CASUALTIES,
          q.value(),
          q.vague(),
          before,
          counted,
          text(sentence, before - 2, last + 1));
    }
    Figure f = fromParse(graph, q, noun, counted, text);
    if (f != null) {
      int from = Math.min(q.first(), f.anchor());
      int to = Math.max(last, f.anchor());
      return to - from <= 8
          ? new Figure(
              f.kind(), f.value(), f.vague(), f.anchor(), counted, text(sentence, from, to + 1))
          : f;
    }
    if (before >= 0 && isVerb(tokens.get(before))) {
      String v = lemma(tokens.get(before));
      Kind k = victimKind(v);
      if (k == null && DEPLOY.contains(v) && FORCE_NOUNS.contains(counted)) {
        k = Kind.FORCE;
      }
      if (k != null) {
        return new Figure(
            k, q.value(), q.vague(), before, counted, text(sentence, before, last + 1));
      }
    }
    // A state word just after: "12 dead", "two soldiers were injured", "12 killed".
    int after = last + 1;
    while (after < tokens.size() && AUXILIARIES.contains(lemma(tokens.get(after)))) {
      after++;
    }
    if (after < tokens.size() && isState(tokens, after)) {
      Kind k = stateKind(lemma(tokens.get(after)));
      if (k != null) {
        return new Figure(
            k, q.value(), q.vague(), after, counted, text(sentence, q.first(), after + 1));
      }
    }
    if (after < tokens.size()
        && GATHER.contains(lemma(tokens.get(after)))
        && isCrowd(counted, noun, tokens)) {
      return new Figure(
          Kind.CROWD, q.value(), q.vague(), after, counted, text(sentence, q.first(), after + 1));
    }
    // "the death toll rose to 46", "a toll of 46".
    for (int k = q.first() - 1; k >= 0 && k >= q.first() - 6; k--) {
      if (lemma(tokens.get(k)).equals("toll")) {
        return new Figure(Kind.DEAD, q.value(), q.vague(), k, counted, text(sentence, k, q.end()));
      }
    }
    // What the noun counts, or the container it is the size of: "a crowd of 5,000".
    Kind byNoun =
        switch (counted) {
          case "death", "fatality" -> Kind.DEAD;
          case "injury" -> Kind.INJURED;
          case "arrest" -> Kind.ARRESTED;
          case "casualty" -> Kind.CASUALTIES;
          default -> CROWD_NOUNS.contains(counted) ? Kind.CROWD : null;
        };
    if (byNoun != null) {
      return new Figure(byNoun, q.value(), q.vague(), noun, counted, text);
    }
    if (q.first() >= 2
        && word(tokens.get(q.first() - 1)).equals("of")
        && CONTAINERS.contains(lemma(tokens.get(q.first() - 2)))) {
      int container = q.first() - 2;
      return new Figure(
          Kind.CROWD,
          q.value(),
          q.vague(),
          container,
          counted,
          text(sentence, container, last + 1));
    }
    return null;
  }

  /**
   * One victim named without a number: "killed a journalist", "the deputy chief was killed", "a
   * prisoner died", "killed Ali Hassan" (a person's name). Only for verbs no amount was tied to.
   */
  private static List<Figure> singularVictims(
      Sentence sentence, DependencyGraph graph, List<Figure> found) {
    List<Figure> out = new ArrayList<>();
    for (int v = 0; v < graph.size(); v++) {
      if (!graph.isVerb(v)) {
        continue;
      }
      int verb = v;
      if (found.stream().anyMatch(f -> f.anchor() == verb)) {
        continue;
      }
      String lemma = graph.lemma(v);
      for (int c : graph.children(v)) {
        String rel = graph.relation(c);
        Kind k = null;
        if (rel.equals("obj") || rel.equals("nsubj:pass")) {
          k = victimKind(lemma);
        } else if (rel.equals("nsubj") && DIE.contains(lemma)) {
          k = Kind.DEAD;
        }
        if (k == null || !isOnePerson(graph, c)) {
          continue;
        }
        int from = Math.min(c, v);
        int to = Math.max(c, v);
        String text = to - from <= 8 ? text(sentence, from, to + 1) : graph.token(c).text();
        out.add(new Figure(k, 1, false, v, graph.lemma(c), text));
        break;
      }
    }
    return out;
  }

  /** A singular noun with an article or possessive and no conjunct, or a person's name. */
  private static boolean isOnePerson(DependencyGraph graph, int n) {
    if (!graph.children(n, "conj").isEmpty() || !graph.children(n, "nummod").isEmpty()) {
      return false;
    }
    Token t = graph.token(n);
    if ("PERSON".equals(t.ner())) {
      return true;
    }
    if (!"NN".equals(graph.pos(n)) || !PERSON_NOUNS.contains(graph.lemma(n))) {
      return false;
    }
    for (int c : graph.children(n)) {
      String rel = graph.relation(c);
      if (rel.equals("det") || rel.startsWith("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /** Rule 1: the amount's (or its noun's) place in the parse. */
  private static Figure fromParse(
      DependencyGraph graph, Quantities.Quantity q, int noun, String counted, String text) {
    if (graph == null) {
      return null;
    }
    int node = noun >= 0 ? noun : q.end() - 1;
    // A conjunct counts under the head of its coordination ("three soldiers and two civilians").
    for (int guard = 0;
        guard < 4 && node >= 0 && graph.baseRelation(node).equals("conj");
        guard++) {
      node = graph.governor(node);
    }
    if (node < 0 || graph.governor(node) < 0) {
      return null;
    }
    int gov = graph.governor(node);
    String rel = graph.relation(node);
    String verb = graph.lemma(gov);
    if (!graph.isVerb(gov)) {
      return null;
    }
    boolean undergoes = rel.equals("obj") || rel.equals("nsubj:pass");
    Kind k = null;
    if (undergoes) {
      k = victimKind(verb);
      if (k == null && DEPLOY.contains(verb) && FORCE_NOUNS.contains(counted)) {
        k = Kind.FORCE;
      }
    } else if (rel.equals("nsubj")) {
      if (DIE.contains(verb)) {
        k = Kind.DEAD;
      } else if (isCrowd(counted, noun, graph.sentence().tokens())
          && (noun >= 0 || GATHER.contains(verb))) {
        // "Thousands of students staged demonstrations": whatever a counted crowd does, its size
        // is only ever given to a PROTEST event.
        k = Kind.CROWD;
      }
    }
    return k == null ? null : new Figure(k, q.value(), q.vague(), gov, counted, text);
  }

  /** Whether a counted noun counts people: a crowd word, a people word or a demonym. */
  private static boolean isCrowd(String counted, int noun, List<Token> tokens) {
    return noun < 0
        || CROWD_NOUNS.contains(counted)
        || PEOPLE_NOUNS.contains(counted)
        || "NNPS".equals(tokens.get(noun).pos());
  }

  private static Kind victimKind(String verb) {
    if (KILL.contains(verb)) {
      return Kind.DEAD;
    }
    if (INJURE.contains(verb)) {
      return Kind.INJURED;
    }
    if (AFFECT.contains(verb)) {
      return Kind.AFFECTED;
    }
    return ARREST.contains(verb) ? Kind.ARRESTED : null;
  }

  private static Kind stateKind(String lemma) {
    if (DEAD_STATE.contains(lemma)) {
      return Kind.DEAD;
    }
    if (INJURED_STATE.contains(lemma)) {
      return Kind.INJURED;
    }
    return ARRESTED_STATE.contains(lemma) ? Kind.ARRESTED : null;
  }

  private static boolean isVerb(Token t) {
    return t.pos() != null && t.pos().startsWith("VB");
  }

  /**
   * Whether a token after an amount states what befell it: an adjective or participle ("dead",
   * "wounded"), "died", or a past tense with no object after it ("12 killed in clashes"; not "12
   * soldiers killed five civilians", where the soldiers did the killing).
   */
  private static boolean isState(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String pos = t.pos() == null ? "" : t.pos();
    if (pos.equals("VBN") || pos.startsWith("JJ") || DIE.contains(lemma(t))) {
      return true;
    }
    if (!pos.equals("VBD")) {
      return false;
    }
    if (i + 1 >= tokens.size()) {
      return true;
    }
    String next = tokens.get(i + 1).pos() == null ? "" : tokens.get(i + 1).pos();
    return !(next.startsWith("DT")
        || next.startsWith("CD")
        || next.startsWith("NN")
        || next.startsWith("PRP"));
  }

  private static String text(Sentence sentence, int first, int end) {
    List<Token> tokens = sentence.tokens();
    int begin = tokens.get(first).begin() - sentence.begin();
    int stop = tokens.get(end - 1).end() - sentence.begin();
    if (begin < 0 || stop > sentence.text().length() || begin >= stop) {
      StringBuilder b = new StringBuilder();
      for (int k = first; k < end; k++) {
        b.append(k > first ? " " : "").append(tokens.get(k).text());
      }
      return b.toString();
    }
    return sentence.text().substring(begin, stop);
  }
}
