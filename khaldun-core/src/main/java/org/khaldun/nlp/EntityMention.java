package org.khaldun.nlp;

/**
 * A named entity in a sentence: tokens {@code [firstToken, endToken)} and characters {@code [begin,
 * end)} of the cleaned text.
 */
public record EntityMention(
    EntityType type, int firstToken, int endToken, int begin, int end, String text) {}
