package org.khaldun.nlp;

import java.util.List;

/**
 * A sentence with its tokens, entities and (when parsed) dependencies. Offsets are UTF-16 code
 * units of the cleaned text.
 *
 * @param index 0-based position in the article
 * @param begin first character
 * @param end one past the last character
 * @param text the sentence as written
 * @param tokens tokens in order
 * @param entities named entities in order
 * @param dependencies dependency relations; empty when the sentence was not parsed
 * @param parsed whether the dependency parser ran on this sentence (the parser is skipped on
 *     sentences that cannot hold an event, for speed)
 */
public record Sentence(
    int index,
    int begin,
    int end,
    String text,
    List<Token> tokens,
    List<EntityMention> entities,
    List<Dependency> dependencies,
    boolean parsed) {

  public Sentence {
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    dependencies = List.copyOf(dependencies);
  }
}
