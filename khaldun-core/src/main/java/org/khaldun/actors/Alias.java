package org.khaldun.actors;

/**
 * One entry of the alias index.
 *
 * @param actor the actor named
 * @param kind how the alias names it
 * @param written the alias as written in the dictionary
 * @param acronym whether the text must be written without lower-case letters ("WHO", not "who")
 * @param capitalised whether the text must start with a capital ("Turkey", not "turkey")
 */
record Alias(Actor actor, AliasKind kind, String written, boolean acronym, boolean capitalised) {}
