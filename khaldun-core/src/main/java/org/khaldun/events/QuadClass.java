package org.khaldun.events;

/** The four quad classes that group event types, as in PLOVER and CAMEO. */
public enum QuadClass {
  VERBAL_COOPERATION,
  MATERIAL_COOPERATION,
  VERBAL_CONFLICT,
  MATERIAL_CONFLICT
}
