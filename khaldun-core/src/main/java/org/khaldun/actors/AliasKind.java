package org.khaldun.actors;

/** How a dictionary alias names its actor, which decides how the recognizer may use it. */
enum AliasKind {
  /** The actor's name or an alias: a mention wherever it occurs. */
  NAME,
  /** A country adjective ("Iraqi"): a mention only with a state organ ("Iraqi army"). */
  ADJECTIVE,
  /**
   * An ethnic or national group's adjective tied to one country ("Chechen", "Rohingya"): composes
   * with nouns of people as that country's people, never as its state ("Chechen leaders" are not
   * Russia's government).
   */
  ETHNIC,
  /** A plural demonym ("Iraqis"): the country itself. */
  DEMONYM,
  /** A capital ("Washington"): the government only when used as an agent. */
  CAPITAL
}
