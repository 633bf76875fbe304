/**
 * The events stage: finds who did what to whom in parsed sentences and codes it as PLOVER 2.0 types
 * and modes with CAMEO codes.
 *
 * <p>{@link org.khaldun.events.RuleEventCoder} applies a {@link org.khaldun.events.TriggerLexicon}
 * (the human-editable {@code triggers.tsv} resource) to the dependency parse and the actor
 * mentions; {@link org.khaldun.events.TriggerLexicon#lemmas()} tells the NLP stage which sentences
 * are worth parsing. Each event then gets its Goldstein score and ACLED type from {@link
 * org.khaldun.ontology.Ontology}, PLOVER contexts from cue words ({@code context-cues.tsv}) and
 * casualty, arrest and size {@link org.khaldun.events.Figures} read from its sentence. The parse
 * navigation, argument patterns, modality and attribution rules are package-private.
 *
 * <p>{@link org.khaldun.events.EventModel} (a MiniLM sentence encoder and the {@code
 * prototypes.tsv} sentences) wraps the rule coder: it codes sentences the lexicon misses (rule
 * {@code model:minilm:TYPE}) and breaks ties between competing types (rule suffix {@code
 * +model:minilm}); negation and modality stay with the rules. {@link
 * org.khaldun.events.EventModelOptions} turns it off.
 */
package org.khaldun.events;
