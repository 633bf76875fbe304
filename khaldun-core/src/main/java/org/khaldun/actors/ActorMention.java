package org.khaldun.actors;

/**
 * An actor named in a sentence: tokens {@code [firstToken, endToken)} of sentence {@code sentence},
 * characters {@code [begin, end)} of the cleaned text (UTF-16 code units).
 */
public record ActorMention(
    Actor actor, int sentence, int firstToken, int endToken, int begin, int end, String text) {}
