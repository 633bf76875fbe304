package org.khaldun.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.khaldun.nlp.Dependency;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Navigation over the dependency parse of one parsed sentence: a tree, plus the extra edges of an
 * enhanced graph kept aside.
 *
 * <p>CoreNLP's enhanced++ graph gives a token several heads ("fighters attacked and killed": {@code
 * nsubj} from both verbs; "killed" both {@code conj:and} of "attacked" and {@code ccomp} of the
 * "said" that governs "attacked") and lists them in no useful order. The tree edge of each token is
 * chosen so that it is the basic-tree one: {@code ref} and {@code xsubj} edges are never tree
 * edges, a {@code conj} edge always is, an edge copied onto a conjunct of another head loses to the
 * original, and an edge from a clause that modifies the token itself ("militants who attacked") is
 * not the tree edge. The other edges stay available through {@link #extraChildren}.
 */
final class DependencyGraph {
  private final Sentence sentence;
  private final int[] governor;
  private final String[] relation;
  private final List<List<Integer>> children;

  /** Per governor: the enhanced edges that are not tree edges. */
  private final List<List<Dependency>> extra;

  DependencyGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    governor = new int[n];
    relation = new String[n];
    Arrays.fill(governor, -1);
    Arrays.fill(relation, "");
    children = new ArrayList<>(n);
    extra = new ArrayList<>(n);
    List<List<Dependency>> heads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
      extra.add(new ArrayList<>());
      heads.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      int dep = d.dependent();
      if (dep < 0 || dep >= n || d.governor() >= n || d.governor() < -1 || d.relation() == null) {
        continue; // a parse that does not fit the tokens is ignored, not trusted
      }
      heads.get(dep).add(new Dependency(d.relation().toLowerCase(Locale.ROOT), d.governor(), dep));
    }
    for (int dep = 0; dep < n; dep++) {
      List<Dependency> hs = heads.get(dep);
      if (hs.isEmpty()) {
        continue;
      }
      Dependency tree = treeEdge(hs, heads);
      governor[dep] = tree.governor();
      relation[dep] = tree.relation();
      for (Dependency d : hs) {
        if (d == tree) {
          continue;
        }
        if (d.governor() >= 0 && d.governor() != dep) {
          extra.get(d.governor()).add(d);
        }
      }
    }
    for (int dep = 0; dep < n; dep++) {
      if (governor[dep] >= 0) {
        children.get(governor[dep]).add(dep);
      }
    }
  }

  /** The basic-tree edge among the heads of one token; see the class comment. */
  private static Dependency treeEdge(List<Dependency> hs, List<List<Dependency>> heads) {
    if (hs.size() == 1) {
      return hs.get(0);
    }
    List<Dependency> candidates = new ArrayList<>();
    for (Dependency d : hs) {
      if (d.governor() < 0) {
        return d;
      }
      if (!d.relation().equals("ref") && !d.relation().endsWith(":xsubj")) {
        candidates.add(d);
      }
    }
    if (candidates.isEmpty()) {
      return hs.get(0);
    }
    for (Dependency d : candidates) {
      if (d.relation().equals("conj") || d.relation().startsWith("conj:")) {
        return d;
      }
    }
    int dep = candidates.get(0).dependent();
    List<Dependency> kept = new ArrayList<>();
    for (Dependency d : candidates) {
      boolean copied = false;
      for (Dependency other : candidates) {
        if (other != d && isConjunctOf(d.governor(), other.governor(), heads)) {
          copied = true; // "killed" in "attacked and killed": the subject was copied onto it
        }
      }
      // "militants who attacked": the clause's subject edge points back at the noun it modifies.
      for (Dependency h : heads.get(d.governor())) {
        if (h.governor() == dep) {
          copied = true;
        }
      }
      if (!copied) {
        kept.add(d);
      }
    }
    return kept.isEmpty() ? candidates.get(0) : kept.get(0);
  }

  /** Whether {@code t} is reached from {@code first} by conj edges. */
  private static boolean isConjunctOf(int t, int first, List<List<Dependency>> heads) {
    int cur = t;
    for (int k = 0; k < 8 && cur >= 0; k++) {
      int next = -1;
      for (Dependency h : heads.get(cur)) {
        if (h.relation().equals("conj") || h.relation().startsWith("conj:")) {
          next = h.governor();
        }
      }
      if (next == first) {
        return true;
      }
      cur = next;
    }
    return false;
  }

  /**
   * Dependents joined to {@code i} by an enhanced edge that is not a tree edge, with relation
   * {@code rel} exactly: the subject a conjunct or a controlled verb shares ("fighters attacked and
   * killed": nsubj(killed, fighters)).
   */
  List<Integer> extraChildren(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency e : extra.get(i)) {
      if (e.relation().equals(rel)) {
        out.add(e.dependent());
      }
    }
    return out;
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
        || !extraChildren(i, "nsubj:pass").isEmpty()
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
