package org.khaldun.events;

/** Turns a sentence into a vector of unit length; cosine similarity is then a dot product. */
interface SentenceEncoder {
  /** A unit-length embedding of {@code text}; must be safe to call from several threads. */
  float[] embed(String text);
}
