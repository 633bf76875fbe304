package org.khaldun.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.khaldun.nlp.Dependency;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/** Navigation over the basic dependency tree of one parsed sentence. */
final class DependencyGraph {
  private final Sentence sentence;
  private final int[] governor;
  private final String[] relation;
  private final List<List<Integer>> children;

  DependencyGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    governor = new int[n];
    relation = new String[n];
    Arrays.fill(governor, -1);
    Arrays.fill(relation, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      int dep = d.dependent();
      if (dep < 0 || dep >= n || d.governor() >= n || d.governor() < -1 || d.relation() == null) {
        continue; // a parse that does not fit the tokens is ignored, not trusted
      }
      // Enhanced graphs may give a token several heads; the first one listed is kept.
      if (!relation[dep].isEmpty()) {
        continue;
      }
      governor[dep] = d.governor();
      relation[dep] = d.relation().toLowerCase(Locale.ROOT);
      if (d.governor() >= 0) {
        children.get(d.governor()).add(dep);
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return governor.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    Token t = token(i);
    String l = t.lemma() == null || t.lemma().isEmpty() ? t.text() : t.lemma();
    return l == null ? "" : l.toLowerCase(Locale.ROOT);
  }

  /** The part-of-speech tag, empty when the annotator gave none. */
  String pos(int i) {
    String p = token(i).pos();
    return p == null ? "" : p;
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  boolean isNoun(int i) {
    return pos(i).startsWith("NN");
  }

  int governor(int i) {
    return governor[i];
  }

  /** The relation of a token to its governor, lower case with subtype ({@code nsubj:pass}). */
  String relation(int i) {
    return relation[i];
  }

  /** The relation without its subtype ({@code obl} for {@code obl:agent}). */
  String baseRelation(int i) {
    String r = relation[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** Children whose relation is {@code rel} or a subtype of it. */
  List<Integer> children(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      if (relation[c].equals(rel) || relation[c].startsWith(rel + ":")) {
        out.add(c);
      }
    }
    return out;
  }

  /** Children whose relation is exactly {@code rel}. */
  List<Integer> childrenExactly(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      if (relation[c].equals(rel)) {
        out.add(c);
      }
    }
    return out;
  }

  boolean hasChildLemma(int i, String rel, String lemma) {
    for (int c : children(i, rel)) {
      if (lemma(c).equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The preposition introducing an obl or nmod dependent: the relation's subtype when it names one
   * ({@code obl:on}, as enhanced parses write it), else the lemma of its {@code case} child, with
   * {@code fixed} words joined by {@code _} ("according_to"). Null when there is none.
   */
  String preposition(int i) {
    String r = relation[i];
    int colon = r.indexOf(':');
    if (colon > 0) {
      String sub = r.substring(colon + 1);
      if (!sub.equals("poss")
          && !sub.equals("tmod")
          && !sub.equals("npmod")
          && !sub.equals("agent")
          && !sub.equals("relcl")
          && !sub.equals("pass")) {
        return sub;
      }
    }
    for (int c : children.get(i)) {
      if (relation[c].equals("case")) {
        StringBuilder p = new StringBuilder(lemma(c));
        for (int f : childrenExactly(c, "fixed")) {
          p.append('_').append(lemma(f));
        }
        return p.toString();
      }
    }
    return null;
  }

  /** Whether a verb is in a passive clause (it has a passive subject or auxiliary). */
  boolean isPassive(int i) {
    return !children(i, "nsubj:pass").isEmpty()
        || !children(i, "aux:pass").isEmpty()
        || !children(i, "csubj:pass").isEmpty();
  }

  /** Whether {@code d} lies in the subtree of {@code ancestor} at most {@code depth} steps down. */
  boolean isDescendant(int d, int ancestor, int depth) {
    int cur = d;
    for (int k = 0; k < depth && cur >= 0; k++) {
      cur = governor[cur];
      if (cur == ancestor) {
        return true;
      }
    }
    return false;
  }
}
