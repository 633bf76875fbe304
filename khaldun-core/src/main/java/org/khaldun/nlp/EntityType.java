package org.khaldun.nlp;

/** The coarse named-entity classes Khaldun uses. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
