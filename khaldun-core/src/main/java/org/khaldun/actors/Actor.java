package org.khaldun.actors;

import java.util.List;
import java.util.Objects;

/**
 * Someone who acts in events: a state organ, an organisation, an armed group or a person.
 *
 * @param id stable id, e.g. {@code IRQ.MIL}, {@code ISIS}, {@code person:hisham-al-hashimi}
 * @param name display name
 * @param country ISO 3166 alpha-3 code, or null when the actor has none (IGOs, unknown people)
 * @param sector PLOVER sector, or null when unknown
 * @param cameo CAMEO actor code, e.g. {@code IRQGOV}, {@code USAMIL}; null when none applies
 * @param aliases names and spellings the actor is known by (the name included)
 */
public record Actor(
    String id, String name, String country, Sector sector, String cameo, List<String> aliases) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }
}
