package org.khaldun.ontology;

import java.util.Set;

/**
 * What kind of actor an event's source or target is, as far as ACLED's distinctions need it
 * (battles are fought between armed sides; violence against civilians hits the unarmed).
 */
public enum ActorClass {
  /** State armed forces, police and security or intelligence services. */
  STATE_ARMED,
  /** Rebels, insurgents, militias, paramilitaries, armed gangs. */
  NONSTATE_ARMED,
  /** Anyone else who is named: governments, parties, civilians, organisations. */
  UNARMED,
  /** No actor, or one whose sector is not known. */
  UNKNOWN;

  private static final Set<String> STATE = Set.of("MIL", "COP", "SPY");
  private static final Set<String> NONSTATE = Set.of("REB", "INS", "PRM", "UAF", "SEP", "CRM");

  /**
   * The class of an actor with the given PLOVER/CAMEO sector code.
   *
   * @param sector three-letter sector code, or null when the actor or its sector is unknown
   */
  public static ActorClass ofSector(String sector) {
    if (sector == null) {
      return UNKNOWN;
    }
    if (STATE.contains(sector)) {
      return STATE_ARMED;
    }
    return NONSTATE.contains(sector) ? NONSTATE_ARMED : UNARMED;
  }

  /** Whether this class matches a {@code mappings.tsv} actor pattern. */
  boolean matches(String pattern) {
    return switch (pattern) {
      case "*" -> true;
      case "armed" -> this == STATE_ARMED || this == NONSTATE_ARMED;
      case "state-armed" -> this == STATE_ARMED;
      case "nonstate-armed" -> this == NONSTATE_ARMED;
      case "unarmed" -> this == UNARMED;
      case "unknown" -> this == UNKNOWN;
      default -> throw new IllegalArgumentException("unknown actor pattern " + pattern);
    };
  }

  static final Set<String> PATTERNS =
      Set.of("*", "armed", "state-armed", "nonstate-armed", "unarmed", "unknown");
}
