package org.khaldun.events;

import java.util.Locale;

/**
 * Where an argument of a trigger sits in the dependency parse.
 *
 * @param kind the kind of attachment
 * @param preposition for {@link Kind#OBL}, the preposition (lower case, multiword ones joined with
 *     {@code _}); otherwise null
 */
record Slot(Kind kind, String preposition) {

  enum Kind {
    /** Subject; in a passive clause the agent ("by" phrase) instead. */
    NSUBJ,
    /** Direct object; in a passive clause the passive subject instead. */
    OBJ,
    IOBJ,
    /** {@code obl:agent} or an obl/nmod introduced by "by". */
    AGENT,
    /** {@code nmod:poss}. */
    POSS,
    /** An adjective or compound modifier of a nominal trigger ("Israeli airstrike"). */
    MOD,
    /** An obl or nmod introduced by a given preposition. */
    OBL
  }

  /** Parses {@code nsubj}, {@code obj}, {@code obl:on} ...; null when the text is no slot. */
  static Slot parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("obl:") && t.length() > 4 && t.substring(4).matches("[a-z_]+")) {
      return new Slot(Kind.OBL, t.substring(4));
    }
    return switch (t) {
      case "nsubj" -> new Slot(Kind.NSUBJ, null);
      case "obj" -> new Slot(Kind.OBJ, null);
      case "iobj" -> new Slot(Kind.IOBJ, null);
      case "agent" -> new Slot(Kind.AGENT, null);
      case "poss" -> new Slot(Kind.POSS, null);
      case "mod" -> new Slot(Kind.MOD, null);
      default -> null;
    };
  }

  @Override
  public String toString() {
    return kind == Kind.OBL ? "obl:" + preposition : kind.name().toLowerCase(Locale.ROOT);
  }
}
