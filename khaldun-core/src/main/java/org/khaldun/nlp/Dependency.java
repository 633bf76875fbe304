package org.khaldun.nlp;

/**
 * A Universal Dependencies relation between two tokens of a sentence, by token index. The root
 * relation has {@code governor == -1}.
 *
 * @param relation the relation with its subtype, e.g. {@code nsubj}, {@code obl:agent}, {@code
 *     nmod:poss}
 * @param governor index of the head token, -1 for root
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {}
