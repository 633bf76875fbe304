package org.khaldun.nlp;

/**
 * A token of a sentence. Offsets are UTF-16 code units from the start of the article's cleaned text
 * ({@link org.khaldun.ingest.Article#text()}), end exclusive.
 *
 * @param index 0-based position in its sentence
 * @param text the token as written
 * @param lemma dictionary form, lower-cased for common words
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag of the token ({@code O} when none)
 * @param begin first character
 * @param end one past the last character
 */
public record Token(
    int index, String text, String lemma, String pos, String ner, int begin, int end) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
